package org.xueji.ui.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The optional scan of the bureau's written approval (R4): PDF, JPG or PNG up to 5 MB, kept in
 * memory until the request is submitted. The content must match the name's type.
 */
public final class ScanFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** For the upload component's file chooser. */
    public static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png",
            ".png"};

    /** Why the file is refused, or {@code null} when it is acceptable. */
    public static AdminUiText check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return AdminUiText.SCAN_EMPTY;
        }
        if (content.length > MAX_BYTES) {
            return AdminUiText.SCAN_TOO_LARGE;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean ok;
        if (name.endsWith(".pdf")) {
            ok = startsWith(content, 0x25, 0x50, 0x44, 0x46); // %PDF
        } else if (name.endsWith(".png")) {
            ok = startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            ok = startsWith(content, 0xFF, 0xD8, 0xFF);
        } else {
            return AdminUiText.SCAN_WRONG_TYPE;
        }
        return ok ? null : AdminUiText.SCAN_CONTENT_MISMATCH;
    }

    /**
     * Reads an upload, at most {@link #MAX_BYTES}: {@code null} when the stream holds more (the
     * client's size limit can be bypassed, the server's cannot).
     */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
    }

    /** The file name without any path a browser may send, at most 100 characters. */
    public static String cleanName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c)).forEach(b::appendCodePoint);
        String v = b.toString().strip();
        return v.length() > 100 ? v.substring(v.length() - 100) : v;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private ScanFiles() {
    }
}
