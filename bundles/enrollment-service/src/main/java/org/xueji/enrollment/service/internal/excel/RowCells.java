package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.CellText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.identity.InvalidIdentityException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.CodedValue;

/**
 * Typed reads of one row's cells. An unreadable cell is reported once, naming the column
 * and the accepted forms, and read as null; an empty cell is null without a report (the
 * record's validation says whether it was required).
 */
final class RowCells {

    private final SheetRow row;
    private final RowIssues issues;

    RowCells(SheetRow row, RowIssues issues) {
        this.row = row;
        this.issues = issues;
    }

    String text(Column column) {
        return row.text(column);
    }

    /** Text that must not be empty: reports 此项为必填项 unless the reader already refused the cell. */
    String required(Column column) {
        String text = text(column);
        if (text == null && !issues.has(column)) {
            issues.add(column, PlatformMessages.REQUIRED);
        }
        return text;
    }

    /** An ID number: spaces removed, upper case (x → X). */
    String idNumber(Column column) {
        String text = text(column);
        return text == null ? null : CellText.withoutSpaces(text).toUpperCase(Locale.ROOT);
    }

    LocalDate date(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        LocalDate date = DateTexts.date(text);
        if (date == null) {
            issues.add(column, EnrollmentMessages.DATE_FORMAT, column.header(), text);
        }
        return date;
    }

    YearMonth yearMonth(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        YearMonth month = DateTexts.yearMonth(text);
        if (month == null) {
            issues.add(column, EnrollmentMessages.YEAR_MONTH_FORMAT, column.header(), text);
        }
        return month;
    }

    <E extends Enum<E> & CodedValue> E coded(Column column, Class<E> type) {
        return coded(column, type, null);
    }

    /** A coded value; {@code whenEmpty} when the cell is empty. */
    <E extends Enum<E> & CodedValue> E coded(Column column, Class<E> type, E whenEmpty) {
        String text = text(column);
        if (text == null) {
            return whenEmpty;
        }
        E value = Codes.coded(type, text);
        if (value == null) {
            issues.add(column, EnrollmentMessages.CODE_UNKNOWN, column.header(), text, Codes.choices(type));
        }
        return value;
    }

    /** 是/否; an empty cell is 否, the national form's default. */
    boolean flag(Column column) {
        String text = text(column);
        if (text == null) {
            return false;
        }
        Boolean value = Codes.flag(text);
        if (value == null) {
            issues.add(column, EnrollmentMessages.CODE_UNKNOWN, column.header(), text, Codes.flagChoices());
            return false;
        }
        return value;
    }

    Sex sex(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Sex.fromCode(text);
        } catch (InvalidIdentityException e) {
            issues.add(column.header(), e.message(Locale.SIMPLIFIED_CHINESE));
            return null;
        }
    }

    String ethnicity(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String code = Codes.ethnicity(text);
        if (code == null) {
            issues.add(column, EnrollmentMessages.CODE_UNKNOWN, column.header(), text, Codes.ethnicityChoices());
        }
        return code;
    }

    String nationality(Column column) {
        String text = text(column);
        return text == null ? null : Codes.nationality(text);
    }

    /** 年级 1–12; required. */
    Integer grade(Column column) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        Integer grade = GradeTexts.grade(text);
        if (grade == null) {
            issues.add(column, EnrollmentMessages.GRADE_UNKNOWN, text);
        }
        return grade;
    }

    /**
     * The class number of 班级, or null when empty or unreadable; a class naming another
     * grade than {@code gradeLevel} is reported.
     */
    Integer classNumber(Column column, Integer gradeLevel, Column gradeColumn) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        GradeTexts.ClassText parsed = GradeTexts.classText(text);
        if (parsed == null) {
            issues.add(column, EnrollmentMessages.CLASS_FORMAT, text);
            return null;
        }
        if (parsed.gradeLevel() != null && gradeLevel != null && !parsed.gradeLevel().equals(gradeLevel)) {
            issues.add(column, EnrollmentMessages.CLASS_GRADE_MISMATCH, text, text(gradeColumn));
            return null;
        }
        return parsed.number();
    }
}
