package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import org.xueji.platform.documents.spreadsheet.SpreadsheetFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.platform.documents.DocumentMessages;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.service.internal.excel.Workbooks.Formula;

class SpreadsheetReaderTest {

    /** The same little table in every format we read. */
    enum Format {
        XLSX(Workbooks::xlsx),
        SXSSF(Workbooks::sxssf),
        XLS(Workbooks::xls),
        CSV_UTF8_BOM(rows -> Workbooks.csv(rows, StandardCharsets.UTF_8, true)),
        CSV_UTF8(rows -> Workbooks.csv(rows, StandardCharsets.UTF_8, false)),
        CSV_GBK(rows -> Workbooks.csv(rows, Charset.forName("GBK"), false));

        final Function<List<List<Object>>, byte[]> writer;

        Format(Function<List<List<Object>>, byte[]> writer) {
            this.writer = writer;
        }
    }

    /** The template's columns, only 姓名 required: these tests look at cells, not at completeness. */
    private static final ColumnSet COLUMNS = ColumnSet.builder().required(NationalTemplate.NAME)
            .optional(NationalTemplate.COLUMNS.columns().stream().filter(c -> c != NationalTemplate.NAME)
                    .toArray(Column[]::new))
            .build();

    private final List<SheetRow> rows = new ArrayList<>();

    private ReadSummary read(byte[] content, String fileName) {
        return new SpreadsheetReader(COLUMNS)
                .read(new ByteArrayInputStream(content), fileName, rows::add);
    }

    private static List<List<Object>> table(Object[]... rows) {
        return Arrays.stream(rows).map(r -> new ArrayList<>(Arrays.asList(r))).map(r -> (List<Object>) r).toList();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    @DisplayName("columns in any order, under a title row, with aliases; unknown columns ignored")
    void readsEveryFormat(Format format) {
        String id = TestStudents.id(LocalDate.of(2019, 3, 14), 123);
        byte[] file = format.writer.apply(table(
                new Object[] {"2025 年秋季 一年级新生 学生基础信息采集表"},
                new Object[] {"备注", "身份证号", "*姓名", "性别", "出生日期", "国籍"},
                new Object[] {"无关", id, "张 小明", "男", "2019-03-14", "CHN"},
                new Object[] {},
                new Object[] {"", "", "", "", "", ""}));

        ReadSummary summary = read(file, "学生.bin");

        assertThat(summary.headerRow()).isEqualTo(2);
        assertThat(summary.dataRows()).isEqualTo(1);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cells()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "身份证件号", id, "姓名", "张 小明", "性别", "男", "出生日期", "2019-03-14", "国籍/地区", "CHN"));
            assertThat(row.issues()).isEmpty();
        });
        assertThat(summary.format()).isEqualTo(switch (format) {
            case XLSX, SXSSF -> SpreadsheetFormat.XLSX;
            case XLS -> SpreadsheetFormat.XLS;
            default -> SpreadsheetFormat.CSV;
        });
    }

    private static final Object[] SMALL_HEADER = {"姓名", "出生日期", "身份证件号", "年级"};

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
    @DisplayName("date cells come out as yyyy-MM-dd, numbers without .0 or exponent")
    void dateAndNumberCells(Format format) {
        byte[] file = format.writer.apply(table(SMALL_HEADER,
                new Object[] {"甲", LocalDate.of(2019, 3, 14), "110105201903140011", 3},
                new Object[] {"乙", 20190314, "110105201903140011", 3.5}));

        read(file, "x.xlsx");

        assertThat(rows).extracting(r -> r.cells().get("出生日期")).containsExactly("2019-03-14", "20190314");
        assertThat(rows).extracting(r -> r.cells().get("年级")).containsExactly("3", "3.5");
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XLSX", "XLS", "CSV_UTF8"})
    @DisplayName("an ID number Excel stored as a number is refused, whatever it shows")
    void idNumberAsNumber(Format format) {
        boolean csv = format.name().startsWith("CSV");
        byte[] file = format.writer.apply(table(SMALL_HEADER,
                new Object[] {"甲", "20190314", csv ? "4.30104E+17" : 430104201903141234.0, "1"},
                new Object[] {"乙", "20190314", "4.30104E+17", "1"},
                new Object[] {"丙", "20190314", csv ? "430104201903141000" : 430104201903141000.0, "1"}));

        read(file, "x");

        String message = "身份证件号被 Excel 存成了数字（科学计数法），后几位已丢失；请把该列设为“文本”后重新录入。";
        assertThat(rows.get(0).issues()).containsExactly(new ImportIssue(2, "身份证件号", message));
        assertThat(rows.get(1).issues()).containsExactly(new ImportIssue(3, "身份证件号", message));
        assertThat(rows.get(0).cells()).doesNotContainKey("身份证件号");
        if (!csv) { // digits of a text cell cannot be told from a correct number
            assertThat(rows.get(2).issues()).containsExactly(new ImportIssue(4, "身份证件号", message));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XLSX", "XLS", "CSV_UTF8"})
    @DisplayName("formulas are refused cell by cell, naming the column")
    void formulas(Format format) {
        boolean csv = format.name().startsWith("CSV");
        Object formula = csv ? "=DATE(2019,3,14)" : new Formula("DATE(2019,3,14)");
        byte[] file = format.writer.apply(table(SMALL_HEADER,
                new Object[] {"甲", formula, "110105201903140011", "1", csv ? "=1+1" : new Formula("1+1")}));

        read(file, "x");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.issues()).containsExactly(new ImportIssue(2, "出生日期",
                    "「出生日期」是公式，请复制后“选择性粘贴为数值”再上传。")); // the unknown column's formula is ignored
            assertThat(row.cells()).containsOnlyKeys("姓名", "身份证件号", "年级");
        });
    }

    @Test
    @DisplayName("CSV: =\"…\" keeps leading zeros and is no formula")
    void csvTextLiteral() {
        byte[] file = Workbooks.csv(table(SMALL_HEADER, new Object[] {"甲", "20190314", "=\"110105201903140011\"", "1"}),
                StandardCharsets.UTF_8, false);

        read(file, "x.csv");

        assertThat(rows.get(0).cells()).containsEntry("身份证件号", "110105201903140011");
        assertThat(rows.get(0).issues()).isEmpty();
    }

    @Test
    @DisplayName("CSV: tab-separated UTF-16 (Excel's Unicode text) is read")
    void unicodeText() {
        String text = "\uFEFF姓名\t年级\r\n甲\t1\r\n";
        read(text.getBytes(StandardCharsets.UTF_16LE), "x.txt");

        assertThat(rows.get(0).cells()).containsExactlyInAnyOrderEntriesOf(Map.of("姓名", "甲", "年级", "1"));
    }

    @Test
    @DisplayName("full-width characters become ASCII; stray spaces, ideographic and no-break spaces are trimmed")
    void normalisesCells() {
        byte[] file = Workbooks.xlsx(table(SMALL_HEADER,
                new Object[] {"\u3000 李四\u00A0", " ２０１９－０３－１４ ", "１１０１０５２０１９０３１４００１ｘ", "\t一年级\n"}));

        read(file, "x.xlsx");

        assertThat(rows.get(0).cells()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "姓名", "李四", "出生日期", "2019-03-14", "身份证件号", "11010520190314001x", "年级", "一年级"));
    }

    @Test
    @DisplayName("a row whose only cell starts with ※ is a note (an export's watermark), not data")
    void skipsNoteRows() {
        byte[] file = Workbooks.xlsx(table(SMALL_HEADER, new Object[] {"甲", null, null, "1"}, new Object[] {},
                new Object[] {"※ 导出：某某中学 2026-11-28"}));

        assertThat(read(file, "x.xlsx").dataRows()).isEqualTo(1);
    }

    @Test
    @DisplayName("an exception of the handler reaches the caller unchanged")
    void handlerExceptionPassesThrough() {
        byte[] file = Workbooks.xlsx(table(SMALL_HEADER, new Object[] {"甲", null, null, "1"}));
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> new SpreadsheetReader(COLUMNS)
                .read(new ByteArrayInputStream(file), "x.xlsx", row -> {
                    throw stop;
                })).isSameAs(stop);
    }

    // ---- whole-file refusals: a clear message, no data

    private SpreadsheetException refused(byte[] content, String fileName) {
        return refused(new SpreadsheetReader(COLUMNS), content, fileName);
    }

    private SpreadsheetException refused(SpreadsheetReader reader, byte[] content, String fileName) {
        List<SheetRow> seen = new ArrayList<>();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> reader.read(new ByteArrayInputStream(content), fileName, seen::add));
        assertThat(thrown).isInstanceOf(SpreadsheetException.class);
        SpreadsheetException e = (SpreadsheetException) thrown;
        assertThat(SpreadsheetReader.fileIssue(e).row()).isZero();
        assertThat(SpreadsheetReader.fileIssue(e).message()).isEqualTo(e.getMessage());
        return e;
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XLSX", "XLS", "CSV_UTF8"})
    void emptySheet(Format format) {
        SpreadsheetException e = refused(format == Format.CSV_UTF8 ? "\r\n\r\n".getBytes(StandardCharsets.UTF_8)
                : format.writer.apply(List.of()), "空表.xlsx");

        assertThat(e.messageKey()).isEqualTo(EnrollmentMessages.SHEET_EMPTY);
        assertThat(e.getMessage()).isEqualTo("表格中没有学生数据：第一个工作表是空的，或只有表头。");
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XLSX", "XLS", "CSV_UTF8"})
    void headerOnly(Format format) {
        byte[] file = format.writer.apply(table(
                TestStudents.headers().toArray(), new Object[] {}, new Object[] {" ", null, ""}));

        assertThat(refused(file, "x").messageKey()).isEqualTo(EnrollmentMessages.SHEET_EMPTY);
    }

    @Test
    @DisplayName("missing required columns are all named")
    void missingColumns() {
        List<String> headers = TestStudents.headers();
        headers.removeAll(List.of("性别", "入学年月", "班级"));
        byte[] file = Workbooks.xlsx(TestStudents.table(headers, List.of(TestStudents.row(1))));

        SpreadsheetException e = refused(new SpreadsheetReader(NationalTemplate.COLUMNS), file, "x.xlsx");

        assertThat(e.messageKey()).isEqualTo(EnrollmentMessages.COLUMNS_MISSING);
        assertThat(e.getMessage()).isEqualTo(
                "缺少必填列：性别、入学年月、班级。请使用国家学生基础信息采集模板，列的顺序可以不同。");
    }

    @Test
    @DisplayName("no header in the first five rows")
    void noHeader() {
        byte[] file = Workbooks.xlsx(table(new Object[] {"名单"}, new Object[] {"甲", "1"}));

        SpreadsheetException e = refused(file, "x.xlsx");

        assertThat(e.messageKey()).isEqualTo(EnrollmentMessages.HEADER_NOT_FOUND);
        assertThat(e.getMessage()).contains("前 5 行", "“姓名”");
    }

    @Test
    @DisplayName("too many rows: refused with the limit, without reading on")
    void tooManyRows() {
        List<List<Object>> table = new ArrayList<>();
        table.add(List.of("姓名", "年级"));
        for (int i = 0; i < 50; i++) {
            table.add(List.of("学生" + i, "1"));
        }
        SpreadsheetReader reader = new SpreadsheetReader(COLUMNS, 1_000_000, 10);
        List<SheetRow> seen = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(Workbooks.xlsx(table)), "x.xlsx", seen::add))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(EnrollmentMessages.TOO_MANY_ROWS);
                    assertThat(e.getMessage()).isEqualTo("数据行太多：一个文件最多 10 行。请分成几个文件上传。");
                });
        assertThat(seen).hasSize(10);
    }

    @Test
    void tooLarge() {
        byte[] file = Workbooks.xlsx(TestStudents.table(TestStudents.headers(), List.of(TestStudents.row(1))));
        SpreadsheetReader reader = new SpreadsheetReader(NationalTemplate.COLUMNS, 1024, 10);

        SpreadsheetException e = refused(reader, file, "C:\\fakepath\\学生.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.FILE_TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("文件「学生.xlsx」太大：最大允许 1 KB。请分成几个文件上传。");
    }

    @Test
    void emptyFile() {
        SpreadsheetException e = refused(new byte[0], "roster.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.FILE_EMPTY);
        assertThat(e.getMessage()).isEqualTo("文件「roster.xlsx」是空的（0 字节），请检查后重新上传。");
    }

    @Test
    @DisplayName("a PNG renamed roster.xlsx is called a PNG picture")
    void renamedPicture() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        SpreadsheetException e = refused(png, "roster.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.FILE_TYPE_UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo("文件「roster.xlsx」不是可导入的表格：从内容看它是PNG 图片。"
                + "请上传 Excel 文件（.xlsx 或 .xls）或 CSV 文件。");
    }

    @Test
    void pdf() {
        byte[] pdf = "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(pdf, "名单.xls").getMessage()).contains("「名单.xls」", "PDF 文档");
    }

    @Test
    void wordDocument() throws Exception {
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("姓名 年级");
            document.write(docx);
        }

        assertThat(refused(docx.toByteArray(), "名单.xlsx").getMessage()).contains("Word 文档（.docx）");
    }

    @Test
    void zipArchive() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("名单.xlsx"));
            out.write(Workbooks.xlsx(table(SMALL_HEADER)));
        }

        assertThat(refused(zip.toByteArray(), "名单.xlsx").getMessage()).contains("ZIP 压缩包");
    }

    @Test
    @DisplayName("an HTML table saved as .xls by another system")
    void htmlPosingAsXls() {
        byte[] html = "<html><body><table><tr><td>姓名</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(refused(html, "导出.xls").getMessage()).contains("网页文件（HTML）");
    }

    @Test
    @DisplayName("a damaged .xlsx (truncated ZIP) is unreadable")
    void truncatedXlsx() {
        byte[] file = Workbooks.xlsx(table(SMALL_HEADER, new Object[] {"甲", null, null, "1"}));

        SpreadsheetException e = refused(Arrays.copyOf(file, file.length / 2), "x.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.FILE_UNREADABLE);
        assertThat(e.getMessage()).startsWith("无法读取文件「x.xlsx」");
    }

    @Test
    @DisplayName("random bytes are not taken for CSV")
    void binaryGarbage() {
        byte[] bytes = new byte[2000];
        new java.util.Random(1).nextBytes(bytes);
        bytes[0] = 1;

        assertThat(refused(bytes, "x.csv").getMessage()).contains("无法识别的二进制文件");
    }
}
