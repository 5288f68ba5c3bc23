package org.xueji.transfer.api;

import java.time.LocalDate;
import java.util.List;
import org.xueji.registry.api.StudentData;

/**
 * A transfer in from another district or province (转入), as the receiving school submits it.
 *
 * @param record         the record entered from the sending school's printed 学籍登记表 (its school and
 *                       class are ignored: the record goes into {@code toClassId} of {@code toSchoolId})
 * @param gradeLevel     the grade the sending school's form shows (R10: the target class's grade must match)
 * @param toSchoolId     the receiving school
 * @param toClassId      the class the record is created in
 * @param effectiveDate  the date of the transfer, not before the record's entry
 * @param reason         why (required)
 * @param otherSide      the sending school with its district/province (no personal data)
 * @param conditionsMet  the requester states the admission conditions are met (R11)
 * @param overrideReason district only: a written reason to submit despite R8
 * @param evidence       R9: 户口 or 房产, the sending school's sealed 学籍登记表; R11: admission conditions
 * @param findingId      R18: the 人在籍不在 finding of the receiving school this transfer in was started from
 *                       (its roster ID number must be the entered one), settled when the district approves; or null
 */
public record IncomingTransfer(StudentData record, Integer gradeLevel, Long toSchoolId, Long toClassId,
                               LocalDate effectiveDate, String reason, String otherSide, boolean conditionsMet,
                               String overrideReason, List<EvidenceUpload> evidence, Long findingId) {

    public IncomingTransfer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A transfer in not started from a finding. */
    public IncomingTransfer(StudentData record, Integer gradeLevel, Long toSchoolId, Long toClassId,
                            LocalDate effectiveDate, String reason, String otherSide, boolean conditionsMet,
                            String overrideReason, List<EvidenceUpload> evidence) {
        this(record, gradeLevel, toSchoolId, toClassId, effectiveDate, reason, otherSide, conditionsMet,
                overrideReason, evidence, null);
    }

    public IncomingTransfer withOverride(String reason) {
        return new IncomingTransfer(record, gradeLevel, toSchoolId, toClassId, effectiveDate, this.reason, otherSide,
                conditionsMet, reason, evidence, findingId);
    }

    public IncomingTransfer withFinding(Long finding) {
        return new IncomingTransfer(record, gradeLevel, toSchoolId, toClassId, effectiveDate, reason, otherSide,
                conditionsMet, overrideReason, evidence, finding);
    }
}
