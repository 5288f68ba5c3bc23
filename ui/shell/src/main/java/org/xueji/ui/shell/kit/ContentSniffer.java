package org.xueji.ui.shell.kit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Tells what a file is from its first bytes (magic numbers), never from its name: a renamed
 * program stays a program. Binary formats are recognised by their signature; an xlsx is a zip
 * whose entries name {@code xl/}; text (CSV, JSON) is content without NUL and other control
 * bytes, in any ASCII-compatible encoding (UTF-8, GB18030).
 */
public final class ContentSniffer {

    /** How many leading bytes are looked at. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] XL_ENTRY = "xl/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * The kind among {@code accepted} that the content is, or empty when it is none of them
     * (or empty). Text that is JSON-shaped counts as JSON when JSON is accepted, else as CSV.
     */
    public static Optional<ContentKind> detect(byte[] content, Set<ContentKind> accepted) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        ContentKind binary = binaryKind(content);
        if (binary != null) {
            return accepted.contains(binary) ? Optional.of(binary) : Optional.empty();
        }
        if (startsWith(content, ZIP) || startsWith(content, OLE2) || !isText(content)) {
            return Optional.empty();
        }
        if (accepted.contains(ContentKind.JSON) && jsonShaped(content)) {
            return Optional.of(ContentKind.JSON);
        }
        return accepted.contains(ContentKind.CSV) ? Optional.of(ContentKind.CSV) : Optional.empty();
    }

    private static ContentKind binaryKind(byte[] c) {
        if (startsWith(c, PDF)) {
            return ContentKind.PDF;
        }
        if (startsWith(c, PNG)) {
            return ContentKind.PNG;
        }
        if (startsWith(c, JPEG)) {
            return ContentKind.JPEG;
        }
        if (startsWith(c, OLE2)) {
            return ContentKind.XLS;
        }
        if (startsWith(c, ZIP) && indexOf(c, XL_ENTRY, Math.min(c.length, HEAD_BYTES)) >= 0) {
            return ContentKind.XLSX;
        }
        return null;
    }

    /** No NUL and no control bytes but tab, line feed, form feed, carriage return and escape. */
    static boolean isText(byte[] c) {
        int end = Math.min(c.length, HEAD_BYTES);
        for (int i = 0; i < end; i++) {
            int b = c[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) {
                return false;
            }
            if (b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean jsonShaped(byte[] c) {
        int i = startsWith(c, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (i < c.length && (c[i] == ' ' || c[i] == '\t' || c[i] == '\r' || c[i] == '\n')) {
            i++;
        }
        return i < c.length && (c[i] == '{' || c[i] == '[');
    }

    private static boolean startsWith(byte[] c, byte[] magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (c[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] c, byte[] part, int end) {
        outer:
        for (int i = 0; i + part.length <= end; i++) {
            for (int j = 0; j < part.length; j++) {
                if (c[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private ContentSniffer() {
    }
}
