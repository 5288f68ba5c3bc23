package org.xueji.dropout.api.inspection;

/** An evidence file's content. */
public record EvidenceFile(String name, String mediaType, byte[] content) {
}
