package org.xueji.transfer.service.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.xueji.platform.documents.pdf.PageWriter;
import org.xueji.platform.documents.pdf.PdfDocument;
import org.xueji.platform.documents.spreadsheet.XlsxWriter;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.StatisticsExport;
import org.xueji.transfer.api.TransferStatistics;

/**
 * The statistics export's file (the document layer: texts from {@link StatisticsText} in the file's
 * language, Chinese for the district). Aggregate rows always; the change rows (ids, type, schools, dates —
 * no name, no number) only when the caller used a data release for them, whose watermark the file carries.
 */
final class StatisticsFiles {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** One decided change for the detail rows (no personal values). */
    record ChangeRow(long id, ChangeType type, long studentId, long fromSchoolId, Long toSchoolId,
                     java.time.Instant submittedAt, java.time.Instant decidedAt, ChangeStatus status) {
    }

    static byte[] render(StatisticsExport.Format format, TransferStatistics stats, List<ChangeRow> changes,
                         String watermark, LongFunction<String> schools, Locale locale) {
        List<List<String>> months = new ArrayList<>();
        for (TransferStatistics.Month m : stats.months()) {
            months.add(List.of(schools.apply(m.schoolId()), m.month().toString(), String.valueOf(m.in()),
                    String.valueOf(m.out())));
        }
        List<List<String>> details = new ArrayList<>();
        for (ChangeRow c : changes) {
            details.add(List.of(String.valueOf(c.id()), c.type().format(locale), String.valueOf(c.studentId()),
                    schools.apply(c.fromSchoolId()), c.toSchoolId() == null ? "-" : schools.apply(c.toSchoolId()),
                    TIME.format(c.submittedAt()), c.decidedAt() == null ? "-" : TIME.format(c.decidedAt()),
                    c.status().format(locale)));
        }
        String none = StatisticsText.NONE.format(locale);
        String summary = StatisticsText.SUMMARY.format(locale, stats.decided(),
                stats.medianDays() == null ? none : stats.medianDays(), stats.p90Days() == null ? none : stats.p90Days(),
                stats.overdueNow());
        String footer = watermark == null ? StatisticsText.AGGREGATE_ONLY.format(locale)
                : StatisticsText.RELEASE.format(locale, watermark);
        String title = StatisticsText.TITLE.format(locale, String.valueOf(stats.year()));
        List<String> monthHeader = List.of(StatisticsText.COL_SCHOOL.format(locale),
                StatisticsText.COL_MONTH.format(locale), StatisticsText.COL_IN.format(locale),
                StatisticsText.COL_OUT.format(locale));
        List<String> changeHeader = List.of(StatisticsText.COL_CHANGE.format(locale),
                StatisticsText.COL_TYPE.format(locale), StatisticsText.COL_STUDENT.format(locale),
                StatisticsText.COL_FROM.format(locale), StatisticsText.COL_TO.format(locale),
                StatisticsText.COL_SUBMITTED.format(locale), StatisticsText.COL_DECIDED.format(locale),
                StatisticsText.COL_STATUS.format(locale));
        return format == StatisticsExport.Format.PDF
                ? pdf(title, summary, footer, monthHeader, months, changeHeader, details, watermark != null)
                : xlsx(title, summary, footer, monthHeader, months, changeHeader, details, watermark != null, locale);
    }

    private static byte[] xlsx(String title, String summary, String footer, List<String> monthHeader,
                               List<List<String>> months, List<String> changeHeader, List<List<String>> details,
                               boolean withChanges, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(out)) {
            XlsxWriter.Sheet sheet = writer.sheet(StatisticsText.SHEET_MONTHS.format(locale));
            sheet.header(monthHeader, new int[] {30, 10, 8, 8});
            months.forEach(sheet::row);
            sheet.skip(1);
            sheet.row(List.of(title));
            sheet.row(List.of(summary));
            sheet.row(List.of(footer));
            if (withChanges) {
                XlsxWriter.Sheet rows = writer.sheet(StatisticsText.SHEET_CHANGES.format(locale));
                rows.header(changeHeader, new int[] {8, 12, 10, 30, 30, 16, 16, 8});
                details.forEach(rows::row);
                rows.skip(1);
                rows.row(List.of(footer));
            }
        }
        return out.toByteArray();
    }

    private static byte[] pdf(String title, String summary, String footer, List<String> monthHeader,
                              List<List<String>> months, List<String> changeHeader, List<List<String>> details,
                              boolean withChanges) {
        try (PdfDocument pdf = new PdfDocument(title, null)) {
            try (PageWriter w = pdf.writer()) {
                w.newPage();
                float left = PageWriter.left();
                w.textCentered(title, left + PageWriter.contentWidth() / 2, w.y() - 18, 16);
                w.down(32);
                w.text(summary, left, w.y() - 12, 10);
                w.down(22);
                table(w, monthHeader, months, new float[] {0.46f, 0.18f, 0.18f, 0.18f});
                if (withChanges) {
                    w.down(12);
                    table(w, changeHeader, details, new float[] {0.08f, 0.12f, 0.08f, 0.2f, 0.2f, 0.13f, 0.13f, 0.06f});
                }
                w.down(12);
                w.ensure(16);
                w.text(footer, left, w.y() - 12, 9);
            }
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(PageWriter w, List<String> header, List<List<String>> rows, float[] share)
            throws IOException {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        float width = PageWriter.contentWidth();
        for (List<String> row : all) {
            if (!w.fits(18)) {
                w.newPage();
            }
            float x = PageWriter.left();
            for (int i = 0; i < row.size(); i++) {
                float cell = width * share[i];
                w.box(x, w.y() - 18, cell, 18);
                w.text(cut(row.get(i), (int) (cell / 5.5f)), x + 3, w.y() - 13, 8);
                x += cell;
            }
            w.down(18);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }

    private StatisticsFiles() {
    }
}
