package org.xueji.registry.api;

import java.time.Instant;

/**
 * A student record (学籍). One person, one record, for life (D1).
 *
 * @param version optimistic-lock version; pass it back when updating
 */
public record Student(long id, long version, String registryNumber, StudentData data,
                      RegistrationDetails registration, Instant createdAt, Instant updatedAt) {
}
