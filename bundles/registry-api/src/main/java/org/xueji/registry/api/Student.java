package org.xueji.registry.api;

import java.time.Instant;

/**
 * A student record (学籍). One person, one record, for life (D1).
 *
 * @param version      optimistic-lock version; pass it back when updating
 * @param homeTeaching 送教上门: set only by an approved special-needs placement
 *                     ({@link org.xueji.registry.api.specialneeds.RegistryPlacements}), never by an
 *                     edit of the record, so it is not one of the editable {@link StudentData} fields
 */
public record Student(long id, long version, String registryNumber, StudentData data,
                      RegistrationDetails registration, Instant createdAt, Instant updatedAt,
                      boolean homeTeaching) {

    /** A record not taught at home (the form before issue 11 added {@link #homeTeaching}). */
    public Student(long id, long version, String registryNumber, StudentData data,
                   RegistrationDetails registration, Instant createdAt, Instant updatedAt) {
        this(id, version, registryNumber, data, registration, createdAt, updatedAt, false);
    }
}
