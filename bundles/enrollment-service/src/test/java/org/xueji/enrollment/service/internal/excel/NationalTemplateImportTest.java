package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.platform.documents.DocumentMessages;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.service.internal.excel.SpreadsheetReaderTest.Format;

/** Whole files of the national template, read and parsed as the import service will. */
class NationalTemplateImportTest {

    private static List<ParsedStudentRow> importFile(byte[] file, String fileName) {
        StudentRowParser parser = new StudentRowParser(TestStudents.SCHOOL_ID, TestStudents::classId,
                TestStudents.TODAY);
        List<ParsedStudentRow> rows = new ArrayList<>();
        new SpreadsheetReader(NationalTemplate.COLUMNS)
                .read(new ByteArrayInputStream(file), fileName, row -> rows.add(parser.parse(row)));
        return rows;
    }

    /** Template headers in a shuffled order, some by another name, under a title row. */
    private static List<List<Object>> shuffledFile(List<Map<String, String>> students) {
        Map<String, String> otherNames = Map.of("身份证件号", "身份证号", "国籍/地区", "国籍",
                "是否进城务工人员随迁子女", "随迁子女", "监护人1姓名", "家庭成员或监护人1姓名");
        List<String> headers = TestStudents.headers();
        headers.add("是否进城务工人员随迁子女");
        Collections.shuffle(headers, new Random(42));
        List<List<Object>> table = new ArrayList<>();
        table.add(List.of("某某小学2025级新生学生基础信息"));
        table.add(new ArrayList<>(headers.stream().map(h -> otherNames.getOrDefault(h, h)).toList()));
        for (Map<String, String> student : students) {
            table.add(new ArrayList<>(headers.stream().map(h -> (Object) student.getOrDefault(h, "否")).toList()));
        }
        return table;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    @DisplayName("xlsx, xls and csv (UTF-8 with or without BOM, GBK): columns in any order, aliases, title row")
    void importsEveryFormat(Format format) {
        List<Map<String, String>> students = List.of(TestStudents.row(1), TestStudents.row(2), TestStudents.row(3));
        byte[] file = format.writer.apply(shuffledFile(students));

        List<ParsedStudentRow> rows = importFile(file, "新生.xlsx");

        assertThat(rows).extracting(ParsedStudentRow::row).containsExactly(3, 4, 5);
        assertThat(rows).allSatisfy(row -> assertThat(row.issues()).isEmpty());
        assertThat(rows).extracting(r -> r.data().name()).containsExactly("测试学生1", "测试学生2", "测试学生3");
        assertThat(rows).extracting(r -> r.data().classId()).containsOnly(102L);
        assertThat(rows.get(0).data().idNumber()).isEqualTo(students.get(0).get("身份证件号"));
    }

    @Test
    @DisplayName("full-width digits and a lower-case x in an ID number, and stray spaces, are accepted")
    void fullWidthAndSpaces() {
        Map<String, String> student = new LinkedHashMap<>(TestStudents.row(5));
        String id = student.get("身份证件号");
        StringBuilder fullWidth = new StringBuilder();
        id.chars().forEach(c -> fullWidth.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        student.put("身份证件号", " " + fullWidth + "\u3000");
        student.put("姓名", "\u00A0测试学生5 ");
        student.put("班级", "（２）班");
        byte[] file = Workbooks.xlsx(TestStudents.table(TestStudents.headers(), List.of(student)));

        ParsedStudentRow row = importFile(file, "x.xlsx").get(0);

        assertThat(row.issues()).isEmpty();
        assertThat(row.data().idNumber()).isEqualTo(id);
        assertThat(row.data().name()).isEqualTo("测试学生5");
        assertThat(row.data().classId()).isEqualTo(102L);
    }

    @Test
    @DisplayName("a row with problems in several columns reports them all, other rows are fine")
    void badRowAmongGoodOnes() {
        Map<String, String> bad = new LinkedHashMap<>(TestStudents.row(2));
        bad.put("出生日期", "2019年13月1日");
        bad.put("民族", "火星族");
        bad.put("身份证件号", "4.30104E+17");
        List<List<Object>> table = TestStudents.table(TestStudents.headers(), List.of(TestStudents.row(1), bad));

        List<ParsedStudentRow> rows = importFile(Workbooks.xls(table), "x.xls");

        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).valid()).isFalse();
        assertThat(rows.get(1).issues()).extracting(ImportIssue::row).containsOnly(3);
        assertThat(rows.get(1).issues()).extracting(ImportIssue::column)
                .containsExactlyInAnyOrder("身份证件号", "出生日期", "民族");
    }

    @Test
    @DisplayName("GB18030 text that is not valid UTF-8 is read as GB18030")
    void gb18030() {
        byte[] file = Workbooks.csv(shuffledFile(List.of(TestStudents.row(1))), Charset.forName("GB18030"), false);

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\uFFFD"); // not UTF-8
        assertThat(importFile(file, "x.csv").get(0).data().householdAddress()).isEqualTo("湖南省长沙市测试区");
    }

    @Test
    @DisplayName("a password-protected workbook is refused saying so")
    void encrypted() throws Exception {
        byte[] plain = Workbooks.xlsx(shuffledFile(List.of(TestStudents.row(1))));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            fs.writeFilesystem(encrypted);
        }

        assertThatThrownBy(() -> importFile(encrypted.toByteArray(), "加密.xlsx"))
                .isInstanceOfSatisfying(SpreadsheetException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(DocumentMessages.FILE_ENCRYPTED))
                .hasMessage("文件「加密.xlsx」设有打开密码，无法读取。请在 Excel 中取消密码后重新上传。");
    }
}
