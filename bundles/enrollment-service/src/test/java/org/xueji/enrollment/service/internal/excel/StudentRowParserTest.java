package org.xueji.enrollment.service.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;

class StudentRowParserTest {

    private static final LocalDate BIRTH = LocalDate.of(2019, 3, 14);
    private static final String ID = TestStudents.id(BIRTH, 123);
    private static final String MOTHER_ID = TestStudents.id(LocalDate.of(1990, 6, 2), 246);

    private final StudentRowParser parser =
            new StudentRowParser(TestStudents.SCHOOL_ID, TestStudents::classId, TestStudents.TODAY);

    /** A complete row as a school fills it in: labels, dates with dashes. */
    private static Map<String, String> labels() {
        return new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("姓名", "张小明"), Map.entry("性别", "男"), Map.entry("出生日期", "2019-03-14"),
                Map.entry("出生地", "湖南长沙"), Map.entry("籍贯", "湖南湘潭"), Map.entry("民族", "汉族"),
                Map.entry("国籍/地区", "中国"), Map.entry("身份证件类型", "居民身份证"), Map.entry("身份证件号", ID),
                Map.entry("户口所在地", "湖南省长沙市测试区"), Map.entry("户口性质", "非农业"),
                Map.entry("现住址", "湖南省长沙市测试区样例路 8 号"), Map.entry("入学年月", "2025年9月"),
                Map.entry("入学方式", "就近入学"), Map.entry("就读方式", "住校"), Map.entry("是否独生子女", "是"),
                Map.entry("是否受过学前教育", "是"), Map.entry("是否留守儿童", "单亲留守"),
                Map.entry("是否进城务工人员随迁子女", "否"), Map.entry("是否孤儿", "否"), Map.entry("是否烈士或优抚子女", "否"),
                Map.entry("是否随班就读", "否"), Map.entry("残疾类型", "无"), Map.entry("年级", "一年级"),
                Map.entry("班级", "一年级(2)班"), Map.entry("监护人1姓名", "张大山"), Map.entry("监护人1关系", "父亲"),
                Map.entry("监护人1联系电话", "13800000001"), Map.entry("监护人2姓名", "刘小红"),
                Map.entry("监护人2关系", "母亲"), Map.entry("监护人2联系电话", "13900000002"),
                Map.entry("监护人2身份证件号", MOTHER_ID)));
    }

    /** The same row in codes, as the national system exports it. */
    private static Map<String, String> codes() {
        Map<String, String> row = labels();
        row.putAll(Map.ofEntries(Map.entry("性别", "1"), Map.entry("出生日期", "20190314"), Map.entry("民族", "01"),
                Map.entry("国籍/地区", "CHN"), Map.entry("身份证件类型", "1"), Map.entry("户口性质", "2"),
                Map.entry("入学年月", "202509"), Map.entry("入学方式", "11"), Map.entry("就读方式", "2"),
                Map.entry("是否独生子女", "1"), Map.entry("是否受过学前教育", "1"), Map.entry("是否留守儿童", "1"),
                Map.entry("是否进城务工人员随迁子女", "0"), Map.entry("是否孤儿", "0"), Map.entry("是否烈士或优抚子女", "0"),
                Map.entry("是否随班就读", "0"), Map.entry("残疾类型", "0"), Map.entry("年级", "1"),
                Map.entry("班级", "2")));
        return row;
    }

    private static final StudentData EXPECTED = new StudentData("张小明", Sex.MALE, BIRTH,
            IdDocumentType.RESIDENT_ID, ID, "湖南长沙", "湖南湘潭", "01", "CHN", "湖南省长沙市测试区",
            HouseholdType.NON_AGRICULTURAL, "湖南省长沙市测试区样例路 8 号", YearMonth.of(2025, 9), EntryWay.NEARBY,
            StudyMode.BOARDING, true, true, LeftBehindStatus.ONE_PARENT, false, false, false, false,
            DisabilityType.NONE, TestStudents.SCHOOL_ID, 102L,
            List.of(new Guardian("张大山", "父亲", "13800000001", null),
                    new Guardian("刘小红", "母亲", "13900000002", MOTHER_ID)));

    private ParsedStudentRow parse(Map<String, String> cells) {
        return parser.parse(12, cells);
    }

    private ParsedStudentRow parseWith(String header, String value) {
        Map<String, String> row = labels();
        if (value == null) {
            row.remove(header);
        } else {
            row.put(header, value);
        }
        return parse(row);
    }

    @Test
    void labelsAreAccepted() {
        ParsedStudentRow parsed = parse(labels());

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.data()).isEqualTo(EXPECTED);
        assertThat(parsed.entryGrade()).isEqualTo(1);
        assertThat(parsed.row()).isEqualTo(12);
    }

    @Test
    void codesAreAccepted() {
        ParsedStudentRow parsed = parse(codes());

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.data()).isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20190314", "2019-3-14", "2019-03-14", "2019/3/14", "2019.3.14", "2019年3月14日",
        "2019 年 3 月 14 日", "2019-03-14 00:00:00"})
    void birthDateInText(String text) {
        assertThat(parseWith("出生日期", text).data().birthDate()).isEqualTo(BIRTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-3", "14/03/2019", "2019.02.30", "二〇一九年三月", "2019-3/14"})
    void badBirthDate(String text) {
        ParsedStudentRow parsed = parseWith("出生日期", text);

        assertThat(parsed.data()).isNull();
        assertThat(parsed.issues()).containsExactly(new ImportIssue(12, "出生日期", "「出生日期」的“" + text
                + "”无法识别为日期：请写成 20150301、2015-3-1、2015/3/1、2015.3.1 或 2015年3月1日。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"202509", "2025-9", "2025-09", "2025/9", "2025.9", "2025年9月", "2025年09月", "20250901",
        "2025-09-01"})
    void entryYearMonthInText(String text) {
        assertThat(parseWith("入学年月", text).data().entryYearMonth()).isEqualTo(YearMonth.of(2025, 9));
    }

    @Test
    void badEntryYearMonth() {
        assertThat(parseWith("入学年月", "2025年秋").issues()).extracting(ImportIssue::column, ImportIssue::message)
                .containsExactly(tuple("入学年月",
                        "「入学年月」的“2025年秋”无法识别为年月：请写成 201509、2015-9、2015/9、2015.9 或 2015年9月。"));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "一年级,1", "小学一年级,1", "7,7", "七年级,7", "初一,7", "初中二年级,8", "初三,9", "高一,10",
        "高二,11", "高三,12", "12,12", "十年级,10"})
    void grades(String text, int level) {
        assertThat(GradeTexts.grade(text)).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "初四", "高4", "一班", "三四年级"})
    void unknownGrade(String text) {
        assertThat(GradeTexts.grade(text)).isNull();
        assertThat(parseWith("年级", text).issues()).extracting(ImportIssue::column, ImportIssue::message)
                .containsExactly(tuple("年级", "年级“" + text
                        + "”无法识别：请填写 1 到 12，或一年级至九年级、初一至初三、高一至高三。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "02", "(2)班", "2班", "二班", "一年级(2)班", "一年级2班", "1年级(2)班"})
    void classForms(String text) {
        assertThat(parseWith("班级", text).data().classId()).isEqualTo(102L);
    }

    @Test
    @DisplayName("初一(1)班 with 年级 初一 is class 1 of grade 7")
    void juniorClass() {
        Map<String, String> row = labels();
        row.put("年级", "初一");
        row.put("班级", "初一(1)班");
        row.put("入学年月", "202509");

        assertThat(parse(row).data().classId()).isEqualTo(701L);
    }

    @Test
    void emptyClassLeavesTheStudentUnplaced() {
        ParsedStudentRow parsed = parseWith("班级", null);

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.data().classId()).isNull();
    }

    @Test
    void unknownClass() {
        assertThat(parseWith("班级", "9").issues()).extracting(ImportIssue::column, ImportIssue::message)
                .containsExactly(tuple("班级", "本校没有一年级(9)班：请先在学校设置中建好该班，或改正年级和班级。"));
    }

    @Test
    void classOfAnotherGrade() {
        assertThat(parseWith("班级", "二年级(2)班").issues()).extracting(ImportIssue::message)
                .containsExactly("班级“二年级(2)班”与年级“一年级”不一致。");
    }

    @Test
    void unreadableClass() {
        assertThat(parseWith("班级", "火箭班").issues()).extracting(ImportIssue::message)
                .containsExactly("班级“火箭班”无法识别：请填写班号，如 3、3班、(3)班 或 一年级(3)班。");
    }

    @ParameterizedTest
    @CsvSource({"汉,01", "1,01", "01,01", "汉族,01", "回族,03", "03,03"})
    void ethnicity(String text, String code) {
        assertThat(parseWith("民族", text).data().ethnicityCode()).isEqualTo(code);
    }

    @Test
    void unknownCodeNamesTheChoices() {
        ParsedStudentRow parsed = parseWith("就读方式", "半走读");

        assertThat(parsed.issues()).extracting(ImportIssue::column, ImportIssue::message).containsExactly(
                tuple("就读方式", "「就读方式」的“半走读”不是有效的代码或名称。可填：1 走读、2 住校"));
    }

    @Test
    void fullWidthLabelsMatch() {
        assertThat(parseWith("入学方式", "其他（高中）").data().entryWay()).isEqualTo(EntryWay.OTHER_SENIOR);
    }

    @Test
    void emptyFlagsAreNo() {
        Map<String, String> row = labels();
        List.of("是否独生子女", "是否受过学前教育", "是否留守儿童", "残疾类型").forEach(row::remove);

        StudentData data = parse(row).data();

        assertThat(data.onlyChild()).isFalse();
        assertThat(data.preschool()).isFalse();
        assertThat(data.leftBehind()).isEqualTo(LeftBehindStatus.NONE);
        assertThat(data.disability()).isEqualTo(DisabilityType.NONE);
    }

    @Test
    @DisplayName("lower-case x and spaces in an ID number are fixed")
    void idNumberNormalised() {
        String withX = TestStudents.id(BIRTH, 0);
        for (int seq = 1; !withX.endsWith("X"); seq++) { // find a made-up number ending in X
            withX = TestStudents.id(BIRTH, seq * 2 + 1);
        }
        String typed = withX.substring(0, 6) + " " + withX.substring(6, 17) + "x";

        assertThat(parseWith("身份证件号", typed).data().idNumber()).isEqualTo(withX);
    }

    @Test
    @DisplayName("type Z (其他): no ID number; a guardian's ID number is then required")
    void otherDocumentType() {
        Map<String, String> row = labels();
        row.put("身份证件类型", "Z");
        row.remove("身份证件号");

        ParsedStudentRow parsed = parse(row);

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.data().idType()).isEqualTo(IdDocumentType.OTHER);

        row.remove("监护人2身份证件号");
        assertThat(parse(row).issues()).extracting(ImportIssue::column, ImportIssue::message)
                .containsExactly(tuple("监护人1身份证件号", "学生无身份证号时，必须填写监护人的身份证号。"));
    }

    @Test
    @DisplayName("every problem of a row is reported, with the Chinese header and message")
    void allIssuesOfARow() {
        Map<String, String> row = labels();
        row.put("性别", "女");
        row.put("出生日期", "2019-03-15");
        row.remove("现住址");
        row.put("户口性质", "城镇");
        row.remove("监护人1联系电话");
        row.put("监护人2联系电话", "电话待补");

        ParsedStudentRow parsed = parse(row);

        assertThat(parsed.data()).isNull();
        assertThat(parsed.entryGrade()).isEqualTo(1);
        assertThat(parsed.issues()).extracting(ImportIssue::row).containsOnly(12);
        assertThat(parsed.issues()).extracting(ImportIssue::column, ImportIssue::message).containsExactlyInAnyOrder(
                tuple("户口性质", "「户口性质」的“城镇”不是有效的代码或名称。可填：1 农业、2 非农业"),
                tuple("现住址", "此项为必填项。"),
                tuple("出生日期", "出生日期与身份证号不一致（身份证号中为 2019-03-14）。"),
                tuple("性别", "性别与身份证号不一致（身份证号中为男）。"),
                tuple("监护人1联系电话", "此项为必填项。"),
                tuple("监护人2联系电话", "联系电话格式不正确：电话待补"));
    }

    @Test
    @DisplayName("a cell refused by the reader is not reported again as empty")
    void readerIssuesComeFirstAndOnce() {
        Map<String, String> cells = labels();
        cells.remove("出生日期");
        ImportIssue formula = new ImportIssue(12, "出生日期", "「出生日期」是公式，请复制后“选择性粘贴为数值”再上传。");

        ParsedStudentRow parsed = parser.parse(new SheetRow(12, cells, List.of(formula)));

        assertThat(parsed.issues()).containsExactly(formula);
        assertThat(parsed.data()).isNull();
    }

    @Test
    @DisplayName("only the second guardian filled in: errors name the second guardian's columns")
    void secondGuardianOnly() {
        Map<String, String> row = labels();
        List.of("监护人1姓名", "监护人1关系", "监护人1联系电话", "监护人2关系").forEach(row::remove);

        assertThat(parse(row).issues()).extracting(ImportIssue::column, ImportIssue::message)
                .containsExactlyInAnyOrder(tuple("监护人2关系", "此项为必填项。"));
    }

    @Test
    void noGuardianAtAll() {
        Map<String, String> row = labels();
        row.keySet().removeIf(h -> h.startsWith("监护人"));

        assertThat(parse(row).issues()).extracting(ImportIssue::column, ImportIssue::message)
                .containsExactly(tuple("监护人1姓名", "至少填写一位家庭成员或监护人（姓名、关系、电话）。"));
    }

    @Test
    void missingGrade() {
        assertThat(parseWith("年级", null).issues()).extracting(ImportIssue::column, ImportIssue::message)
                .containsExactly(tuple("年级", "此项为必填项。"));
    }
}
