package org.xueji.ui.shell.kit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.xueji.ui.shell.api.UiContext;

/**
 * One file upload, read into memory and judged on the server ({@link UploadRules}): size limit
 * (the browser's limit is only a courtesy), kind by content. Below the upload a line (element
 * id {@code <id>-state}) says what was received or, in the user's language, why the file was
 * refused; a refused file is never handed to the listener. For small files (scans, calendar
 * JSON); large imports stream to a temporary file instead.
 */
public class UploadField extends Div {

    private static final long serialVersionUID = 1L;

    /** A file that passed the rules. */
    public record Received(String fileName, ContentKind kind, byte[] content) implements Serializable {
    }

    /** Gets accepted files (in the UI thread) and {@code null} when the file was removed or refused. */
    public interface Listener extends Serializable {
        void received(Received file);
    }

    private final Upload upload = new Upload();
    private final Span state = new Span();
    private final UploadRules rules;

    public UploadField(String id, String label, UploadRules rules, Listener listener) {
        this.rules = rules;
        Locale locale = UiContext.locale();
        UI ui = UI.getCurrent();
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, rules.maxBytes()));
        upload.setAcceptedFileTypes(rules.chooserTypes());
        upload.setI18n(i18n(locale, rules));
        upload.setUploadHandler(new Handler(rules, (name, verdict, content) -> {
            // runs without the session lock
            if (ui != null) {
                ui.access(() -> show(name, verdict, content, listener));
            }
        }));
        // without push, the client's end-of-upload event is the round trip that carries the state
        upload.getElement().addEventListener("upload-success", e -> { });
        upload.getElement().addEventListener("upload-error", e -> { });
        upload.addFileRejectedListener(e -> refusedByBrowser(e.getFileName(), listener));
        upload.addFileRemovedListener(e -> {
            state.setText("");
            listener.received(null);
        });
        state.setId(id + "-state");
        state.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500");
        add(caption, upload, state);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
    }

    /** Forgets the shown file and message. */
    public void clear() {
        upload.clearFileList();
        state.setText("");
    }

    public Upload upload() {
        return upload;
    }

    private void show(String name, UploadRules.Verdict verdict, byte[] content, Listener listener) {
        Locale locale = UiContext.locale();
        if (verdict.accepted()) {
            state.setText(KitText.UPLOAD_RECEIVED.format(locale, name, verdict.kind().label().format(locale)));
            state.getStyle().set("color", "var(--lumo-success-text-color)");
            listener.received(new Received(name, verdict.kind(), content));
        } else {
            state.setText(verdict.refusal().message(locale));
            state.getStyle().set("color", "var(--lumo-error-text-color)");
            upload.clearFileList();
            listener.received(null);
        }
    }

    private void refusedByBrowser(String fileName, Listener listener) {
        Locale locale = UiContext.locale();
        state.setText(KitText.UPLOAD_REFUSED_BY_BROWSER.format(locale, cleanName(fileName),
                UploadRules.sizeText(rules.maxBytes()), rules.acceptedText(locale)));
        state.getStyle().set("color", "var(--lumo-error-text-color)");
        listener.received(null);
    }

    private static UploadI18N i18n(Locale locale, UploadRules rules) {
        String add = KitText.UPLOAD_BUTTON.format(locale);
        String drop = KitText.UPLOAD_DROP.format(locale);
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(KitText.UPLOAD_ONE_FILE.format(locale))
                        .setFileIsTooBig(KitText.UPLOAD_REFUSED_BY_BROWSER.format(locale, "",
                                UploadRules.sizeText(rules.maxBytes()), rules.acceptedText(locale)))
                        .setIncorrectFileType(KitText.UPLOAD_REFUSED_BY_BROWSER.format(locale, "",
                                UploadRules.sizeText(rules.maxBytes()), rules.acceptedText(locale))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    /** The file name without any path a browser may send, without control characters, at most 100 characters. */
    public static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c)).forEach(b::appendCodePoint);
        String v = b.toString().strip();
        return v.length() > 100 ? v.substring(v.length() - 100) : v;
    }

    /** Reads one file into memory, at most the limit, and judges it. */
    private static final class Handler implements UploadHandler {

        private static final long serialVersionUID = 1L;

        interface Callback extends Serializable {
            void done(String fileName, UploadRules.Verdict verdict, byte[] content);
        }

        private final UploadRules rules;
        private final Callback callback;

        Handler(UploadRules rules, Callback callback) {
            this.rules = rules;
            this.callback = callback;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String name = cleanName(event.getFileName());
            if (event.getFileSize() > rules.maxBytes()) {
                callback.done(name, rules.check(name, event.getFileSize(), null), null);
                throw new IOException("upload larger than " + rules.maxBytes() + " bytes refused");
            }
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, rules.maxBytes() + 1));
            }
            UploadRules.Verdict verdict = rules.check(name, bytes.length, bytes);
            callback.done(name, verdict, verdict.accepted() ? bytes : null);
            if (!verdict.accepted() && bytes.length > rules.maxBytes()) {
                throw new IOException("upload larger than " + rules.maxBytes() + " bytes refused");
            }
        }

        @Override
        public long getFileSizeMax() {
            return rules.maxBytes();
        }

        @Override
        public long getRequestSizeMax() {
            // the multipart envelope around one file
            return rules.maxBytes() + 64 * 1024;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }
}
