package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;

class TemplateWriterTest {

    private final TemplateWriter writer = new TemplateWriter();

    private static StudentData student(int n) {
        LocalDate birth = LocalDate.of(2015, 1, 1).plusDays(n * 37L % 1500);
        boolean girl = n % 2 == 0;
        boolean noId = n % 5 == 0;
        String mother = TestStudents.id(LocalDate.of(1988, 2, 3), 100 + n * 2);
        return new StudentData("测试学生" + n, girl ? Sex.FEMALE : Sex.MALE, birth,
                noId ? IdDocumentType.OTHER : IdDocumentType.RESIDENT_ID,
                noId ? null : TestStudents.id(birth, girl ? n * 2 % 1000 : (n * 2 + 1) % 1000),
                n % 3 == 0 ? null : "湖南长沙", "湖南湘潭", String.format("%02d", n % 56 + 1), "CHN",
                "湖南省长沙市测试区", n % 2 == 0 ? HouseholdType.AGRICULTURAL : HouseholdType.NON_AGRICULTURAL,
                "湖南省长沙市测试区样例路 " + n + " 号", YearMonth.of(2021, 9), EntryWay.values()[n % 2],
                StudyMode.values()[n % 2], n % 2 == 0, n % 3 == 0, LeftBehindStatus.values()[n % 3], n % 4 == 0,
                false, n % 7 == 0, n % 6 == 0, DisabilityType.values()[n % 8], TestStudents.SCHOOL_ID,
                100L + n % 4 + 1,
                List.of(new Guardian("测试家长" + n, "母亲", "0731-8888" + String.format("%04d", n), mother),
                        new Guardian("测试家长乙" + n, "父亲", "1380000" + String.format("%04d", n), null)));
    }

    private static byte[] export(List<StudentData> students, String watermark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StudentSheetWriter sheet = new TemplateWriter().open(out, watermark);
        for (int i = 0; i < students.size(); i++) {
            sheet.add(students.get(i), "G" + students.get(i).idNumber(), 1, (int) (students.get(i).classId() - 100));
        }
        sheet.close();
        return out.toByteArray();
    }

    @Test
    @DisplayName("what is exported reads back into equal records")
    void roundTrip() {
        List<StudentData> students = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            students.add(student(n));
        }
        byte[] file = export(students, "仅供测试 2026-11-28 & 下载人 某某");

        List<ParsedStudentRow> parsed = new ArrayList<>();
        StudentRowParser parser = new StudentRowParser(TestStudents.SCHOOL_ID, TestStudents::classId,
                TestStudents.TODAY);
        ReadSummary summary = new SpreadsheetReader(NationalTemplate.COLUMNS)
                .read(new ByteArrayInputStream(file), "导出.xlsx", row -> parsed.add(parser.parse(row)));

        assertThat(summary.dataRows()).isEqualTo(40); // the watermark row is no student
        assertThat(parsed).allSatisfy(row -> assertThat(row.issues()).isEmpty());
        assertThat(parsed).extracting(ParsedStudentRow::data).containsExactlyElementsOf(students);
        assertThat(parsed).extracting(ParsedStudentRow::entryGrade).containsOnly(1);
    }

    @Test
    @DisplayName("export: codes, yyyyMMdd, text cells, bold frozen header, watermark below and in header/footer")
    void exportLayout() throws Exception {
        StudentData student = student(1);
        byte[] file = export(List.of(student), "仅供测试");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("学生基础信息");
            assertThat(workbook.getSheetName(1)).isEqualTo("代码说明");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("学籍号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            Row row = sheet.getRow(1);
            assertThat(text(header, row, "性别")).isEqualTo("1");
            assertThat(text(header, row, "出生日期")).isEqualTo(student.birthDate().toString().replace("-", ""));
            assertThat(text(header, row, "入学年月")).isEqualTo("202109");
            assertThat(text(header, row, "民族")).isEqualTo("02");
            assertThat(text(header, row, "户口性质")).isEqualTo("2");
            assertThat(text(header, row, "是否独生子女")).isEqualTo("0");
            assertThat(text(header, row, "身份证件号")).isEqualTo(student.idNumber());
            assertThat(text(header, row, "监护人1联系电话")).isEqualTo("0731-88880001");
            Cell id = row.getCell(column(header, "身份证件号"));
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");

            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("※ 仅供测试");
            assertThat(sheet.getHeader().getCenter()).isEqualTo("仅供测试");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("仅供测试");
        }
    }

    @Test
    @DisplayName("the empty template: the import headers, text columns, and the code sheet")
    void emptyTemplate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTemplate(out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("学生基础信息");
            assertThat(sheet.getLastRowNum()).isZero();
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(
                    NationalTemplate.COLUMNS.columns().stream().map(Column::header).toList());
            assertThat(sheet.getColumnStyle(headers.indexOf("身份证件号")).getDataFormatString()).isEqualTo("@");

            Sheet codes = workbook.getSheet("代码说明");
            List<String> lines = new ArrayList<>();
            codes.forEach(r -> lines.add(r.getCell(0).getStringCellValue() + "|" + r.getCell(1).getStringCellValue()
                    + "|" + r.getCell(2).getStringCellValue()));
            assertThat(lines).contains("性别|1|男", "性别|2|女", "民族|01|汉族", "民族|56|基诺族", "身份证件类型|Z|其他",
                    "入学方式|99|其他（高中）", "是否留守儿童|2|双亲留守", "残疾类型|7|多重残疾", "国籍/地区|CHN|中国");
        }
    }

    @Test
    @DisplayName("the empty template is refused on import as having no students")
    void emptyTemplateHasNoRows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTemplate(out);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SpreadsheetReader(NationalTemplate.COLUMNS)
                        .read(new ByteArrayInputStream(out.toByteArray()), "模板.xlsx", row -> { }))
                .isInstanceOf(SpreadsheetException.class).hasMessageStartingWith("表格中没有学生数据");
    }

    @Test
    void discardWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StudentSheetWriter sheet = writer.open(out, null);
        sheet.add(student(1), null, 1, 2);
        sheet.discard();
        sheet.close();

        assertThat(out.size()).isZero();
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(name);
    }

    private static String text(Row header, Row row, String name) {
        return row.getCell(column(header, name)).getStringCellValue();
    }

    @Test
    @DisplayName("R4: an export writes only the columns of the approved field groups; every column has a group")
    void r4_onlyApprovedFieldGroupsWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StudentSheetWriter sheet = new TemplateWriter().open(out, "数据发布申请 #3",
                java.util.EnumSet.of(org.xueji.platform.api.release.ReleaseField.BASIC,
                        org.xueji.platform.api.release.ReleaseField.GUARDIANS));
        StudentData s = student(1);
        sheet.add(s, "G" + s.idNumber(), 1, 1);
        sheet.close();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet data = book.getSheet(TemplateWriter.DATA_SHEET);
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("姓名", "性别", "年级", "班级", "监护人1姓名", "监护人1关系", "监护人1联系电话",
                    "监护人1身份证件号", "监护人2姓名", "监护人2关系", "监护人2联系电话", "监护人2身份证件号");
            List<String> row = new ArrayList<>();
            data.getRow(1).forEach(c -> row.add(c.getStringCellValue()));
            // the student's own ID number, 学籍号, birth date and address are nowhere in the row
            assertThat(String.join("|", row)).doesNotContain(s.idNumber()).doesNotContain(s.currentAddress())
                    .doesNotContain("2015-").contains("测试家长1");
        }
        // every export column belongs to exactly one group (a new column without one fails here)
        for (Column c : NationalTemplate.EXPORT_COLUMNS.columns()) {
            assertThat(NationalTemplate.fieldGroup(c)).as(c.header()).isNotNull();
        }
        assertThat(NationalTemplate.fieldGroup(NationalTemplate.REGISTRY_NUMBER))
                .isEqualTo(org.xueji.platform.api.release.ReleaseField.IDENTITY);
        assertThat(NationalTemplate.fieldGroup(NationalTemplate.CURRENT_ADDRESS))
                .isEqualTo(org.xueji.platform.api.release.ReleaseField.ADDRESS);
        assertThat(NationalTemplate.fieldGroup(NationalTemplate.LEFT_BEHIND))
                .isEqualTo(org.xueji.platform.api.release.ReleaseField.SPECIAL);
        assertThat(NationalTemplate.fieldGroup(NationalTemplate.ENTRY_WAY))
                .isEqualTo(org.xueji.platform.api.release.ReleaseField.ENROLMENT);
    }
}
