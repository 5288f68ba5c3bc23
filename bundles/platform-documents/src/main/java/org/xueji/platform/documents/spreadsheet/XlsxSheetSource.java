package org.xueji.platform.documents.spreadsheet;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx with SAX: memory stays flat however many rows there
 * are (only the shared strings are held, within the limits). Opened from a file, so the ZIP
 * is not inflated into memory either.
 */
final class XlsxSheetSource implements SheetSource {

    @Override
    public void read(Path file, String fileName, SpreadsheetLimits limits, RawRowSink sink) throws Exception {
        applyZipLimits(limits);
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = SharedStringsReader.read(reader.getSharedStringsData(), fileName, limits);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = usesDate1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XlsxSheetHandler(strings, styles, date1904, limits, sink));
                xml.parse(new InputSource(sheet));
            }
        } finally {
            pkg.revert(); // read-only: close without saving
        }
    }

    /**
     * POI's zip-bomb guard, checked while each part is inflated (the declared sizes were
     * checked before). Process-wide settings of the POI copy inside this bundle only.
     */
    private static synchronized void applyZipLimits(SpreadsheetLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(limits.maxTextChars());
    }

    /** Workbooks made on old Macs count dates from 1904. */
    private static boolean usesDate1904(XSSFReader reader) throws Exception {
        boolean[] date1904 = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return date1904[0];
    }
}
