package org.xueji.ui.shell.kit;

import java.util.List;

/** The kinds of file the console accepts, each recognised by its content ({@link ContentSniffer}). */
public enum ContentKind {
    XLSX(KitText.KIND_XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    XLS(KitText.KIND_XLS, "application/vnd.ms-excel", ".xls"),
    CSV(KitText.KIND_CSV, "text/csv", ".csv", ".txt"),
    PDF(KitText.KIND_PDF, "application/pdf", ".pdf"),
    PNG(KitText.KIND_PNG, "image/png", ".png"),
    JPEG(KitText.KIND_JPEG, "image/jpeg", ".jpg", ".jpeg"),
    JSON(KitText.KIND_JSON, "application/json", ".json");

    private final KitText label;
    private final String mediaType;
    private final List<String> extensions;

    ContentKind(KitText label, String mediaType, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public KitText label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** For the browser's file chooser only: the server judges by content. */
    public List<String> extensions() {
        return extensions;
    }
}
