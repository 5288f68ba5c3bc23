package org.xueji.platform.documents.spreadsheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xueji.platform.documents.DocumentMessages;

/**
 * Reads an .xlsx shared-strings table ({@code <sst><si><t/>|<r><t/></r>…<rPh/></si></sst>})
 * with SAX, refusing it as soon as it has more entries or more text than the limits allow.
 * Phonetic runs ({@code rPh}) are reading aids, not part of the value. An entry longer than a
 * cell may be is cut one character past the limit: the cell using it is refused, with its row.
 */
final class SharedStringsReader extends DefaultHandler {

    private final String fileName;
    private final SpreadsheetLimits limits;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long totalChars;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStringsReader(String fileName, SpreadsheetLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /** The entries in order; an empty list when the workbook has no table. */
    static List<String> read(InputStream table, String fileName, SpreadsheetLimits limits) throws Exception {
        SharedStringsReader handler = new SharedStringsReader(fileName, limits);
        if (table != null) {
            try (InputStream in = table) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(in));
            }
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                if (strings.size() >= limits.maxSharedStrings()) {
                    throw new SpreadsheetException(DocumentMessages.TOO_MANY_SHARED_STRINGS, fileName,
                            limits.maxSharedStrings());
                }
                current.setLength(0);
            }
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // r, rPr and the rest carry no text of their own
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(current.toString());
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        totalChars += length;
        if (totalChars > limits.maxTextChars()) {
            throw new SpreadsheetException(DocumentMessages.TEXT_TOO_LARGE, fileName, limits.maxTextChars());
        }
        int room = limits.maxCellChars() + 1 - current.length();
        if (room > 0) {
            current.append(ch, start, Math.min(length, room));
        }
    }
}
