package org.xueji.ui.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.FieldError;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.YearMonthText;
import org.xueji.registry.api.StudentValidator;

/** Converts between the student form and {@link StudentData}, and checks the form. */
public final class StudentForms {

    /**
     * A form read into a record.
     *
     * @param data          the normalised record (what is sent to the service)
     * @param errors        all field errors; nothing may be sent while there are any
     * @param guardianSlots for each guardian of {@code data}, the form slot (1 or 2) it came from
     */
    public record Prepared(StudentData data, List<FieldError> errors, List<Integer> guardianSlots) {
        public Prepared {
            errors = List.copyOf(errors);
            guardianSlots = List.copyOf(guardianSlots);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The form values of a stored record. */
    public static StudentFormValues toForm(StudentData d) {
        List<Guardian> g = d.guardians();
        return new StudentFormValues(nz(d.name()), d.sex(), d.birthDate(), d.idType(), nz(d.idNumber()),
                d.ethnicityCode(), nz(d.nationality()), nz(d.birthPlace()), nz(d.nativePlace()),
                nz(d.householdAddress()), d.householdType(), nz(d.currentAddress()),
                YearMonthText.format(d.entryYearMonth()), d.entryWay(), d.studyMode(), d.classId(), d.leftBehind(),
                d.migrant(), d.orphan(), d.martyrChild(), d.inclusion(), d.disability(), d.onlyChild(),
                d.preschool(), guardian(g, 0), guardian(g, 1));
    }

    /**
     * Builds the record from the form, normalises it ({@link StudentValidator#normalise}) and
     * validates it ({@link StudentValidator#validate}) with the form's own checks (the entry
     * year-month text).
     *
     * @param schoolId the student's school (not editable in the form)
     */
    public static Prepared prepare(StudentFormValues v, Long schoolId, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth entry = null;
        boolean entryUnreadable = false;
        try {
            entry = YearMonthText.parse(v.entryYearMonth());
        } catch (IllegalArgumentException e) {
            entryUnreadable = true;
            errors.add(new FieldError("entryYearMonth", RegistryUiText.ENTRY_YEAR_MONTH_FORMAT));
        }
        List<Guardian> guardians = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        addGuardian(guardians, slots, v.guardian1(), 1);
        addGuardian(guardians, slots, v.guardian2(), 2);

        StudentData raw = new StudentData(v.name(), v.sex(), v.birthDate(), v.idType(), v.idNumber(),
                v.birthPlace(), v.nativePlace(), v.ethnicityCode(), v.nationality(), v.householdAddress(),
                v.householdType(), v.currentAddress(), entry, v.entryWay(), v.studyMode(), v.onlyChild(),
                v.preschool(), v.leftBehind(), v.migrant(), v.orphan(), v.martyrChild(), v.inclusion(),
                v.disability(), schoolId, v.classId(), guardians);
        StudentData data = StudentValidator.normalise(raw);
        for (FieldError e : StudentValidator.validate(data, today)) {
            // an unreadable year-month is reported once, as such, not also as missing
            if (!(entryUnreadable && "entryYearMonth".equals(e.field()))) {
                errors.add(e);
            }
        }
        return new Prepared(data, errors, slots);
    }

    private static void addGuardian(List<Guardian> guardians, List<Integer> slots, StudentFormValues.Guardian g,
                                    int slot) {
        if (g != null && !g.isBlank()) {
            guardians.add(new Guardian(g.name(), g.relation(), g.phone(), g.idNumber()));
            slots.add(slot);
        }
    }

    private static StudentFormValues.Guardian guardian(List<Guardian> guardians, int index) {
        if (index >= guardians.size()) {
            return StudentFormValues.Guardian.EMPTY;
        }
        Guardian g = guardians.get(index);
        return new StudentFormValues.Guardian(nz(g.name()), nz(g.relation()), nz(g.phone()), nz(g.idNumber()));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private StudentForms() {
    }
}
