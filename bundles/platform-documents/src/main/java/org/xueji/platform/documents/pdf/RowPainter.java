package org.xueji.platform.documents.pdf;

import java.io.IOException;
import java.util.List;

/**
 * Draws table rows of bordered {@link Cell cells} at the writer's position: text wraps
 * inside its cell, the row is as tall as its tallest cell, and a table continued on the next
 * page repeats its header row.
 */
public final class RowPainter {

    public static final float FONT_SIZE = 10f;
    public static final float LEADING = 1.3f * FONT_SIZE;
    public static final float PAD_X = Units.mm(1.5f);
    public static final float PAD_Y = Units.mm(1.2f);
    /** A cell never grows beyond this many lines; longer text ends with an ellipsis. */
    public static final int MAX_LINES = 12;
    public static final float SHADE = 0.92f;

    private final PageWriter writer;

    public RowPainter(PageWriter writer) {
        this.writer = writer;
    }

    /** The height of the row: its tallest cell, at least {@code minHeight}. */
    public float height(List<Cell> row, float minHeight) throws IOException {
        float height = minHeight;
        for (Cell cell : row) {
            int lines = lines(cell).size();
            height = Math.max(height, lines * LEADING + 2 * PAD_Y);
        }
        return height;
    }

    /** Draws the row with its top at the writer's position and moves below it. */
    public void draw(float x, List<Cell> row, float height) throws IOException {
        float top = writer.y();
        float bottom = top - height;
        float cellX = x;
        for (Cell cell : row) {
            if (cell.style().shaded) {
                writer.fill(cellX, bottom, cell.width(), height, SHADE);
            }
            cellX += cell.width();
        }
        cellX = x;
        for (Cell cell : row) {
            writer.box(cellX, bottom, cell.width(), height);
            List<String> lines = lines(cell);
            float blockTop = top - (height - lines.size() * LEADING) / 2;
            for (int i = 0; i < lines.size(); i++) {
                float baseline = blockTop - i * LEADING - (LEADING - FONT_SIZE) / 2 - 0.86f * FONT_SIZE;
                String line = lines.get(i);
                if (cell.style().centered) {
                    writer.textCentered(line, cellX + cell.width() / 2, baseline, FONT_SIZE);
                } else {
                    writer.text(line, cellX + PAD_X, baseline, FONT_SIZE);
                }
            }
            cellX += cell.width();
        }
        writer.down(height);
    }

    /** Measures and draws the row, on a new page if it does not fit. */
    public void row(float x, List<Cell> row, float minHeight) throws IOException {
        float height = height(row, minHeight);
        writer.ensure(height);
        draw(x, row, height);
    }

    /**
     * A table: the header row, then the rows; when a row does not fit, it goes to the next
     * page under a repeated header. The header is never left alone at the bottom of a page,
     * and the last row is kept on the page of the {@code keepWithLast} points that follow the
     * table (so that what follows never stands alone on a page).
     */
    public void table(float x, List<Cell> header, List<List<Cell>> rows, float minHeight, float keepWithLast)
            throws IOException {
        float headerHeight = height(header, minHeight);
        float first = rows.isEmpty() ? 0 : height(rows.get(0), minHeight);
        writer.ensure(headerHeight + first + (rows.size() == 1 ? keepWithLast : 0));
        draw(x, header, headerHeight);
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = rows.get(i);
            float height = height(row, minHeight);
            float needed = i == rows.size() - 1 ? height + keepWithLast : height;
            if (i > 0 && !writer.fits(needed)) {
                writer.newPage();
                draw(x, header, headerHeight);
            }
            draw(x, row, height);
        }
    }

    private List<String> lines(Cell cell) throws IOException {
        FormFonts fonts = writer.fonts();
        return TextWrapper.wrap(cell.text(), cell.width() - 2 * PAD_X, MAX_LINES, t -> fonts.width(t, FONT_SIZE));
    }
}
