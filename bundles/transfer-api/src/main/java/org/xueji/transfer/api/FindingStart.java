package org.xueji.transfer.api;

/**
 * What a transfer started from a 人在籍不在 finding (R18) begins with: the checking school receives,
 * the roster's grade and class, and the record found district-wide by the roster's ID number (masked;
 * the lookup throttled and audited as any other, R1), or {@code null} when none was found.
 *
 * <p>When no record of the child exists anywhere in the district, the start is a transfer in from outside
 * (转入) and carries the roster's {@code name} and {@code idNumber} to fill the entered record: the school's
 * own roster values, the child it reported present (never another school's record). Both are {@code null}
 * whenever a record was found.
 */
public record FindingStart(long findingId, long schoolId, Integer gradeLevel, Integer classNumber,
                           FoundStudent found, String rosterName, String rosterIdNumber) {

    /** A start without roster values (a record was found, or the roster had none). */
    public FindingStart(long findingId, long schoolId, Integer gradeLevel, Integer classNumber, FoundStudent found) {
        this(findingId, schoolId, gradeLevel, classNumber, found, null, null);
    }

    /** No record of the child in the district: start a transfer in from outside with the roster's values. */
    public boolean transferInFromOutside() {
        return found == null;
    }
}
