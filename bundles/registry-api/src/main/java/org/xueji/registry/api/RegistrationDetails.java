package org.xueji.registry.api;

import java.time.LocalDate;

/**
 * How a record came to be, stored with it.
 *
 * @param entryGrade             grade entered (1 or 7 for new intakes), null when unknown
 * @param dueDate                last day for a timely registration, null when none applies
 * @param late                   created after {@code dueDate}
 * @param duplicateJustification why a suspected duplicate is a different person (kept)
 * @param importBatchId          the import that created it, null for the form
 */
public record RegistrationDetails(Integer entryGrade, LocalDate dueDate, boolean late, String duplicateJustification,
                                  String importBatchId) {

    public static final RegistrationDetails NONE = new RegistrationDetails(null, null, false, null, null);
}
