package org.xueji.enrollment.service.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.xueji.platform.documents.pdf.Cell;
import org.xueji.platform.documents.pdf.PageWriter;
import org.xueji.platform.documents.pdf.PdfDocument;
import org.xueji.platform.documents.pdf.RowPainter;
import org.xueji.platform.documents.pdf.Units;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.Ethnicity;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;

/**
 * Renders the printable 学生学籍登记表 (requirement D3) as an A4 PDF: the record in a
 * bordered grid with a photo box, the guardians, the change history (continued on further
 * pages with its header repeated), the school's seal and the registrar's signature, and on
 * every page the page number and who printed it when.
 *
 * <p>The CJK font (DroidSansFallbackFull) is read from this bundle and embedded as a subset
 * in each document; Latin letters and digits, which it lacks, use Liberation Sans from the
 * PDFBox jar, also embedded as a subset (see platform-documents' PdfDocument). Thread-safe: each call builds
 * its own document.
 */
public final class RegistrationFormPdf {

    static final String TITLE = "学生学籍登记表";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu年MM月");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private static final float TITLE_SIZE = 20f;
    private static final float HEADING_SIZE = 11f;
    private static final float SMALL_SIZE = 9f;
    private static final float ROW_MIN = Units.mm(8);
    private static final float PHOTO_ROW_MIN = Units.mm(10);
    private static final float TABLE_ROW_MIN = Units.mm(7);
    private static final float PHOTO_WIDTH = Units.mm(25);
    private static final float PHOTO_HEIGHT = Units.mm(35);
    private static final float SEAL_SPACE = Units.mm(40);
    private static final float SIGNATURE_GAP = Units.mm(8);
    /** Gap, signature line, seal space and date line. */
    private static final float SIGNATURE_HEIGHT = SIGNATURE_GAP + HEADING_SIZE + SEAL_SPACE + Units.mm(2);
    private static final int GUARDIAN_ROWS = 2;
    private static final int HISTORY_ROWS = 3;

    private final ZoneId zone;

    /** Times of the history in China Standard Time. */
    public RegistrationFormPdf() {
        this(ZoneId.of("Asia/Shanghai"));
    }

    /** @param zone the zone in which history times are shown */
    public RegistrationFormPdf(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The form as PDF bytes.
     *
     * @throws UncheckedIOException if the font cannot be read or the PDF cannot be written
     */
    public byte[] render(RegistrationForm form) {
        Objects.requireNonNull(form, "form");
        try (PdfDocument document = new PdfDocument(TITLE + " " + blankIfNull(form.student().data().name()),
                form.printedAt() == null ? null : GregorianCalendar.from(form.printedAt().atZone(zone)))) {
            try (PageWriter writer = document.writer()) {
                writer.onContinuationPage(w -> continuationHeading(w, form));
                writer.newPage();
                heading(writer, form);
                RowPainter rows = new RowPainter(writer);
                record(writer, rows, form);
                guardians(writer, rows, form.student().data().guardians());
                history(writer, rows, form.history());
                signatures(writer);
                writer.eachPage((w, page, pages) -> footer(w, form, page, pages));
            }
            return document.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("学籍登记表 PDF: " + e.getMessage(), e);
        }
    }

    // ---- page parts --------------------------------------------------------------------

    private static void heading(PageWriter w, RegistrationForm form) throws IOException {
        float center = PageWriter.left() + PageWriter.contentWidth() / 2;
        w.down(TITLE_SIZE);
        w.textCentered(TITLE, center, w.y(), TITLE_SIZE);
        w.down(Units.mm(8));
        w.text("学校：" + blankIfNull(form.schoolName()), PageWriter.left(), w.y(), HEADING_SIZE);
        String printed = form.printedAt() == null ? "" : DATE.format(form.printedAt());
        w.textRight("打印日期：" + printed, PageWriter.right(), w.y(), HEADING_SIZE);
        w.down(Units.mm(3));
    }

    private static void continuationHeading(PageWriter w, RegistrationForm form) throws IOException {
        StudentData d = form.student().data();
        w.down(SMALL_SIZE);
        w.text(TITLE + "（续）", PageWriter.left(), w.y(), SMALL_SIZE);
        w.textRight("姓名：" + blankIfNull(d.name()) + "    学籍号：" + blankIfNull(form.student().registryNumber()),
                PageWriter.right(), w.y(), SMALL_SIZE);
        w.down(Units.mm(1.5f));
        w.line(PageWriter.left(), w.y(), PageWriter.right(), w.y());
        w.down(Units.mm(4));
    }

    private static void section(PageWriter w, String title, float keepWithNext) throws IOException {
        float height = Units.mm(8);
        w.ensure(height + keepWithNext);
        w.down(Units.mm(5.5f));
        w.text(title, PageWriter.left(), w.y(), HEADING_SIZE);
        w.down(Units.mm(2.5f));
    }

    private static void record(PageWriter w, RowPainter rows, RegistrationForm form) throws IOException {
        Student student = form.student();
        StudentData d = student.data();
        section(w, "一、基本信息", 4 * PHOTO_ROW_MIN);

        // rows beside the photo: 149 mm of fields, 31 mm photo column
        List<List<Cell>> photoRows = List.of(
                List.of(Cell.label("姓名", 22), Cell.value(d.name(), 52.5f),
                        Cell.label("性别", 22), Cell.value(d.sex() == null ? "" : d.sex().label(), 52.5f)),
                List.of(Cell.label("出生日期", 22), Cell.value(date(d.birthDate()), 52.5f),
                        Cell.label("民族", 22), Cell.value(ethnicity(d.ethnicityCode()), 52.5f)),
                List.of(Cell.label("证件类型", 22), Cell.value(label(d.idType()), 52.5f),
                        Cell.label("证件号码", 22), Cell.value(d.idNumber(), 52.5f)),
                List.of(Cell.label("学籍号", 22), Cell.value(student.registryNumber(), 52.5f),
                        Cell.label("国籍/地区", 22), Cell.value(d.nationality(), 52.5f)));
        float[] heights = new float[photoRows.size()];
        float total = 0;
        for (int i = 0; i < heights.length; i++) {
            heights[i] = rows.height(photoRows.get(i), PHOTO_ROW_MIN);
            total += heights[i];
        }
        w.ensure(total);
        float top = w.y();
        for (int i = 0; i < heights.length; i++) {
            rows.draw(PageWriter.left(), photoRows.get(i), heights[i]);
        }
        photo(w, PageWriter.left() + Units.mm(149), top, PageWriter.right() - PageWriter.left() - Units.mm(149),
                top - w.y());

        rows.row(PageWriter.left(), List.of(
                Cell.label("出生地", 22), Cell.value(d.birthPlace(), 52.5f),
                Cell.label("籍贯", 22), Cell.value(d.nativePlace(), 83.5f)), ROW_MIN);
        rows.row(PageWriter.left(), List.of(
                Cell.label("户口所在地", 22), Cell.value(d.householdAddress(), 158)), ROW_MIN);
        rows.row(PageWriter.left(), List.of(
                Cell.label("现住址", 22), Cell.value(d.currentAddress(), 158)), ROW_MIN);
        rows.row(PageWriter.left(), List.of(
                Cell.label("户口性质", 22), Cell.value(label(d.householdType()), 38),
                Cell.label("入学年月", 22), Cell.value(month(d.entryYearMonth()), 38),
                Cell.label("入学方式", 22), Cell.value(label(d.entryWay()), 38)), ROW_MIN);
        rows.row(PageWriter.left(), List.of(
                Cell.label("就读方式", 22), Cell.value(label(d.studyMode()), 52.5f),
                Cell.label("班级", 22), Cell.value(form.className(), 83.5f)), ROW_MIN);
        rows.row(PageWriter.left(), List.of(
                Cell.label("独生子女", 22), Cell.centered(yesNo(d.onlyChild()), 18),
                Cell.label("受过学前教育", 28), Cell.centered(yesNo(d.preschool()), 18),
                Cell.label("留守儿童", 22), Cell.centered(label(d.leftBehind()), 27),
                Cell.label("随迁子女", 22), Cell.centered(yesNo(d.migrant()), 23)), ROW_MIN);
        rows.row(PageWriter.left(), List.of(
                Cell.label("孤儿", 22), Cell.centered(yesNo(d.orphan()), 18),
                Cell.label("烈士或优抚子女", 28), Cell.centered(yesNo(d.martyrChild()), 18),
                Cell.label("随班就读", 22), Cell.centered(yesNo(d.inclusion()), 27),
                Cell.label("残疾类型", 22), Cell.centered(label(d.disability()), 23)), ROW_MIN);
        // 送教上门 (issue 11): set by a special-needs placement decision, shown like 随班就读
        rows.row(PageWriter.left(), List.of(
                Cell.label("送教上门", 22), Cell.centered(yesNo(student.homeTeaching()), 18),
                Cell.value("", 140)), ROW_MIN);
    }

    /** The photo column: a bordered cell with the 25×35 mm (一寸) photo box centred in it. */
    private static void photo(PageWriter w, float x, float top, float width, float height) throws IOException {
        w.box(x, top - height, width, height);
        float boxX = x + (width - PHOTO_WIDTH) / 2;
        float boxBottom = top - height + (height - PHOTO_HEIGHT) / 2;
        w.dashed(true);
        w.box(boxX, boxBottom, PHOTO_WIDTH, PHOTO_HEIGHT);
        w.dashed(false);
        float centerX = x + width / 2;
        float middle = boxBottom + PHOTO_HEIGHT / 2;
        w.textCentered("照片", centerX, middle + 1, RowPainter.FONT_SIZE);
        w.textCentered("（一寸）", centerX, middle - RowPainter.FONT_SIZE - 1, SMALL_SIZE);
    }

    private static void guardians(PageWriter w, RowPainter rows, List<Guardian> guardians) throws IOException {
        float[] widths = {22, 40, 45, 73};
        List<Cell> header = List.of(Cell.header("关系", widths[0]), Cell.header("姓名", widths[1]),
                Cell.header("联系电话", widths[2]), Cell.header("身份证件号", widths[3]));
        List<List<Cell>> body = new ArrayList<>();
        for (Guardian g : guardians) {
            if (g == null) {
                continue;
            }
            body.add(List.of(Cell.centered(g.relation(), widths[0]), Cell.value(g.name(), widths[1]),
                    Cell.value(g.phone(), widths[2]), Cell.value(g.idNumber(), widths[3])));
        }
        while (body.size() < GUARDIAN_ROWS) {
            body.add(List.of(Cell.centered("", widths[0]), Cell.value("", widths[1]),
                    Cell.value("", widths[2]), Cell.value("", widths[3])));
        }
        section(w, "二、家庭成员或监护人", 2 * TABLE_ROW_MIN);
        rows.table(PageWriter.left(), header, body, TABLE_ROW_MIN, 0);
    }

    private void history(PageWriter w, RowPainter rows, List<HistoryEntry> history) throws IOException {
        float[] widths = {38, 112, 30};
        List<Cell> header = List.of(Cell.header("时间", widths[0]), Cell.header("变动内容", widths[1]),
                Cell.header("经办人", widths[2]));
        List<List<Cell>> body = new ArrayList<>();
        for (HistoryEntry h : history) {
            if (h == null) {
                continue;
            }
            String time = h.time() == null ? "" : TIME.format(h.time().atZone(zone));
            body.add(List.of(Cell.centered(time, widths[0]), Cell.value(h.what(), widths[1]),
                    Cell.centered(h.by(), widths[2])));
        }
        while (body.size() < HISTORY_ROWS) {
            body.add(List.of(Cell.centered("", widths[0]), Cell.value("", widths[1]), Cell.centered("", widths[2])));
        }
        section(w, "三、学籍变动记录", 2 * TABLE_ROW_MIN);
        rows.table(PageWriter.left(), header, body, TABLE_ROW_MIN, SIGNATURE_HEIGHT);
    }

    /** The school's seal (with room for it) and the registrar's signature and date. */
    private static void signatures(PageWriter w) throws IOException {
        w.ensure(SIGNATURE_HEIGHT);
        w.down(SIGNATURE_GAP + HEADING_SIZE);
        float left = PageWriter.left() + Units.mm(8);
        float middle = PageWriter.left() + Units.mm(95);
        w.text("学校（盖章）", left, w.y(), HEADING_SIZE);
        String registrar = "学籍管理员（签字）：";
        w.text(registrar, middle, w.y(), HEADING_SIZE);
        float lineStart = middle + w.textWidth(registrar, HEADING_SIZE);
        w.line(lineStart, w.y() - 2, PageWriter.right() - Units.mm(4), w.y() - 2);
        w.down(SEAL_SPACE);
        w.text("日期：\u3000\u3000\u3000\u3000年\u3000\u3000\u3000月\u3000\u3000\u3000日", middle, w.y(), HEADING_SIZE);
        w.down(Units.mm(2));
    }

    private static void footer(PageWriter w, RegistrationForm form, int page, int pages) throws IOException {
        float lineY = Units.mm(14);
        float baseline = Units.mm(9);
        w.line(PageWriter.left(), lineY, PageWriter.right(), lineY);
        String printedAt = form.printedAt() == null ? "" : TIME.format(form.printedAt());
        w.text("打印人：" + blankIfNull(form.printedBy()) + "    打印时间：" + printedAt,
                PageWriter.left(), baseline, SMALL_SIZE);
        w.textRight("第 " + page + " 页 / 共 " + pages + " 页", PageWriter.right(), baseline, SMALL_SIZE);
    }

    // ---- values ------------------------------------------------------------------------

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

    private static String label(CodedValue value) {
        return value == null ? "" : value.label();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    private static String ethnicity(String code) {
        return code == null || code.isBlank() ? "" : Ethnicity.name(code);
    }
}
