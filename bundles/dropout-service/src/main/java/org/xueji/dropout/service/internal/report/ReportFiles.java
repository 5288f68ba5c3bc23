package org.xueji.dropout.service.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.api.report.CampaignFigures;
import org.xueji.dropout.api.report.DropoutReport;
import org.xueji.dropout.api.report.ReportMessages;
import org.xueji.dropout.api.report.SchoolFigures;
import org.xueji.platform.documents.pdf.Cell;
import org.xueji.platform.documents.pdf.PageWriter;
import org.xueji.platform.documents.pdf.PdfDocument;
import org.xueji.platform.documents.pdf.RowPainter;
import org.xueji.platform.documents.spreadsheet.XlsxWriter;

/**
 * A report as tables of (label, number): the same sections in the PDF (one table after another)
 * and the spreadsheet (one sheet per section). Chinese, as the console's text.
 */
final class ReportFiles {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A titled table: header and rows of text. */
    record Section(String title, List<String> header, List<List<String>> rows) {
    }

    private ReportFiles() {
    }

    static String t(ReportMessages m, Object... args) {
        return m.format(ZH, args);
    }

    static List<Section> sections(DropoutReport r, Map<Long, String> schoolNames) {
        List<Section> out = new ArrayList<>();
        List<String> figure = List.of(t(ReportMessages.LABEL_FIGURE), t(ReportMessages.LABEL_COUNT));
        List<List<String>> main = new ArrayList<>();
        main.add(List.of(t(ReportMessages.LABEL_SUSPECTED_END), n(r.suspectedAtEnd())));
        main.add(List.of(t(ReportMessages.LABEL_DROPOUT_END), n(r.dropoutAtEnd())));
        main.add(List.of(t(ReportMessages.LABEL_STILL_OUT), n(r.stillOut())));
        main.add(List.of(t(ReportMessages.LABEL_NEWLY_FOUND), n(r.newlyFound())));
        main.add(List.of(t(ReportMessages.LABEL_CONFIRMED), n(r.confirmed())));
        main.add(List.of(t(ReportMessages.LABEL_RETURNED), n(r.returned())));
        main.add(List.of(t(ReportMessages.LABEL_PERSUASION_VISITS), n(r.persuasionVisits())));
        main.add(List.of(t(ReportMessages.LABEL_HOME_VISITS), n(r.homeVisitsTotal())));
        for (ContactKind k : ContactKind.values()) {
            main.add(List.of("  " + k.format(ZH), n(r.homeVisits().getOrDefault(k, 0L))));
        }
        out.add(new Section(t(ReportMessages.PERIOD, r.from().toString(), r.to().toString()), figure, main));
        List<List<String>> closed = new ArrayList<>();
        for (ClosingOutcome o : ClosingOutcome.values()) {
            closed.add(List.of(o.format(ZH), n(r.closed().getOrDefault(o, 0L))));
        }
        out.add(new Section(t(ReportMessages.LABEL_CLOSED_BY_OUTCOME), figure, closed));
        List<List<String>> reasons = new ArrayList<>();
        for (ReasonCategory c : ReasonCategory.values()) {
            reasons.add(List.of(c.format(ZH), n(r.reasonsOpen().getOrDefault(c, 0L))));
        }
        out.add(new Section(t(ReportMessages.LABEL_REASONS), figure, reasons));
        List<List<String>> campaigns = new ArrayList<>();
        for (CampaignFigures c : r.campaigns()) {
            campaigns.add(List.of(c.title(), n(c.households()), n(c.recorded()), n(c.outOfSchool())));
        }
        out.add(new Section(t(ReportMessages.LABEL_CAMPAIGNS), List.of(t(ReportMessages.LABEL_CAMPAIGN),
                t(ReportMessages.LABEL_HOUSEHOLDS), t(ReportMessages.LABEL_RECORDED),
                t(ReportMessages.LABEL_OUT_OF_SCHOOL)), campaigns));
        List<List<String>> schools = new ArrayList<>();
        for (SchoolFigures s : r.bySchool()) {
            schools.add(List.of(schoolNames.getOrDefault(s.schoolId(), String.valueOf(s.schoolId())),
                    n(s.suspectedAtEnd()), n(s.dropoutAtEnd()), n(s.newlyFound()), n(s.returned())));
        }
        out.add(new Section(t(ReportMessages.LABEL_BY_SCHOOL), List.of(t(ReportMessages.LABEL_SCHOOL),
                t(ReportMessages.LABEL_SUSPECTED_END), t(ReportMessages.LABEL_DROPOUT_END),
                t(ReportMessages.LABEL_NEWLY_FOUND), t(ReportMessages.LABEL_RETURNED)), schools));
        List<List<String>> towns = new ArrayList<>();
        r.byTown().forEach((town, count) -> towns.add(List.of(town.isEmpty() ? "—" : town, n(count))));
        out.add(new Section(t(ReportMessages.LABEL_BY_TOWN), List.of(t(ReportMessages.LABEL_TOWN),
                t(ReportMessages.LABEL_COUNT)), towns));
        return out;
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    static byte[] xlsx(String title, List<Section> sections) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter x = new XlsxWriter(bytes)) {
            int i = 1;
            for (Section s : sections) {
                XlsxWriter.Sheet sheet = x.sheet(i++ + " " + sheetName(s.title()));
                int[] widths = new int[s.header().size()];
                java.util.Arrays.fill(widths, 14);
                widths[0] = 30;
                sheet.header(s.header(), widths).pageHeaderAndFooter(title);
                s.rows().forEach(sheet::row);
                sheet.skip(1);
                sheet.row(List.of(t(ReportMessages.NOTE_AGGREGATE)));
            }
        }
        return bytes.toByteArray();
    }

    /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String title) {
        String s = title.replaceAll("[:\\\\/?*\\[\\]：]", " ").strip();
        return s.length() > 27 ? s.substring(0, 27) : s;
    }

    static byte[] pdf(String title, List<Section> sections, Instant printedAt) {
        GregorianCalendar created = GregorianCalendar.from(printedAt.atZone(ReportFigures.ZONE));
        try (PdfDocument pdf = new PdfDocument(title, created); PageWriter w = pdf.writer()) {
            w.newPage();
            w.textCentered(title, PageWriter.PAGE_WIDTH / 2, w.y(), 15);
            w.down(26);
            RowPainter painter = new RowPainter(w);
            float total = PageWriter.contentWidth() / org.xueji.platform.documents.pdf.Units.mm(1);
            for (Section s : sections) {
                w.ensure(RowPainter.LEADING * 3);
                w.text(s.title(), PageWriter.left(), w.y(), 11);
                w.down(RowPainter.LEADING);
                float first = Math.min(70, total / 2);
                float rest = s.header().size() <= 1 ? 0 : (total - first) / (s.header().size() - 1);
                row(w, painter, s.header(), first, rest, true);
                for (List<String> r : s.rows()) {
                    row(w, painter, r, first, rest, false);
                }
                w.down(RowPainter.LEADING);
            }
            w.ensure(RowPainter.LEADING);
            w.text(t(ReportMessages.NOTE_AGGREGATE), PageWriter.left(), w.y(), 9);
            w.close();
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(PageWriter w, RowPainter painter, List<String> values, float firstMm, float restMm,
                            boolean header) throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            float width = i == 0 ? firstMm : restMm;
            cells.add(header ? Cell.header(values.get(i), width)
                    : i == 0 ? Cell.value(values.get(i), width) : Cell.centered(values.get(i), width));
        }
        float h = painter.height(cells, RowPainter.LEADING);
        w.ensure(h);
        painter.draw(PageWriter.left(), cells, h); // moves below the row
    }
}
