package org.xueji.platform.documents.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made .xlsx packages for the limit tests: the smallest SpreadsheetML package POI opens,
 * with a sheet (and shared-strings table) written by the test, so that files no spreadsheet
 * program would write (a zip bomb, a table of a million strings) can be crafted.
 */
final class CraftedXlsx {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            </Types>""";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>""";
    static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String SHEET_END = "</sheetData></worksheet>";

    /** Writes a part's content. */
    @FunctionalInterface
    interface Part {
        void write(OutputStream out) throws IOException;
    }

    private CraftedXlsx() {
    }

    static byte[] of(Part sheet, Part sharedStrings) {
        return of(sheet, sharedStrings, java.util.Map.of());
    }

    /** With further parts (names → content) that no reader looks at, e.g. padding. */
    static byte[] of(Part sheet, Part sharedStrings, java.util.Map<String, Part> extraParts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", out -> out.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8)));
            entry(zip, "_rels/.rels", out -> out.write(ROOT_RELS.getBytes(StandardCharsets.UTF_8)));
            entry(zip, "xl/workbook.xml", out -> out.write(WORKBOOK.getBytes(StandardCharsets.UTF_8)));
            entry(zip, "xl/_rels/workbook.xml.rels", out -> out.write(WORKBOOK_RELS.getBytes(StandardCharsets.UTF_8)));
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
            entry(zip, "xl/sharedStrings.xml", sharedStrings);
            for (java.util.Map.Entry<String, Part> extra : extraParts.entrySet()) {
                entry(zip, extra.getKey(), extra.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A sheet of the given rows' XML and an empty shared-strings table. */
    static byte[] sheet(String rowsXml) {
        return of(text(SHEET_START + rowsXml + SHEET_END), text(sst("")));
    }

    static Part text(String xml) {
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String sst(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items + "</sst>";
    }

    /** An inline-string cell. */
    static String cell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void entry(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        part.write(zip);
        zip.closeEntry();
    }
}
