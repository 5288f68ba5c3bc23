package org.xueji.ui.kit.student;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.FieldError;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.api.YearMonthText;

/**
 * Converts between the student-record form and {@link StudentData}, and checks the form with
 * the registry's own field rules ({@link StudentValidator}) plus the form's one check of its
 * own (an unreadable entry year-month).
 */
public final class StudentRecordConversion {

    /** China's nationality code, the default of a new record. */
    public static final String CHINA = "CHN";

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
    public static StudentRecordValues toForm(StudentData d) {
        List<Guardian> g = d.guardians();
        return new StudentRecordValues(nz(d.name()), d.sex(), d.birthDate(), d.idType(), nz(d.idNumber()),
                d.ethnicityCode(), nz(d.nationality()), nz(d.birthPlace()), nz(d.nativePlace()),
                nz(d.householdAddress()), d.householdType(), nz(d.currentAddress()),
                YearMonthText.format(d.entryYearMonth()), d.entryWay(), d.studyMode(), d.classId(), d.leftBehind(),
                d.migrant(), d.orphan(), d.martyrChild(), d.inclusion(), d.disability(), d.onlyChild(),
                d.preschool(), guardian(g, 0), guardian(g, 1));
    }

    /**
     * An empty form for a new student: resident ID card, Chinese nationality, entering in
     * {@code entry} nearby as a day pupil, no special situation. Name, sex, birth date,
     * ethnicity and addresses are left for the registrar.
     */
    public static StudentRecordValues newRecord(YearMonth entry) {
        return new StudentRecordValues("", null, null, IdDocumentType.RESIDENT_ID, "", null, CHINA, "", "", "", null,
                "", YearMonthText.format(entry), EntryWay.NEARBY, StudyMode.DAY, null, LeftBehindStatus.NONE, false,
                false, false, false, DisabilityType.NONE, false, false, null, null);
    }

    /**
     * Builds the record, normalises it ({@link StudentValidator#normalise}) and validates it
     * ({@link StudentValidator#validate}) with the form's own check of the entry year-month.
     *
     * @param schoolId the student's school (not a field of the form)
     */
    public static Prepared prepare(StudentRecordValues v, Long schoolId, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        boolean entryUnreadable = v.entryYearMonth() != null && !v.entryYearMonth().isBlank()
                && YearMonthText.parseOrNull(v.entryYearMonth()) == null;
        if (entryUnreadable) {
            errors.add(new FieldError("entryYearMonth", StudentFormText.ENTRY_YEAR_MONTH_FORMAT));
        }
        List<Integer> slots = new ArrayList<>();
        StudentData data = StudentValidator.normalise(toData(v, schoolId, slots));
        for (FieldError e : StudentValidator.validate(data, today)) {
            // an unreadable year-month is reported once, as such, not also as missing
            if (!(entryUnreadable && "entryYearMonth".equals(e.field()))) {
                errors.add(e);
            }
        }
        return new Prepared(data, errors, slots);
    }

    /**
     * The form as it stands, normalised but not validated: what a live check (e.g. for
     * duplicates) looks at while the form is still being filled in.
     */
    public static StudentData probe(StudentRecordValues v, Long schoolId) {
        return StudentValidator.normalise(toData(v, schoolId, new ArrayList<>()));
    }

    private static StudentData toData(StudentRecordValues v, Long schoolId, List<Integer> slots) {
        List<Guardian> guardians = new ArrayList<>();
        addGuardian(guardians, slots, v.guardian1(), 1);
        addGuardian(guardians, slots, v.guardian2(), 2);
        YearMonth entry = YearMonthText.parseOrNull(v.entryYearMonth());
        return new StudentData(v.name(), v.sex(), v.birthDate(), v.idType(), v.idNumber(), v.birthPlace(),
                v.nativePlace(), v.ethnicityCode(), v.nationality(), v.householdAddress(), v.householdType(),
                v.currentAddress(), entry, v.entryWay(), v.studyMode(), v.onlyChild(), v.preschool(), v.leftBehind(),
                v.migrant(), v.orphan(), v.martyrChild(), v.inclusion(), v.disability(), schoolId, v.classId(),
                guardians);
    }

    private static void addGuardian(List<Guardian> guardians, List<Integer> slots, StudentRecordValues.Guardian g,
                                    int slot) {
        if (g != null && !g.isBlank()) {
            guardians.add(new Guardian(g.name(), g.relation(), g.phone(), g.idNumber()));
            slots.add(slot);
        }
    }

    private static StudentRecordValues.Guardian guardian(List<Guardian> guardians, int index) {
        if (guardians == null || index >= guardians.size()) {
            return StudentRecordValues.Guardian.EMPTY;
        }
        Guardian g = guardians.get(index);
        return new StudentRecordValues.Guardian(nz(g.name()), nz(g.relation()), nz(g.phone()), nz(g.idNumber()));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private StudentRecordConversion() {
    }
}
