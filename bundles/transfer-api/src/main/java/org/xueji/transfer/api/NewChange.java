package org.xueji.transfer.api;

import java.time.LocalDate;
import java.util.List;
import org.xueji.registry.api.transfer.KeyFields;

/**
 * A registry change as submitted.
 *
 * @param targetSchoolId      the receiving school (transfer); the record's school otherwise
 * @param targetClassId       the class the record goes into ({@link ChangeType#placesInClass()})
 * @param targetGrade         the grade the receiving school admits into (transfer, R10), else {@code null}
 * @param effectiveDate       the date of the change, not before the student's entry
 * @param reason              why (required)
 * @param plannedReturn       suspension: the planned return date
 * @param otherSide           transfer out: the receiving school/district outside (no personal data)
 * @param conditionsMet       transfer: the requester states the admission conditions are met (R11)
 * @param correction          correction: the new key-field values, {@code null} components unchanged
 * @param overrideReason      district only: a written reason to submit despite R8 (大校额, plan full); audited and ledgered
 * @param findingId           transfer: the 人在籍不在 finding (R18) it was started from, settled once approved; or {@code null}
 * @param localCode           {@link ChangeType#LOCAL}: the configured local type's code, else {@code null}
 */
public record NewChange(ChangeType type, long studentId, Long targetSchoolId, Long targetClassId, Integer targetGrade,
                        LocalDate effectiveDate, String reason, LocalDate plannedReturn, String otherSide,
                        boolean conditionsMet, KeyFields correction, String overrideReason,
                        List<EvidenceUpload> evidence, Long findingId, String localCode) {

    public NewChange {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A change of a built-in type. */
    public NewChange(ChangeType type, long studentId, Long targetSchoolId, Long targetClassId, Integer targetGrade,
                     LocalDate effectiveDate, String reason, LocalDate plannedReturn, String otherSide,
                     boolean conditionsMet, KeyFields correction, String overrideReason,
                     List<EvidenceUpload> evidence, Long findingId) {
        this(type, studentId, targetSchoolId, targetClassId, targetGrade, effectiveDate, reason, plannedReturn,
                otherSide, conditionsMet, correction, overrideReason, evidence, findingId, null);
    }

    /** A change of a local type (configured by the district), started by the record's school. */
    public static NewChange local(long studentId, String localCode, LocalDate date, String reason,
                                  List<EvidenceUpload> evidence) {
        return new NewChange(ChangeType.LOCAL, studentId, null, null, null, date, reason, null, null, true, null, null,
                evidence, null, localCode);
    }

    /** A change not started from a finding. */
    public NewChange(ChangeType type, long studentId, Long targetSchoolId, Long targetClassId, Integer targetGrade,
                     LocalDate effectiveDate, String reason, LocalDate plannedReturn, String otherSide,
                     boolean conditionsMet, KeyFields correction, String overrideReason,
                     List<EvidenceUpload> evidence) {
        this(type, studentId, targetSchoolId, targetClassId, targetGrade, effectiveDate, reason, plannedReturn,
                otherSide, conditionsMet, correction, overrideReason, evidence, null);
    }

    /** A transfer within the district into a class of the receiving school. */
    public static NewChange transfer(long studentId, long toSchoolId, long toClassId, int grade, LocalDate date,
                                     String reason, List<EvidenceUpload> evidence) {
        return new NewChange(ChangeType.TRANSFER, studentId, toSchoolId, toClassId, grade, date, reason, null, null,
                true, null, null, evidence);
    }

    public NewChange withOverride(String reason) {
        return new NewChange(type, studentId, targetSchoolId, targetClassId, targetGrade, effectiveDate, this.reason,
                plannedReturn, otherSide, conditionsMet, correction, reason, evidence, findingId, localCode);
    }

    public NewChange withConditionsMet(boolean met) {
        return new NewChange(type, studentId, targetSchoolId, targetClassId, targetGrade, effectiveDate, reason,
                plannedReturn, otherSide, met, correction, overrideReason, evidence, findingId, localCode);
    }

    /** Started from a 人在籍不在 finding of the 人籍一致 check (R18). */
    public NewChange withFinding(Long finding) {
        return new NewChange(type, studentId, targetSchoolId, targetClassId, targetGrade, effectiveDate, reason,
                plannedReturn, otherSide, conditionsMet, correction, overrideReason, evidence, finding, localCode);
    }
}
