package org.xueji.registry.api;

/** Totals for the home dashboard, within the actor's scope. */
public record RegistryCounts(long schools, long classes, long students, long overCapClasses) {
}
