package org.xueji.transfer.api;

import java.util.Objects;

/** An uploaded file; its kind is judged by content on the server, never by its name. */
public record EvidenceUpload(EvidenceCategory category, String fileName, byte[] content) {

    public EvidenceUpload {
        Objects.requireNonNull(category, "category");
        content = content == null ? new byte[0] : content;
    }
}
