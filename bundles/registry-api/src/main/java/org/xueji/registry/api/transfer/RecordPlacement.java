package org.xueji.registry.api.transfer;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Where a record stands: what a change module needs to check a request (no personal values).
 *
 * @param gradeLevel the grade of the record's class, {@code null} without a class
 * @param createdAt  when the record was registered (withdrawal of a mistaken registration)
 */
public record RecordPlacement(long studentId, long version, String registryNumber, long schoolId, Long classId,
                              Integer gradeLevel, YearMonth entryYearMonth, RecordStatus status, Instant createdAt) {
}
