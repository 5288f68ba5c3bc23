package org.xueji.platform.documents.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of one worksheet part ({@code <row><c t=".." s=".."><f/><v/><is/></c></row>}).
 * Our own rather than POI's XSSFSheetXMLHandler because we need the cell's type: a
 * formula must be refused, and a number in an ID column detected.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final List<String> strings;
    private final SpreadsheetLimits limits;
    private final StylesTable styles;
    private final boolean date1904;
    private final RawRowSink sink;
    /** Style index → whether its number format is a date; looked up once per style. */
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private int rowNumber;
    private List<RawCell> cells;
    private boolean inCell;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;
    private final StringBuilder inline = new StringBuilder();
    private boolean inInlineString;
    private boolean inInlineText;
    private boolean inPhonetic;

    XlsxSheetHandler(List<String> strings, StylesTable styles, boolean date1904, SpreadsheetLimits limits,
            RawRowSink sink) {
        this.strings = strings;
        this.limits = limits;
        this.styles = styles;
        this.date1904 = date1904;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "f" -> formula |= inCell; // also x14 extensions have <f>, outside cells
            case "v" -> {
                inValue = inCell;
                value.setLength(0);
            }
            case "is" -> {
                inInlineString = inCell;
                inline.setLength(0);
            }
            case "t" -> inInlineText = inInlineString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // other elements carry no cell values
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "row" -> sink.row(rowNumber, cells);
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "is" -> inInlineString = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
            checkLength(value);
        } else if (inInlineText) {
            inline.append(ch, start, length);
            checkLength(inline);
        }
    }

    /** Refuses an overlong cell while it is read, not after it is held whole. */
    private void checkLength(StringBuilder text) {
        LimitingSink.checkCellLength(rowNumber, column, text.length(), limits);
    }

    private void startRow(String reference) {
        // r is optional: then the row follows the previous one
        rowNumber = reference == null ? rowNumber + 1 : Integer.parseInt(reference);
        cells = new ArrayList<>();
        column = -1;
    }

    private void startCell(Attributes attributes) {
        inCell = true;
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : columnIndex(reference);
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        formula = false;
        value.setLength(0);
        inline.setLength(0);
    }

    /** "AB12" → 27; by hand, as CellReference parses with a regular expression (slow per cell). */
    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private void endCell() {
        inCell = false;
        RawCell cell = formula ? new RawCell(column, RawCell.Kind.FORMULA, null) : valueCell();
        if (cell != null) {
            cells.add(cell);
            LimitingSink.checkCellCount(rowNumber, cells.size(), limits); // before a huge row is held
        }
    }

    /** The cell's value, or null for a cell that only carries a style. */
    private RawCell valueCell() {
        String v = value.toString();
        if (type == null || "n".equals(type)) {
            return v.isEmpty() ? null : number(Double.parseDouble(v));
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? null : RawCell.text(column, sharedString(Integer.parseInt(v)));
            case "inlineStr" -> RawCell.text(column, inline.toString());
            case "str" -> RawCell.text(column, v);
            case "b" -> new RawCell(column, RawCell.Kind.BOOLEAN, "1".equals(v) ? "是" : "否");
            case "e" -> new RawCell(column, RawCell.Kind.ERROR, v);
            // ISO 8601 date cells (rare; written by some tools)
            case "d" -> new RawCell(column, RawCell.Kind.DATE, v.length() >= 10 ? v.substring(0, 10) : v);
            default -> RawCell.text(column, v);
        };
    }

    /** An index outside the table is a damaged file. */
    private String sharedString(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalStateException("shared string " + index + " of " + strings.size());
        }
        return strings.get(index);
    }

    private RawCell number(double number) {
        if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            String date = DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString();
            return new RawCell(column, RawCell.Kind.DATE, date);
        }
        return new RawCell(column, RawCell.Kind.NUMBER, CellText.formatNumber(number));
    }

    private boolean isDateStyle(int index) {
        if (styles == null || index >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }
}
