package org.xueji.enrollment.api;

/**
 * One difference found by {@link RosterComparison}: a roster row without a record, a record
 * without a roster row, or a field that differs ({@code field} is one of {@code name},
 * {@code idNumber}, {@code grade}, {@code class}).
 *
 * @param record the record concerned, null for {@link DiscrepancyKind#PERSON_WITHOUT_RECORD}
 * @param roster the roster row concerned, null for {@link DiscrepancyKind#RECORD_WITHOUT_PERSON}
 */
public record Finding(DiscrepancyKind kind, RegistryEntry record, RosterEntry roster, String field,
                      String registryValue, String rosterValue) {

    /** The grade this finding belongs to, for ordering (grades 9, 8, 6 first) and the 中考 risk. */
    public Integer gradeLevel() {
        if (roster != null && roster.gradeLevel() != null) {
            return roster.gradeLevel();
        }
        return record == null ? null : record.gradeLevel();
    }
}
