package org.xueji.ui.shell.kit;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * A download served once (R4): an approved release allows a number of downloads, and each
 * export uses one, so the file it produced is handed out once; the same link asked again (a
 * second click, a copied URL) answers 410 Gone — a second copy needs a new export, which
 * needs a release with a download left. A file on disk is deleted once served.
 */
public final class SingleUseDownload implements DownloadHandler {

    private static final long serialVersionUID = 1L;

    /** Writes the file's content. */
    @FunctionalInterface
    public interface Content extends Serializable {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String fileName;
    private final String contentType;
    private final long length;
    private final Content content;
    private final Runnable afterServed;
    private final String refusal;
    private final AtomicBoolean served = new AtomicBoolean();

    private SingleUseDownload(String fileName, String contentType, long length, Content content,
                              Runnable afterServed, Locale locale) {
        this.refusal = KitText.DOWNLOAD_USED.format(locale) + "\n";
        this.fileName = fileName;
        this.contentType = contentType;
        this.length = length;
        this.content = content;
        this.afterServed = afterServed;
    }

    /** @param locale the language of the refusal a second request gets */
    public static SingleUseDownload of(byte[] bytes, String fileName, String contentType, Locale locale) {
        byte[] copy = bytes.clone();
        return new SingleUseDownload(fileName, contentType, copy.length, out -> out.write(copy), () -> { }, locale);
    }

    /** Serves the file once, then deletes it. */
    public static SingleUseDownload ofFile(Path file, String fileName, String contentType, Locale locale) {
        long length = file.toFile().length();
        String path = file.toString();
        return new SingleUseDownload(fileName, contentType, length, out -> Files.copy(Path.of(path), out),
                () -> deleteQuietly(Path.of(path)), locale);
    }

    /** Whether the file was handed out already. */
    public boolean served() {
        return served.get();
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        if (served.get()) {
            refuse(event.getResponse()::setStatus, event.getOutputStream(), refusal);
            return;
        }
        event.setFileName(fileName);
        event.setContentType(contentType);
        event.setContentLength(length);
        serve(event.getOutputStream(), event.getResponse()::setStatus);
    }

    /**
     * The first call writes the content; every later one sets status 410 and writes a short
     * explanation instead. Two requests at once: exactly one gets the content.
     */
    void serve(OutputStream out, IntConsumer status) throws IOException {
        if (!served.compareAndSet(false, true)) {
            refuse(status, out, refusal);
            return;
        }
        try {
            content.writeTo(out);
        } finally {
            afterServed.run();
        }
    }

    private static void refuse(IntConsumer status, OutputStream out, String text) throws IOException {
        status.accept(410);
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
