package org.xueji.enrollment.service.internal;

import java.util.Map;

/** Chinese names of the record's fields, for change histories. */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "姓名"), Map.entry("sex", "性别"), Map.entry("birthDate", "出生日期"),
            Map.entry("idType", "证件类型"), Map.entry("idNumber", "证件号码"), Map.entry("birthPlace", "出生地"),
            Map.entry("nativePlace", "籍贯"), Map.entry("ethnicityCode", "民族"), Map.entry("nationality", "国籍/地区"),
            Map.entry("householdAddress", "户口所在地"), Map.entry("householdType", "户口性质"),
            Map.entry("currentAddress", "现住址"), Map.entry("entryYearMonth", "入学年月"),
            Map.entry("entryWay", "入学方式"), Map.entry("studyMode", "就读方式"), Map.entry("onlyChild", "独生子女"),
            Map.entry("preschool", "受过学前教育"), Map.entry("leftBehind", "留守儿童"), Map.entry("migrant", "随迁子女"),
            Map.entry("orphan", "孤儿"), Map.entry("martyrChild", "烈士或优抚子女"), Map.entry("inclusion", "随班就读"),
            Map.entry("disability", "残疾类型"), Map.entry("schoolId", "学校"), Map.entry("classId", "班级"),
            Map.entry("guardians", "监护人"));

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private FieldLabels() {
    }
}
