package org.xueji.dropout.api;

/** The bytes of a visit's evidence with its media type. */
public record Evidence(String name, String mediaType, byte[] content) {
}
