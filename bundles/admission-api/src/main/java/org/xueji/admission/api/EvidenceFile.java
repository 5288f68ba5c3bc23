package org.xueji.admission.api;

/** A stored proof with its bytes, read in the scope of its application (audited). */
public record EvidenceFile(Evidence evidence, byte[] content) {

    /** The media type of the stored kind (PDF, PNG, JPEG: judged by content when stored). */
    public String mediaType() {
        return switch (evidence.kind()) {
            case "PDF" -> "application/pdf";
            case "PNG" -> "image/png";
            case "JPEG" -> "image/jpeg";
            default -> "application/octet-stream";
        };
    }
}
