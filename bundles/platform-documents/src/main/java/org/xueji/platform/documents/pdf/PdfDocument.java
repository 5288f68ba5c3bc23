package org.xueji.platform.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * One PDF being written: A4 pages with Chinese and Latin text (fonts embedded as subsets, see
 * the bundle's NOTICE), drawn with a {@link PageWriter}. Not thread-safe: one per document.
 *
 * <pre>{@code
 * try (PdfDocument pdf = new PdfDocument("学籍登记表 张三", printedAt);
 *      PageWriter w = pdf.writer()) {
 *     w.newPage();
 *     w.text("学校：…", PageWriter.left(), w.y(), 11);
 *     w.close();
 *     return pdf.toBytes();
 * }
 * }</pre>
 */
public final class PdfDocument implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private FormFonts fonts;

    /**
     * @param title   the document title readers show
     * @param created creation time, or null
     */
    public PdfDocument(String title, Calendar created) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Xueji");
        info.setProducer("Xueji / Apache PDFBox");
        if (created != null) {
            info.setCreationDate(created);
        }
    }

    /** A writer of this document's pages (fonts loaded on first use). */
    public PageWriter writer() throws IOException {
        if (fonts == null) {
            fonts = FormFonts.load(document);
        }
        return new PageWriter(document, fonts);
    }

    /** The document as bytes; close every writer first. */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
