package org.xueji.ui.admin.calendar;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.xueji.platform.api.calendar.CalendarService;

/**
 * Receives one calendar file (D2): at most {@link CalendarService#MAX_IMPORT_BYTES}, read with a
 * hard cap whatever the browser claims, and judged by content (a JSON object, not by its name).
 * The service then judges the JSON itself.
 */
final class JsonUpload implements UploadHandler {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = CalendarService.MAX_IMPORT_BYTES;

    /** What happened to one upload: the bytes, or the reason of the refusal. */
    interface Callback extends java.io.Serializable {
        void received(String fileName, byte[] content, CalendarUiText refusal);
    }

    private final Callback callback;

    JsonUpload(Callback callback) {
        this.callback = callback;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = cleanName(event.getFileName());
        byte[] bytes = event.getFileSize() > MAX_BYTES ? null : readLimited(event.getInputStream());
        if (bytes == null) {
            callback.received(name, null, CalendarUiText.IMPORT_TOO_LARGE);
            throw new IOException("upload larger than " + MAX_BYTES + " bytes refused");
        }
        CalendarUiText refusal = judge(bytes);
        callback.received(name, refusal == null ? bytes : null, refusal);
    }

    /** {@code null} when the bytes look like a JSON object, else the refusal. */
    static CalendarUiText judge(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return CalendarUiText.IMPORT_TOO_LARGE;
        }
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{' ? null : CalendarUiText.IMPORT_NOT_JSON;
    }

    /** The whole stream, or {@code null} when it is longer than the limit. */
    static byte[] readLimited(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        }
    }

    static String cleanName(String name) {
        if (name == null) {
            return "";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.chars().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return base.length() > 100 ? base.substring(0, 100) : base;
    }

    @Override
    public long getFileSizeMax() {
        return MAX_BYTES;
    }

    @Override
    public long getRequestSizeMax() {
        return MAX_BYTES + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
