package org.xueji.platform.documents.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.documents.DocumentMessages;

/**
 * Hardened reading (issue 8, R1/R5: an upload must not harm the system's safe operation):
 * crafted files are refused as a whole, with a clear message, before the caller stores
 * anything, and the temporary copy is gone.
 */
class SheetReaderLimitsTest {

    private final List<List<RawCell>> rows = new ArrayList<>();

    private SpreadsheetException refused(SpreadsheetLimits limits, byte[] file, String name) {
        SpreadsheetException e = catchThrowableOfType(SpreadsheetException.class,
                () -> new SheetReader(limits).read(new ByteArrayInputStream(file), name, (n, cells) -> rows.add(cells)));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    @DisplayName("R5: a zip bomb .xlsx (50 MB of XML packed into kilobytes) is refused before it is inflated")
    void zipBomb() throws IOException {
        byte[] bomb = CraftedXlsx.of(out -> {
            out.write(CraftedXlsx.SHEET_START.getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(blanks); // whitespace between elements: valid XML, compresses ~1000:1
            }
            out.write(CraftedXlsx.SHEET_END.getBytes(StandardCharsets.UTF_8));
        }, CraftedXlsx.text(CraftedXlsx.sst("")));
        assertThat(bomb.length).isLessThan(200 * 1024);
        long leftoversBefore = temporaryCopies();

        SpreadsheetException e = refused(SpreadsheetLimits.defaults(), bomb, "名单.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.ZIP_BOMB);
        assertThat(e.getMessage()).isEqualTo("文件「名单.xlsx」已拒收：其中的压缩内容解压后异常庞大（压缩比远超正常表格），可能是恶意文件。");
        assertThat(e.message(Locale.ENGLISH)).startsWith("The file \"名单.xlsx\" was refused: its compressed content expands");
        assertThat(rows).isEmpty();
        assertThat(temporaryCopies()).isEqualTo(leftoversBefore);
    }

    @Test
    @DisplayName("R5: one part expanding beyond the entry limit is refused")
    void entryTooLarge() {
        StringBuilder sheet = new StringBuilder();
        for (int r = 1; r <= 20_000; r++) {
            sheet.append("<row r=\"").append(r).append("\">").append(CraftedXlsx.cell("A" + r, "学生" + r)).append("</row>");
        }
        byte[] file = CraftedXlsx.sheet(sheet.toString());

        SpreadsheetException e = refused(SpreadsheetLimits.defaults().withMaxEntryBytes(256 * 1024), file, "x.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.ENTRY_TOO_LARGE);
        assertThat(e.getMessage()).contains("「x.xlsx」", "256 KB");
        assertThat(rows).isEmpty();
    }

    @Test
    @DisplayName("R5: a shared-strings table beyond the limit is refused while it is read, before any row")
    void hugeSharedStringsTable() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5_001; i++) {
            items.append("<si><t>s").append(i).append("</t></si>");
        }
        byte[] file = CraftedXlsx.of(CraftedXlsx.text(CraftedXlsx.SHEET_START
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + CraftedXlsx.SHEET_END),
                CraftedXlsx.text(CraftedXlsx.sst(items.toString())));

        SpreadsheetException e = refused(SpreadsheetLimits.defaults().withMaxSharedStrings(5_000), file, "x.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.TOO_MANY_SHARED_STRINGS);
        assertThat(e.getMessage()).isEqualTo("文件「x.xlsx」已拒收：不同文字超过 5,000 条，超出一个导入文件的正常范围。");
        assertThat(rows).isEmpty();
    }

    @Test
    @DisplayName("R5: a row with more cells than allowed is refused at that row (xlsx and csv)")
    void tooManyCells() {
        StringBuilder wide = new StringBuilder("<row r=\"1\">").append(CraftedXlsx.cell("A1", "姓名")).append("</row>");
        wide.append("<row r=\"2\">");
        for (int c = 0; c < 300; c++) {
            wide.append(CraftedXlsx.cell(LimitingSink.columnLetters(c) + "2", "x"));
        }
        wide.append("</row>");
        String csv = "姓名\n" + "x,".repeat(299) + "x\n";

        SpreadsheetException xlsx = refused(SpreadsheetLimits.defaults(), CraftedXlsx.sheet(wide.toString()), "a.xlsx");
        SpreadsheetException text = refused(SpreadsheetLimits.defaults(), csv.getBytes(StandardCharsets.UTF_8), "a.csv");

        for (SpreadsheetException e : List.of(xlsx, text)) {
            assertThat(e.messageKey()).isEqualTo(DocumentMessages.TOO_MANY_CELLS);
            assertThat(e.getMessage()).isEqualTo("第 2 行已拒收：一行最多 256 个单元格。请删除多余的列后重新上传。");
        }
        assertThat(rows).hasSize(2); // the header row of each file, nothing of row 2
    }

    @Test
    @DisplayName("R5: a cell longer than allowed is refused with its row and column (inline, shared, csv)")
    void tooLongCell() {
        String longText = "长".repeat(32_768);
        byte[] inline = CraftedXlsx.sheet("<row r=\"3\">" + CraftedXlsx.cell("A3", "a") + CraftedXlsx.cell("C3", longText)
                + "</row>");
        byte[] shared = CraftedXlsx.of(CraftedXlsx.text(CraftedXlsx.SHEET_START
                + "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>0</v></c></row>" + CraftedXlsx.SHEET_END),
                CraftedXlsx.text(CraftedXlsx.sst("<si><t>" + longText + "</t></si>")));
        byte[] csv = ("a\nb\nx,y," + longText + "\n").getBytes(StandardCharsets.UTF_8);

        for (byte[] file : List.of(inline, shared, csv)) {
            SpreadsheetException e = refused(SpreadsheetLimits.defaults(), file, "x");
            assertThat(e.messageKey()).isEqualTo(DocumentMessages.CELL_TOO_LONG);
            assertThat(e.getMessage()).isEqualTo("第 3 行 C 列已拒收：一个单元格最多 32,767 个字符。");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("Row 3, column C was refused: a cell may hold at most 32,767 characters.");
        }
    }

    @Test
    @DisplayName("R5: more rows than allowed are refused; a file beyond the size limit is refused while it is copied")
    void rowsAndFileSize() {
        String csv = "姓名\n" + "张三\n".repeat(10);

        SpreadsheetException tooManyRows = refused(SpreadsheetLimits.defaults().withMaxRows(5),
                csv.getBytes(StandardCharsets.UTF_8), "x.csv");
        SpreadsheetException tooLarge = refused(SpreadsheetLimits.defaults().withMaxFileBytes(1024),
                new byte[4096], "大.xlsx");

        assertThat(tooManyRows.messageKey()).isEqualTo(DocumentMessages.TOO_MANY_ROWS);
        assertThat(tooManyRows.getMessage()).isEqualTo("行数太多：一个文件最多 5 行。请分成几个文件上传。");
        assertThat(tooLarge.getMessage()).isEqualTo("文件「大.xlsx」太大：最大允许 1 KB。请分成几个文件上传。");
        assertThat(rows).hasSize(5);
    }

    @Test
    @DisplayName("what a refused file looks like is localised with the message (zh and en)")
    void looksLikeIsLocalised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

        SpreadsheetException e = refused(SpreadsheetLimits.defaults(), png, "roster.xlsx");

        assertThat(e.getMessage()).isEqualTo("文件「roster.xlsx」不是可导入的表格：从内容看它是PNG 图片。"
                + "请上传 Excel 文件（.xlsx 或 .xls）或 CSV 文件。");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The file \"roster.xlsx\" is not a spreadsheet that can be "
                + "imported: its content looks like a PNG image. Upload an Excel file (.xlsx or .xls) or a CSV file.");
    }

    @Test
    @DisplayName("within the limits a hand-made .xlsx reads normally (shared and inline strings, numbers)")
    void normalFileReads() {
        byte[] file = CraftedXlsx.of(CraftedXlsx.text(CraftedXlsx.SHEET_START
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\">" + CraftedXlsx.cell("A2", "张三") + "<c r=\"B2\"><v>3</v></c></row>"
                + CraftedXlsx.SHEET_END),
                CraftedXlsx.text(CraftedXlsx.sst("<si><t>姓名</t></si><si><r><t>年</t></r><r><t>级</t></r>"
                        + "<rPh><t>ねん</t></rPh></si>")));

        SpreadsheetFormat format = new SheetReader(SpreadsheetLimits.defaults())
                .read(new ByteArrayInputStream(file), "x.xlsx", (n, cells) -> rows.add(cells));

        assertThat(format).isEqualTo(SpreadsheetFormat.XLSX);
        assertThat(rows).containsExactly(
                List.of(RawCell.text(0, "姓名"), RawCell.text(1, "年级")),
                List.of(RawCell.text(0, "张三"), new RawCell(1, RawCell.Kind.NUMBER, "3")));
    }

    @Test
    @DisplayName("R5: a zip bomb inflating to 512 MB is refused with the heap intact (peak growth below the entry limit)")
    void r5_zipBombRefusedWithMemoryIntact() {
        long inflated = 512L * 1024 * 1024;
        // one cell of 512 million letters: a reader that kept it would need a gigabyte of heap
        byte[] bomb = CraftedXlsx.of(out -> {
            out.write((CraftedXlsx.SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] letters = new byte[1024 * 1024];
            java.util.Arrays.fill(letters, (byte) 'a');
            for (long i = 0; i < inflated / letters.length; i++) {
                out.write(letters);
            }
            out.write(("</t></is></c></row>" + CraftedXlsx.SHEET_END).getBytes(StandardCharsets.UTF_8));
        }, CraftedXlsx.text(CraftedXlsx.sst("")));
        long entryLimit = 32L * 1024 * 1024;
        SpreadsheetLimits limits = SpreadsheetLimits.defaults().withMaxEntryBytes(entryLimit);
        HeapPeak peak = HeapPeak.start();

        SpreadsheetException e = refused(limits, bomb, "炸弹.xlsx");
        long grown = peak.grownBytes();

        assertThat(e.messageKey()).isIn(DocumentMessages.ZIP_BOMB, DocumentMessages.ENTRY_TOO_LARGE);
        assertThat(rows).isEmpty();
        System.out.printf("zip bomb of %d KB (inflating to %d MB) refused; heap peak grew by %d KB%n",
                bomb.length / 1024, inflated >> 20, grown / 1024);
        assertThat(grown).as("heap growth while refusing a %d MB bomb", inflated >> 20).isLessThan(entryLimit);
    }

    @Test
    @DisplayName("R5: parts that are each within the limits but together expand beyond the total are refused")
    void r5_totalInflatedSizeIsLimited() {
        java.util.Random random = new java.util.Random(16);
        java.util.Map<String, CraftedXlsx.Part> padding = new java.util.TreeMap<>();
        for (int i = 1; i <= 3; i++) {
            byte[] noise = new byte[600 * 1024]; // incompressible: no inflation ratio to catch
            random.nextBytes(noise);
            padding.put("customXml/item" + i + ".xml", out -> out.write(noise));
        }
        byte[] file = CraftedXlsx.of(CraftedXlsx.text(CraftedXlsx.SHEET_START + "<row r=\"1\">"
                + CraftedXlsx.cell("A1", "姓名") + "</row>" + CraftedXlsx.SHEET_END),
                CraftedXlsx.text(CraftedXlsx.sst("")), padding);
        SpreadsheetLimits limits = SpreadsheetLimits.defaults().withMaxEntryBytes(1024 * 1024)
                .withMaxTotalBytes(1024 * 1024);

        SpreadsheetException e = refused(limits, file, "x.xlsx");

        assertThat(e.messageKey()).isEqualTo(DocumentMessages.TOTAL_TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("文件「x.xlsx」已拒收：其中各部分解压后合计超过 1 MB，可能是恶意文件。请分成几个文件上传。");
        assertThat(e.message(Locale.ENGLISH)).startsWith("The file \"x.xlsx\" was refused: its parts together expand");
        assertThat(rows).isEmpty();
        // the same file is read when the total allows it
        new SheetReader(limits.withMaxTotalBytes(4 * 1024 * 1024)).read(new ByteArrayInputStream(file), "x.xlsx",
                (n, cells) -> rows.add(cells));
        assertThat(rows).containsExactly(List.of(RawCell.text(0, "姓名")));
    }

    /** The heap's peak use from now on, summed over the heap pools (an upper bound), less today's use. */
    private record HeapPeak(long before) {
        static HeapPeak start() {
            System.gc();
            long used = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    pool.resetPeakUsage();
                    used += pool.getUsage().getUsed();
                }
            }
            return new HeapPeak(used);
        }

        long grownBytes() {
            long peak = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return Math.max(0, peak - before);
        }
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("xueji-import-")).count();
        }
    }
}
