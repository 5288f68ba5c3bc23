package org.xueji.registry.api;

/** New students of one school for an entry grade and school year, and how many were registered late. */
public record IntakeCount(long schoolId, long registered, long late) {
}
