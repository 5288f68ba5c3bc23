package org.xueji.registry.api.finding;

/**
 * A 人在籍不在 finding of a school's 人籍一致 check (R18): a child on the school's roster without a
 * record at that school. Handed between services only (the ID number is not masked so the acting
 * module can look the record up under its own R1 rules); views never receive it as it is.
 *
 * @param schoolId    the checking school (the school the child attends)
 * @param idNumber    the ID number on the roster, or {@code null} when the roster had none
 * @param gradeLevel  the grade on the roster, or {@code null}
 * @param classNumber the class on the roster, or {@code null}
 * @param open        the finding is unresolved and its check still open
 * @param name        the name on the roster, or {@code null} (added last: a transfer in from outside the district
 *                    started from the finding is entered with it when no record of the child exists)
 */
public record PresenceFinding(long findingId, long schoolId, String idNumber, Integer gradeLevel,
                              Integer classNumber, boolean open, String name) {

    /** A finding without the roster's name (the first form of this record; callers compile unchanged). */
    public PresenceFinding(long findingId, long schoolId, String idNumber, Integer gradeLevel, Integer classNumber,
                           boolean open) {
        this(findingId, schoolId, idNumber, gradeLevel, classNumber, open, null);
    }
}
