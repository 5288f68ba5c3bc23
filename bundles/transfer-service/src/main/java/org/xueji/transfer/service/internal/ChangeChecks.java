package org.xueji.transfer.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.xueji.platform.api.FieldError;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.transfer.ClassPlacement;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordPlacement;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.registry.api.transfer.SchoolIntake;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferMessages;

/**
 * The automatic checks before a change is submitted (R8, R10, R12, R14/R15, pending change,
 * dates). Each breached rule is one {@link FieldError} whose field is the rule's id ("R8",
 * "R10", …) or the input field, so a blocked request names exactly what blocks it.
 */
final class ChangeChecks {

    /** The rules a district override may set aside with a written reason (R8: 大校额, plan full). */
    static final Set<String> OVERRIDABLE = Set.of("R8");

    private final RecordChanges records;

    ChangeChecks(RecordChanges records) {
        this.records = records;
    }

    List<FieldError> check(EntityManager em, NewChange c, RecordPlacement rec, Long pendingChangeId, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ChangeType type = c.type();
        if (pendingChangeId != null) {
            errors.add(new FieldError("pending", TransferMessages.PENDING_CHANGE_EXISTS, pendingChangeId));
        }
        Set<RecordStatus> allowed = type == ChangeType.RESUMPTION ? EnumSet.of(RecordStatus.SUSPENDED)
                : type == ChangeType.CORRECTION || type == ChangeType.DEATH
                ? EnumSet.of(RecordStatus.ACTIVE, RecordStatus.SUSPENDED) : EnumSet.of(RecordStatus.ACTIVE);
        if (!allowed.contains(rec.status())) {
            errors.add(type == ChangeType.RESUMPTION
                    ? new FieldError("status", TransferMessages.RECORD_NOT_SUSPENDED)
                    : new FieldError("status", TransferMessages.RECORD_NOT_ACTIVE, rec.status()));
        }
        if (c.effectiveDate() == null) {
            errors.add(new FieldError("effectiveDate", TransferMessages.DATE_REQUIRED));
        } else if (c.effectiveDate().isBefore(rec.entryYearMonth().atDay(1))) {
            errors.add(new FieldError("effectiveDate", TransferMessages.DATE_BEFORE_ENTRY, rec.entryYearMonth().toString()));
        }
        long targetSchool = type == ChangeType.TRANSFER && c.targetSchoolId() != null ? c.targetSchoolId() : rec.schoolId();
        if (type == ChangeType.TRANSFER) {
            checkTransfer(em, c, rec, errors, today);
        } else if (c.targetSchoolId() != null && c.targetSchoolId() != rec.schoolId()) {
            errors.add(new FieldError("targetSchoolId", TransferMessages.OTHER_SCHOOL_FOR_SCHOOL_CHANGE));
        }
        if (type.placesInClass()) {
            checkClass(em, c, rec, targetSchool, errors);
        }
        switch (type) {
            case SUSPENSION -> {
                if (c.plannedReturn() == null) {
                    errors.add(new FieldError("plannedReturn", TransferMessages.PLANNED_RETURN_REQUIRED));
                } else if (c.effectiveDate() != null && !c.plannedReturn().isAfter(c.effectiveDate())) {
                    errors.add(new FieldError("plannedReturn", TransferMessages.PLANNED_RETURN_BEFORE_DATE));
                }
            }
            case TRANSFER_OUT -> {
                if (c.otherSide() == null || c.otherSide().isBlank()) {
                    errors.add(new FieldError("otherSide", TransferMessages.OTHER_SIDE_REQUIRED));
                }
            }
            case CORRECTION -> {
                if (c.correction() == null || c.correction().isEmpty()) {
                    errors.add(new FieldError("correction", TransferMessages.CORRECTION_REQUIRED));
                }
            }
            default -> {
            }
        }
        return errors;
    }

    private void checkTransfer(EntityManager em, NewChange c, RecordPlacement rec, List<FieldError> errors,
                               LocalDate today) {
        if (c.targetSchoolId() == null) {
            errors.add(new FieldError("targetSchoolId", TransferMessages.TARGET_SCHOOL_REQUIRED));
            return;
        }
        if (c.targetSchoolId() == rec.schoolId()) {
            errors.add(new FieldError("targetSchoolId", TransferMessages.SAME_SCHOOL));
        }
        // R10: the record's grade is the grade the receiving school admits into
        Integer grade = c.targetGrade();
        if (grade == null || rec.gradeLevel() == null || !grade.equals(rec.gradeLevel())) {
            errors.add(new FieldError("R10", TransferMessages.R10_GRADE_MISMATCH,
                    rec.gradeLevel() == null ? "-" : rec.gradeLevel(), grade == null ? "-" : grade));
        }
        if (grade != null) {
            Optional<SchoolIntake> intake = records.intake(em, c.targetSchoolId(), grade, schoolYear(today));
            if (intake.isEmpty()) {
                errors.add(new FieldError("targetSchoolId", TransferMessages.TARGET_SCHOOL_REQUIRED));
            } else {
                if (intake.get().oversize()) {
                    errors.add(new FieldError("R8", TransferMessages.R8_SCHOOL_OVERSIZE, intake.get().schoolCode()));
                }
                if (intake.get().planFull()) {
                    errors.add(new FieldError("R8", TransferMessages.R8_PLAN_FULL, grade, intake.get().planned(),
                            intake.get().enrolled()));
                }
            }
        }
        // R9: 户口 or 房产 in the service area and the sending school's sealed 学籍登记表
        List<String> missing = new ArrayList<>();
        Set<EvidenceCategory> given = EnumSet.noneOf(EvidenceCategory.class);
        c.evidence().forEach(e -> given.add(e.category()));
        if (!given.contains(EvidenceCategory.HOUSEHOLD) && !given.contains(EvidenceCategory.PROPERTY)) {
            missing.add(EvidenceCategory.HOUSEHOLD.name() + "/" + EvidenceCategory.PROPERTY.name());
        }
        if (!given.contains(EvidenceCategory.REGISTRATION_FORM)) {
            missing.add(EvidenceCategory.REGISTRATION_FORM.name());
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError("R9", TransferMessages.EVIDENCE_MISSING, String.join(", ", missing)));
        }
    }

    private void checkClass(EntityManager em, NewChange c, RecordPlacement rec, long targetSchool,
                            List<FieldError> errors) {
        if (c.targetClassId() == null) {
            errors.add(new FieldError("targetClassId", TransferMessages.TARGET_CLASS_REQUIRED));
            return;
        }
        Optional<ClassPlacement> found = records.classPlacement(em, c.targetClassId());
        if (found.isEmpty()) {
            errors.add(new FieldError("targetClassId", TransferMessages.TARGET_CLASS_NOT_FOUND, c.targetClassId()));
            return;
        }
        ClassPlacement target = found.get();
        if (target.schoolId() != targetSchool) {
            // R12: 借读 — a class of a school that does not (will not) hold the record
            errors.add(new FieldError("targetClassId", TransferMessages.TARGET_CLASS_OTHER_SCHOOL));
            return;
        }
        if (target.closed()) {
            errors.add(new FieldError("targetClassId", TransferMessages.TARGET_CLASS_CLOSED));
        }
        boolean arriving = rec.classId() == null || rec.classId() != target.classId();
        if (arriving && !target.hasRoomFor(1)) {
            errors.add(new FieldError("R15", TransferMessages.R15_CLASS_FULL,
                    Grades.className(target.gradeLevel(), target.classNumber()), target.limit(), target.present()));
        }
        if (c.type() == ChangeType.TRANSFER && c.targetGrade() != null && target.gradeLevel() != c.targetGrade()) {
            errors.add(new FieldError("R10", TransferMessages.R10_GRADE_MISMATCH, target.gradeLevel(), c.targetGrade()));
        }
        if (rec.gradeLevel() != null && (c.type() == ChangeType.REPEAT_GRADE && target.gradeLevel() != rec.gradeLevel() - 1
                || c.type() == ChangeType.SKIP_GRADE && target.gradeLevel() != rec.gradeLevel() + 1)) {
            errors.add(new FieldError("targetClassId", TransferMessages.GRADE_STEP_WRONG));
        }
    }

    /** The school year (its starting calendar year) of a day: from September on, the new one. */
    static int schoolYear(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }
}
