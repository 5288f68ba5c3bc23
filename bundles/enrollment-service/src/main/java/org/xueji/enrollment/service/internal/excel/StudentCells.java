package org.xueji.enrollment.service.internal.excel;

import static org.xueji.enrollment.service.internal.excel.NationalTemplate.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.StudentData;

/** A student record as the national template writes it: codes, yyyyMMdd, yyyyMM, 1/0. */
final class StudentCells {

    private static final DateTimeFormatter COMPACT_MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private StudentCells() {
    }

    /** Text by column; columns without a value are absent. */
    static Map<Column, String> of(StudentData d, String registryNumber, Integer gradeLevel, Integer classNumber) {
        Map<Column, String> cells = new HashMap<>();
        put(cells, REGISTRY_NUMBER, registryNumber);
        put(cells, NAME, d.name());
        put(cells, SEX, d.sex() == null ? null : d.sex().code());
        put(cells, BIRTH_DATE, date(d.birthDate()));
        put(cells, BIRTH_PLACE, d.birthPlace());
        put(cells, NATIVE_PLACE, d.nativePlace());
        put(cells, ETHNICITY, d.ethnicityCode());
        put(cells, NATIONALITY, d.nationality());
        put(cells, ID_TYPE, code(d.idType()));
        put(cells, ID_NUMBER, d.idNumber());
        put(cells, HOUSEHOLD_ADDRESS, d.householdAddress());
        put(cells, HOUSEHOLD_TYPE, code(d.householdType()));
        put(cells, CURRENT_ADDRESS, d.currentAddress());
        put(cells, ENTRY_YEAR_MONTH, yearMonth(d.entryYearMonth()));
        put(cells, ENTRY_WAY, code(d.entryWay()));
        put(cells, STUDY_MODE, code(d.studyMode()));
        put(cells, ONLY_CHILD, flag(d.onlyChild()));
        put(cells, PRESCHOOL, flag(d.preschool()));
        put(cells, LEFT_BEHIND, code(d.leftBehind()));
        put(cells, MIGRANT, flag(d.migrant()));
        put(cells, ORPHAN, flag(d.orphan()));
        put(cells, MARTYR_CHILD, flag(d.martyrChild()));
        put(cells, INCLUSION, flag(d.inclusion()));
        put(cells, DISABILITY, code(d.disability()));
        put(cells, GRADE, gradeLevel == null ? null : gradeLevel.toString());
        put(cells, CLASS, classNumber == null ? null : classNumber.toString());
        List<Guardian> guardians = d.guardians();
        for (int i = 0; i < Math.min(guardians.size(), GUARDIANS.size()); i++) {
            Guardian g = guardians.get(i);
            GuardianColumns columns = GUARDIANS.get(i);
            put(cells, columns.name(), g.name());
            put(cells, columns.relation(), g.relation());
            put(cells, columns.phone(), g.phone());
            put(cells, columns.idNumber(), g.idNumber());
        }
        return cells;
    }

    private static void put(Map<Column, String> cells, Column column, String value) {
        if (value != null && !value.isEmpty()) {
            cells.put(column, value);
        }
    }

    private static String code(CodedValue value) {
        return value == null ? null : value.code();
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static String yearMonth(YearMonth month) {
        return month == null ? null : month.format(COMPACT_MONTH);
    }
}
