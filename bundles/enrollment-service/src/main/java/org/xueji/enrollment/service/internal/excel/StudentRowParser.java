package org.xueji.enrollment.service.internal.excel;

import static org.xueji.enrollment.service.internal.excel.NationalTemplate.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.platform.api.FieldError;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.StudyMode;

/**
 * Turns a row of the national template ({@link NationalTemplate#COLUMNS}) into a student
 * record for one school, checked by {@link StudentValidator}, with every problem of the
 * row reported against its column.
 */
public final class StudentRowParser {

    private final long schoolId;
    private final ClassLookup classes;
    private final LocalDate today;

    public StudentRowParser(long schoolId, ClassLookup classes, LocalDate today) {
        this.schoolId = schoolId;
        this.classes = classes;
        this.today = today;
    }

    /** With today's date from the system clock. */
    public StudentRowParser(long schoolId, ClassLookup classes) {
        this(schoolId, classes, LocalDate.now());
    }

    public ParsedStudentRow parse(SheetRow row) {
        RowIssues issues = new RowIssues(row.number(), row.issues());
        RowCells cells = new RowCells(row, issues);

        Integer grade = cells.grade(GRADE);
        Long classId = classId(cells, issues, grade);
        List<Integer> guardianSlots = new ArrayList<>();
        List<Guardian> guardians = guardians(cells, guardianSlots);

        StudentData data = StudentValidator.normalise(new StudentData(
                cells.text(NAME), cells.sex(SEX), cells.date(BIRTH_DATE), cells.coded(ID_TYPE, IdDocumentType.class),
                cells.idNumber(ID_NUMBER), cells.text(BIRTH_PLACE), cells.text(NATIVE_PLACE),
                cells.ethnicity(ETHNICITY), cells.nationality(NATIONALITY), cells.text(HOUSEHOLD_ADDRESS),
                cells.coded(HOUSEHOLD_TYPE, HouseholdType.class), cells.text(CURRENT_ADDRESS),
                cells.yearMonth(ENTRY_YEAR_MONTH), cells.coded(ENTRY_WAY, EntryWay.class),
                cells.coded(STUDY_MODE, StudyMode.class), cells.flag(ONLY_CHILD), cells.flag(PRESCHOOL),
                cells.coded(LEFT_BEHIND, LeftBehindStatus.class, LeftBehindStatus.NONE), cells.flag(MIGRANT),
                cells.flag(ORPHAN), cells.flag(MARTYR_CHILD), cells.flag(INCLUSION),
                cells.coded(DISABILITY, DisabilityType.class, DisabilityType.NONE), schoolId, classId, guardians));

        for (FieldError error : StudentValidator.validate(data, today)) {
            Column column = NationalTemplate.columnOfField(error.field(), guardianSlots);
            if (!followsFromEarlierIssue(error, column, issues)) {
                issues.add(column == null ? null : column.header(), error.message(Locale.SIMPLIFIED_CHINESE));
            }
        }
        return new ParsedStudentRow(row.number(), issues.isEmpty() ? data : null, grade, issues.list());
    }

    /**
     * Whether the record's error only repeats a cell already refused: the cell was read as
     * empty, so "required" (or "then a guardian's ID is required") says nothing new.
     */
    private static boolean followsFromEarlierIssue(FieldError error, Column column, RowIssues issues) {
        return column != null && issues.has(column)
                || error.messageKey() == RegistryMessages.GUARDIAN_ID_REQUIRED && issues.has(ID_NUMBER);
    }

    /** Header → text map, for callers that read rows some other way. */
    public ParsedStudentRow parse(int rowNumber, Map<String, String> cellsByHeader) {
        return parse(new SheetRow(rowNumber, cellsByHeader, List.of()));
    }

    /** The class of 年级 + 班级 in this school; null when 班级 is empty (not placed yet). */
    private Long classId(RowCells cells, RowIssues issues, Integer grade) {
        Integer number = cells.classNumber(CLASS, grade, GRADE);
        if (number == null || grade == null) {
            return null;
        }
        Long classId = classes.classId(grade, number);
        if (classId == null) {
            issues.add(CLASS, EnrollmentMessages.CLASS_UNKNOWN_IN_SCHOOL, Grades.className(grade, number));
        }
        return classId;
    }

    /**
     * The filled-in guardians in template order; {@code slots} receives, per guardian in the
     * list, which template guardian (0 or 1) it came from, so errors name the right columns.
     */
    private static List<Guardian> guardians(RowCells cells, List<Integer> slots) {
        List<Guardian> guardians = new ArrayList<>();
        for (int slot = 0; slot < GUARDIANS.size(); slot++) {
            GuardianColumns columns = GUARDIANS.get(slot);
            Guardian guardian = new Guardian(cells.text(columns.name()), cells.text(columns.relation()),
                    cells.text(columns.phone()), cells.idNumber(columns.idNumber()));
            if (guardian.name() != null || guardian.relation() != null || guardian.phone() != null
                    || guardian.idNumber() != null) {
                guardians.add(guardian);
                slots.add(slot);
            }
        }
        return guardians;
    }
}
