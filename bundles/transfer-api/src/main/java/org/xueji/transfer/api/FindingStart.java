package org.xueji.transfer.api;

/**
 * What a transfer started from a 人在籍不在 finding (R18) begins with: the checking school receives,
 * the roster's grade and class, and the record found district-wide by the roster's ID number (masked;
 * the lookup throttled and audited as any other, R1), or {@code null} when none was found.
 */
public record FindingStart(long findingId, long schoolId, Integer gradeLevel, Integer classNumber,
                           FoundStudent found) {
}
