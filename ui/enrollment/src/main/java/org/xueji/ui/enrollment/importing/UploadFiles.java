package org.xueji.ui.enrollment.importing;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.FileFactory;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.FileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.xueji.enrollment.api.StudentImportService;

/**
 * Uploads of spreadsheets (student imports, 人籍一致 rosters): one .xlsx, .xls or .csv file of
 * at most {@link StudentImportService#MAX_FILE_BYTES}, received into a temporary file (a
 * 50 MB file does not belong in the session's memory). The size limit is enforced on the
 * server as well: the browser's limit is only a courtesy. The service checks the content.
 */
public final class UploadFiles {

    /** For the file chooser; the service recognises the real type from the content. */
    static final String[] ACCEPTED = {".xlsx", ".xls", ".csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel", "text/csv"};

    /** A received file: its cleaned name and the temporary copy, which the receiver deletes. */
    public record Received(String name, Path path) implements Serializable {

        public void delete() {
            deleteQuietly(path);
        }
    }

    /** Called in the UI thread (with the session lock) once a file is in. */
    @FunctionalInterface
    public interface Listener extends Serializable {
        void received(Received file);
    }

    /**
     * An upload of one spreadsheet.
     *
     * @param failed called in the UI thread when the server refused or lost the transfer
     */
    public static Upload create(String id, Locale locale, Listener listener, Runnable failed) {
        TempFileFactory files = new TempFileFactory();
        FileUploadHandler handler = new LimitedHandler((meta, file) -> {
            files.forget(); // the listener owns the file now
            listener.received(new Received(cleanName(meta.fileName()), file.toPath()));
        }, files);
        handler.whenComplete(success -> {
            if (!success) {
                files.deleteLast();
                failed.run();
            }
        });
        Upload upload = new Upload(handler);
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) StudentImportService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(i18n(locale));
        // without push, the client's end-of-upload event is the round trip that carries the
        // changes the callback made
        upload.getElement().addEventListener("upload-success", e -> { });
        upload.getElement().addEventListener("upload-error", e -> { });
        return upload;
    }

    /** The file name without any path a browser may send, without control characters, at most 100 characters. */
    static String cleanName(String fileName) {
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

    static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }

    private static UploadI18N i18n(Locale locale) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(ImportUiText.UPLOAD_ADD.format(locale))
                        .setMany(ImportUiText.UPLOAD_ADD.format(locale)))
                .setDropFiles(new UploadI18N.DropFiles().setOne(ImportUiText.UPLOAD_DROP.format(locale))
                        .setMany(ImportUiText.UPLOAD_DROP.format(locale)))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(ImportUiText.UPLOAD_TOO_MANY.format(locale))
                        .setFileIsTooBig(ImportUiText.UPLOAD_TOO_BIG.format(locale,
                                StudentImportService.MAX_FILE_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(ImportUiText.UPLOAD_WRONG_TYPE.format(locale)))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    /** Server-side limits: one file, {@link StudentImportService#MAX_FILE_BYTES}. */
    private static final class LimitedHandler extends FileUploadHandler {

        private static final long serialVersionUID = 1L;

        LimitedHandler(FileUploadCallback callback, TempFileFactory files) {
            super(callback, files);
        }

        @Override
        public long getFileSizeMax() {
            return StudentImportService.MAX_FILE_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            // the multipart envelope around one file
            return StudentImportService.MAX_FILE_BYTES + 64 * 1024;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    /** Temporary files only the server's user can read; remembers the last one to delete it after a failure. */
    private static final class TempFileFactory implements FileFactory {

        private static final long serialVersionUID = 1L;

        private transient volatile Path last;

        @Override
        public File createFile(UploadMetadata metadata) throws IOException {
            // owner-only permissions on POSIX systems; deleted by the receiver once used
            Path path = Files.createTempFile("xueji-upload-", ".tmp");
            last = path;
            return path.toFile();
        }

        void forget() {
            last = null;
        }

        void deleteLast() {
            deleteQuietly(last);
            last = null;
        }
    }

    private UploadFiles() {
    }
}
