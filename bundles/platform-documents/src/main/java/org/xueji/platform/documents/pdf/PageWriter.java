package org.xueji.platform.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a document top to bottom on A4 portrait pages: keeps the current page, its content
 * stream and the vertical position ({@link #y()}, PDF points from the bottom edge), starts a
 * new page when content does not fit, and offers simple drawing primitives.
 */
public final class PageWriter implements AutoCloseable {

    /** Draws something at the top of each page after the first and moves {@link #y()} below it. */
    @FunctionalInterface
    public interface PageStart {
        void draw(PageWriter writer) throws IOException;
    }

    static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    /** A4 in points. */
    public static final float PAGE_WIDTH = PAGE_SIZE.getWidth();
    public static final float PAGE_HEIGHT = PAGE_SIZE.getHeight();
    public static final float MARGIN_LEFT = Units.mm(15);
    public static final float MARGIN_RIGHT = Units.mm(15);
    public static final float MARGIN_TOP = Units.mm(14);
    /** Content stops here; the footer is below. */
    public static final float CONTENT_BOTTOM = Units.mm(20);
    public static final float LINE_WIDTH = 0.6f;

    private final PDDocument document;
    private final FormFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PageStart continuation = w -> { };
    private PDPageContentStream cs;
    private float y;

    PageWriter(PDDocument document, FormFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    FormFonts fonts() {
        return fonts;
    }

    public void onContinuationPage(PageStart start) {
        this.continuation = start;
    }

    public static float left() {
        return MARGIN_LEFT;
    }

    public static float right() {
        return PAGE_WIDTH - MARGIN_RIGHT;
    }

    public static float contentWidth() {
        return right() - left();
    }

    public static float top() {
        return PAGE_SIZE.getHeight() - MARGIN_TOP;
    }

    public float y() {
        return y;
    }

    public void down(float dy) {
        y -= dy;
    }

    List<PDPage> pages() {
        return pages;
    }

    /** Starts the next page; pages after the first begin with the continuation heading. */
    public void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(document, page);
        cs.setLineWidth(LINE_WIDTH);
        y = top();
        if (pages.size() > 1) {
            continuation.draw(this);
        }
    }

    /** Whether a block of this height fits on the current page below {@link #y()}. */
    public boolean fits(float height) {
        return y - height >= CONTENT_BOTTOM;
    }

    /** Starts a new page unless the height fits; true when a page was started. */
    public boolean ensure(float height) throws IOException {
        if (cs == null || !fits(height)) {
            newPage();
            return true;
        }
        return false;
    }

    /** Text with its baseline at {@code baseline}, starting at {@code x}. */
    public void text(String text, float x, float baseline, float size) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        fonts.show(cs, text, size);
        cs.endText();
    }

    /** The width of the text in points at this size, as drawn with this document's fonts. */
    public float textWidth(String text, float size) throws IOException {
        return fonts.width(text, size);
    }

    public void textCentered(String text, float centerX, float baseline, float size) throws IOException {
        text(text, centerX - fonts.width(text, size) / 2, baseline, size);
    }

    public void textRight(String text, float rightX, float baseline, float size) throws IOException {
        text(text, rightX - fonts.width(text, size), baseline, size);
    }

    public void line(float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** A bordered rectangle; {@code bottom} is its lower edge. */
    public void box(float x, float bottom, float width, float height) throws IOException {
        cs.addRect(x, bottom, width, height);
        cs.stroke();
    }

    /** A rectangle filled with a gray level (0 black … 1 white), no border. */
    public void fill(float x, float bottom, float width, float height, float gray) throws IOException {
        cs.setNonStrokingColor(gray);
        cs.addRect(x, bottom, width, height);
        cs.fill();
        cs.setNonStrokingColor(0f);
    }

    public void dashed(boolean on) throws IOException {
        if (on) {
            cs.setLineDashPattern(new float[] {2f, 2f}, 0);
        } else {
            cs.setLineDashPattern(new float[0], 0);
        }
    }

    /** Closes the content stream of the current page. */
    @Override
    public void close() throws IOException {
        closeStream();
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** Draws on every finished page, e.g. the footer once the page count is known. */
    public void eachPage(PageDrawing drawing) throws IOException {
        closeStream();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream append = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = append;
                cs.setLineWidth(LINE_WIDTH);
                drawing.draw(this, i + 1, pages.size());
            } finally {
                cs = null;
            }
        }
    }

    /** Drawing on one finished page. */
    @FunctionalInterface
    public interface PageDrawing {
        void draw(PageWriter writer, int pageNumber, int pageCount) throws IOException;
    }
}
