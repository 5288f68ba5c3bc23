package org.xueji.transfer.api;

import org.xueji.registry.api.transfer.RecordStatus;

/**
 * A record found by its exact number across the district to start a transfer (R1: an exact
 * identifier, never a browse; the number is shown masked).
 */
public record FoundStudent(long studentId, String maskedRegistryNumber, long schoolId, Long classId,
                           Integer gradeLevel, RecordStatus status) {
}
