package org.xueji.ledger.api;

import java.time.LocalDate;

/**
 * An incident the district records by hand (R13 registry errors, R17 reprimands from above).
 *
 * @param schoolId    the school; {@code null} for the bureau itself
 * @param description what happened, in the recording user's words
 */
public record ManualIncident(IncidentType type, Long schoolId, LocalDate occurredOn, String description) {
}
