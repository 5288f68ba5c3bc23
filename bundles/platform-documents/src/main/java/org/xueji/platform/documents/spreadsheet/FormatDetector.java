package org.xueji.platform.documents.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import java.util.zip.ZipEntry;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.documents.DocumentMessages;

/**
 * Finds a file's format from its content, never from its name: people rename files, and
 * other systems export HTML or pictures under a .xls name. Anything that is not a
 * spreadsheet is refused saying what it seems to be.
 */
final class FormatDetector {

    private static final int HEAD_BYTES = 8192;
    /** Parts smaller than this are not judged by their inflation ratio (as POI's grace size). */
    static final long INFLATE_GRACE_BYTES = 100 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /** Magic numbers of files people upload by mistake, with what to call them. */
    private static final Object[][] KNOWN_BINARIES = {
        {new byte[] {(byte) 0x89, 'P', 'N', 'G'}, DocumentMessages.LOOKS_PNG},
        {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, DocumentMessages.LOOKS_JPEG},
        {new byte[] {'G', 'I', 'F', '8'}, DocumentMessages.LOOKS_GIF},
        {new byte[] {'%', 'P', 'D', 'F'}, DocumentMessages.LOOKS_PDF},
        {new byte[] {'R', 'a', 'r', '!'}, DocumentMessages.LOOKS_RAR},
        {new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, DocumentMessages.LOOKS_7Z},
        {new byte[] {0x1F, (byte) 0x8B}, DocumentMessages.LOOKS_GZIP},
        {new byte[] {'{', '\\', 'r', 't', 'f'}, DocumentMessages.LOOKS_RTF},
    };

    private FormatDetector() {
    }

    static SpreadsheetFormat detect(Path file, String fileName, SpreadsheetLimits limits) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new SpreadsheetException(DocumentMessages.FILE_EMPTY, fileName);
        }
        if (startsWith(head, ZIP)) {
            return zipContent(file, fileName, limits);
        }
        if (startsWith(head, OLE2)) {
            return oleContent(file, fileName);
        }
        for (Object[] known : KNOWN_BINARIES) {
            if (startsWith(head, (byte[]) known[0])) {
                throw unsupported(fileName, (MessageKey) known[1]);
            }
        }
        if (hasUtf16Bom(head)) {
            return SpreadsheetFormat.CSV;
        }
        if (looksBinary(head)) {
            throw unsupported(fileName, DocumentMessages.LOOKS_BINARY);
        }
        MessageKey markup = markup(head);
        if (markup != null) {
            throw unsupported(fileName, markup);
        }
        return SpreadsheetFormat.CSV;
    }

    private static SpreadsheetFormat zipContent(Path file, String fileName, SpreadsheetLimits limits)
            throws IOException {
        Set<String> names = new HashSet<>();
        // ISO-8859-1: entry names of any encoding can be listed; ours are ASCII
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
            long total = 0;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                checkEntry(entry, fileName, limits);
                // a bomb spread over many parts, each small enough on its own
                total += Math.max(0, entry.getSize());
                if (total > limits.maxTotalBytes()) {
                    throw new SpreadsheetException(DocumentMessages.TOTAL_TOO_LARGE, fileName,
                            SheetReader.size(limits.maxTotalBytes()));
                }
                names.add(entry.getName().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        if (names.contains("xl/workbook.xml")) {
            return SpreadsheetFormat.XLSX;
        }
        if (names.contains("xl/workbook.bin")) {
            throw unsupported(fileName, DocumentMessages.LOOKS_XLSB);
        }
        if (names.contains("word/document.xml")) {
            throw unsupported(fileName, DocumentMessages.LOOKS_DOCX);
        }
        if (names.contains("ppt/presentation.xml")) {
            throw unsupported(fileName, DocumentMessages.LOOKS_PPTX);
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            throw unsupported(fileName, DocumentMessages.LOOKS_ODF);
        }
        throw unsupported(fileName, DocumentMessages.LOOKS_ZIP);
    }

    /**
     * Refuses a part whose declared sizes give it away as a zip bomb or too large, before
     * anything is inflated. Sizes can be forged: POI's {@code ZipSecureFile} checks the
     * real ones again while inflating.
     */
    private static void checkEntry(ZipEntry entry, String fileName, SpreadsheetLimits limits) {
        long expanded = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (expanded > limits.maxEntryBytes()) {
            throw new SpreadsheetException(DocumentMessages.ENTRY_TOO_LARGE, fileName,
                    SheetReader.size(limits.maxEntryBytes()));
        }
        if (expanded > INFLATE_GRACE_BYTES && compressed >= 0
                && (double) compressed / expanded < limits.minInflateRatio()) {
            throw new SpreadsheetException(DocumentMessages.ZIP_BOMB, fileName);
        }
    }

    private static SpreadsheetFormat oleContent(Path file, String fileName) {
        Set<String> entries = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            for (Entry entry : root) {
                entries.add(entry.getName().toLowerCase(Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, e);
        }
        if (entries.contains("workbook")) {
            return SpreadsheetFormat.XLS;
        }
        if (entries.contains("encryptioninfo") || entries.contains("encryptedpackage")) {
            throw new SpreadsheetException(DocumentMessages.FILE_ENCRYPTED, fileName);
        }
        if (entries.contains("book")) {
            throw unsupported(fileName, DocumentMessages.LOOKS_EXCEL95);
        }
        if (entries.contains("worddocument")) {
            throw unsupported(fileName, DocumentMessages.LOOKS_DOC);
        }
        if (entries.contains("powerpoint document")) {
            throw unsupported(fileName, DocumentMessages.LOOKS_PPT);
        }
        throw unsupported(fileName, DocumentMessages.LOOKS_OTHER_OFFICE);
    }

    /** HTML or XML posing as a spreadsheet; other systems often export these as “.xls”. */
    private static MessageKey markup(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (!text.startsWith("<")) {
            return null;
        }
        if (text.contains("<html") || text.contains("<table")) {
            return DocumentMessages.LOOKS_HTML;
        }
        return DocumentMessages.LOOKS_XML;
    }

    /** NUL bytes or many control characters: not text in any encoding we read. */
    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        return control > head.length / 100;
    }

    static boolean hasUtf16Bom(byte[] head) {
        return head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static SpreadsheetException unsupported(String fileName, MessageKey looksLike) {
        return new SpreadsheetException(DocumentMessages.FILE_TYPE_UNSUPPORTED, fileName, looksLike);
    }

    static SpreadsheetException unreadable(String fileName, Exception cause) {
        SpreadsheetException e = new SpreadsheetException(DocumentMessages.FILE_UNREADABLE, fileName);
        e.initCause(cause);
        return e;
    }
}
