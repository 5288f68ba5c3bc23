package org.xueji.enrollment.api;

/** A student record of the school as the comparison sees it. */
public record RegistryEntry(long studentId, String registryNumber, String name, String idNumber,
                            Integer gradeLevel, Integer classNumber) {
}
