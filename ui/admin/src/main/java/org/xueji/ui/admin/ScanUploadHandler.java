package org.xueji.ui.admin;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives the scanned approval into memory (R4), refusing more than {@link ScanFiles#MAX_BYTES}
 * on the server as well: the browser's size limit is only a courtesy. Runs without the session
 * lock; the callback must use {@code UI.access} for the UI.
 */
final class ScanUploadHandler implements UploadHandler {

    private static final long serialVersionUID = 1L;

    /** What happened to one upload: the bytes, or the reason of the refusal. */
    interface Callback extends java.io.Serializable {
        void received(String fileName, byte[] content, AdminUiText refusal);
    }

    private final Callback callback;

    ScanUploadHandler(Callback callback) {
        this.callback = callback;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = ScanFiles.cleanName(event.getFileName());
        if (event.getFileSize() > ScanFiles.MAX_BYTES) {
            callback.received(name, null, AdminUiText.SCAN_TOO_LARGE);
            throw new IOException("upload larger than " + ScanFiles.MAX_BYTES + " bytes refused");
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = ScanFiles.readLimited(in);
        }
        if (bytes == null) {
            callback.received(name, null, AdminUiText.SCAN_TOO_LARGE);
            throw new IOException("upload larger than " + ScanFiles.MAX_BYTES + " bytes refused");
        }
        AdminUiText refusal = ScanFiles.check(name, bytes);
        callback.received(name, refusal == null ? bytes : null, refusal);
    }

    @Override
    public long getFileSizeMax() {
        return ScanFiles.MAX_BYTES;
    }

    @Override
    public long getRequestSizeMax() {
        // the multipart envelope around one file
        return ScanFiles.MAX_BYTES + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
