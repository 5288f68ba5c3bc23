package org.xueji.registry.api;

/** One record of a batch registration with how it came. */
public record PendingRegistration(StudentData data, RegistrationDetails details) {
}
