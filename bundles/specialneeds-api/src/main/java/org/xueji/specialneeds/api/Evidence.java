package org.xueji.specialneeds.api;

/** A visit's photo or the guardian's signature: kind ({@code PNG}, {@code JPEG}) and bytes. */
public record Evidence(long id, long visitId, String kind, byte[] content) {
}
