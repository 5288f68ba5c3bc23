package org.xueji.enrollment.service.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader streams: a big file is read row by row, never as a workbook in memory. Kept
 * at 20,000 rows so the build stays quick; nothing here depends on the count.
 */
class LargeFileTest {

    private static final int ROWS = 20_000;
    private static final int COLUMNS = 35;

    @TempDir
    Path dir;

    @Test
    @DisplayName("20,000 rows × 35 columns of .xlsx are read and parsed")
    void readsABigFile() throws Exception {
        Path file = dir.resolve("big.xlsx");
        List<String> headers = TestStudents.headers();
        for (int i = headers.size(); i < COLUMNS; i++) {
            headers.add("备用列" + i); // unknown columns, ignored by the reader
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 1; r <= ROWS; r++) {
                Map<String, String> values = TestStudents.row(r);
                Row row = sheet.createRow(r);
                for (int c = 0; c < headers.size(); c++) {
                    row.createCell(c).setCellValue(values.getOrDefault(headers.get(c), "备用" + c));
                }
            }
            workbook.write(out);
        }

        StudentRowParser parser = new StudentRowParser(TestStudents.SCHOOL_ID, TestStudents::classId,
                TestStudents.TODAY);
        AtomicInteger valid = new AtomicInteger();
        ReadSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = new SpreadsheetReader(NationalTemplate.COLUMNS).read(in, "big.xlsx", row -> {
                if (parser.parse(row).valid()) {
                    valid.incrementAndGet();
                }
            });
        }

        assertThat(summary.dataRows()).isEqualTo(ROWS);
        assertThat(valid).hasValue(ROWS);
    }
}
