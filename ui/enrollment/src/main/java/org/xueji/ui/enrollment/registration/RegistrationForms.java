package org.xueji.ui.enrollment.registration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.registry.api.StudentData;
import org.xueji.ui.kit.student.StudentRecordConversion;
import org.xueji.ui.kit.student.StudentRecordValues;

/**
 * Turns the registration form into {@link StudentData} with the UI kit's conversion (the
 * registry's own field rules), adding what only registration has: the class chosen in the
 * placement and the entry grade, which must be chosen.
 */
final class RegistrationForms {

    /** An empty form for a new student ({@link StudentRecordConversion#newRecord}). */
    static StudentRecordValues newForm(YearMonth entry) {
        return StudentRecordConversion.newRecord(entry);
    }

    /** The record checked by the registry's field rules, plus a missing entry grade. */
    static StudentRecordConversion.Prepared prepare(StudentRecordValues v, Long schoolId, Long classId,
                                                    Integer entryGrade, LocalDate today) {
        StudentRecordConversion.Prepared p = StudentRecordConversion.prepare(v.withClassId(classId), schoolId, today);
        if (entryGrade != null) {
            return p;
        }
        List<FieldError> errors = new ArrayList<>();
        errors.add(new FieldError("entryGrade", PlatformMessages.REQUIRED));
        errors.addAll(p.errors());
        return new StudentRecordConversion.Prepared(p.data(), errors, p.guardianSlots());
    }

    /**
     * The form as it stands, normalised but not validated: what the live duplicate check
     * ({@code RegistrationService.check}) looks at while the form is still being filled in.
     */
    static StudentData probe(StudentRecordValues v, Long schoolId, Long classId) {
        return StudentRecordConversion.probe(v.withClassId(classId), schoolId);
    }

    private RegistrationForms() {
    }
}
