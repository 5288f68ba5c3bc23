package org.xueji.ui.ledger;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.xueji.ledger.api.LedgerLimits;

/**
 * Receives a written self-review into memory, refusing more than the ledger's limit on the
 * server as well (the browser's limit is a courtesy). Whether it is a PDF is judged by the
 * ledger service from the content. Runs without the session lock.
 */
final class PdfUpload implements UploadHandler {

    private static final long serialVersionUID = 1L;

    interface Callback extends java.io.Serializable {
        /** {@code content} is null when the file was too large. */
        void received(String fileName, byte[] content);
    }

    private final Callback callback;

    PdfUpload(Callback callback) {
        this.callback = callback;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readLimited(in);
        }
        callback.received(event.getFileName(), bytes);
        if (bytes == null) {
            throw new IOException("upload larger than " + LedgerLimits.MAX_DOCUMENT_BYTES + " bytes refused");
        }
    }

    /** At most the limit; {@code null} when the stream holds more. */
    static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(LedgerLimits.MAX_DOCUMENT_BYTES + 1);
        return bytes.length > LedgerLimits.MAX_DOCUMENT_BYTES ? null : bytes;
    }

    @Override
    public long getFileSizeMax() {
        return LedgerLimits.MAX_DOCUMENT_BYTES;
    }

    @Override
    public long getRequestSizeMax() {
        return LedgerLimits.MAX_DOCUMENT_BYTES + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
