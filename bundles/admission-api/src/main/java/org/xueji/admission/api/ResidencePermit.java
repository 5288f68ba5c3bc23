package org.xueji.admission.api;

import java.time.LocalDate;

/**
 * The parent's residence permit (居住证, R27): number, issuing place, address (street and
 * community of the district), validity, and the day continuous residence in the district began.
 */
public record ResidencePermit(String number, String issuedBy, String street, String community,
                              LocalDate validFrom, LocalDate validUntil, LocalDate residentSince) {
}
