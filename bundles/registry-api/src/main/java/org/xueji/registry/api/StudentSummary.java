package org.xueji.registry.api;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;

/** One row of the student search. */
public record StudentSummary(long id, String registryNumber, String name, Sex sex, LocalDate birthDate,
                             String idNumber, long schoolId, String schoolName, Integer gradeLevel,
                             Long classId, String className) {
}
