package org.xueji.admission.api;

/** Filters of the applications list; null means any. A school account always sees its own school only. */
public record ApplicationQuery(Long seasonId, Long schoolId, ApplicationStatus status) {
    public static ApplicationQuery all() {
        return new ApplicationQuery(null, null, null);
    }
}
