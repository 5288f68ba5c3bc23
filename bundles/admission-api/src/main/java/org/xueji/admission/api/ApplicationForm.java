package org.xueji.admission.api;

import java.util.Set;

/**
 * What a family or the school's counter enters. {@code street}/{@code community} is the home
 * address (for a migrant child the permit's address is used when these are blank);
 * {@code householdType} is the 户口性质 passed on to registration; {@code proofs} the codes of
 * the documents presented (from the category's {@link DocumentRule}).
 */
public record ApplicationForm(long schoolId, String childName, String idNumber, Category category,
                              String guardianName, String guardianPhone, String street, String community,
                              String householdType, ResidencePermit permit, Set<String> proofs) {
    public ApplicationForm {
        proofs = proofs == null ? Set.of() : Set.copyOf(proofs);
    }
}
