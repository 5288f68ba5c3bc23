package org.xueji.ui.enrollment.registration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.YearMonthText;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.StudyMode;

/** Turns the registration form into {@link StudentData}, checked by the registry's own field rules. */
final class RegistrationForms {

    /** China's nationality code, the default of a new record. */
    static final String CHINA = "CHN";

    /**
     * A form read into a record.
     *
     * @param data          the normalised record (what is sent to the service)
     * @param errors        all field errors; nothing may be sent while there are any
     * @param guardianSlots for each guardian of {@code data}, the form slot (1 or 2) it came from
     */
    record Prepared(StudentData data, List<FieldError> errors, List<Integer> guardianSlots) {
        Prepared {
            errors = List.copyOf(errors);
            guardianSlots = List.copyOf(guardianSlots);
        }

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * An empty form for a new student: resident ID card, Chinese nationality, entering in
     * {@code entry} nearby as a day pupil, no special situation. Name, sex, birth date,
     * ethnicity and addresses are left for the registrar.
     */
    static RegistrationFormValues newForm(YearMonth entry) {
        return new RegistrationFormValues("", null, null, IdDocumentType.RESIDENT_ID, "", null, CHINA, "", "", "",
                null, "", YearMonthText.format(entry), EntryWay.NEARBY, StudyMode.DAY, LeftBehindStatus.NONE,
                false, false, false, false, DisabilityType.NONE, false, false, null, null);
    }

    /**
     * Builds the record, normalises it ({@link StudentValidator#normalise}) and validates it
     * ({@link StudentValidator#validate}) together with the form's own checks: an unreadable
     * entry year-month, a missing entry grade.
     */
    static Prepared prepare(RegistrationFormValues v, Long schoolId, Long classId, Integer entryGrade,
                            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        boolean entryUnreadable = v.entryYearMonth() != null && !v.entryYearMonth().isBlank()
                && YearMonthText.parseOrNull(v.entryYearMonth()) == null;
        if (entryUnreadable) {
            errors.add(new FieldError("entryYearMonth", RegistrationUiText.ENTRY_YEAR_MONTH_FORMAT));
        }
        if (entryGrade == null) {
            errors.add(new FieldError("entryGrade", PlatformMessages.REQUIRED));
        }
        List<Integer> slots = new ArrayList<>();
        StudentData data = StudentValidator.normalise(toData(v, schoolId, classId, slots));
        for (FieldError e : StudentValidator.validate(data, today)) {
            // an unreadable year-month is reported once, as such, not also as missing
            if (!(entryUnreadable && "entryYearMonth".equals(e.field()))) {
                errors.add(e);
            }
        }
        return new Prepared(data, errors, slots);
    }

    /**
     * The form as it stands, normalised but not validated: what the live duplicate check
     * ({@code RegistrationService.check}) looks at while the form is still being filled in.
     */
    static StudentData probe(RegistrationFormValues v, Long schoolId, Long classId) {
        return StudentValidator.normalise(toData(v, schoolId, classId, new ArrayList<>()));
    }

    private static StudentData toData(RegistrationFormValues v, Long schoolId, Long classId, List<Integer> slots) {
        List<Guardian> guardians = new ArrayList<>();
        addGuardian(guardians, slots, v.guardian1(), 1);
        addGuardian(guardians, slots, v.guardian2(), 2);
        return new StudentData(v.name(), v.sex(), v.birthDate(), v.idType(), v.idNumber(), v.birthPlace(),
                v.nativePlace(), v.ethnicityCode(), v.nationality(), v.householdAddress(), v.householdType(),
                v.currentAddress(), YearMonthText.parseOrNull(v.entryYearMonth()), v.entryWay(), v.studyMode(),
                v.onlyChild(), v.preschool(), v.leftBehind(), v.migrant(), v.orphan(), v.martyrChild(),
                v.inclusion(), v.disability(), schoolId, classId, guardians);
    }

    private static void addGuardian(List<Guardian> guardians, List<Integer> slots,
                                    RegistrationFormValues.Guardian g, int slot) {
        if (g != null && !g.isBlank()) {
            guardians.add(new Guardian(g.name(), g.relation(), g.phone(), g.idNumber()));
            slots.add(slot);
        }
    }

    private RegistrationForms() {
    }
}
