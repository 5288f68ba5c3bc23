package org.xueji.registry.api;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;

/**
 * A record that may be the same person as a new registration without an ID number: same
 * sex and birth date, and the same name or a same-sounding one (同音). Shows only what a
 * registrar of another school needs to tell people apart — and only to those who may see the
 * record (district users, the holding school); others get {@link #elsewhere}.
 *
 * @param sameSoundOnly the names differ in writing but sound alike
 */
public record SimilarStudent(String name, Sex sex, LocalDate birthDate, String schoolName, String maskedRegistryNumber,
                             boolean sameSoundOnly) {

    /**
     * A record at a school the actor may not see (R1): that it exists, nothing of the child
     * (no name, birth date, school or 学籍号); the district can resolve it.
     */
    public static SimilarStudent elsewhere(Sex sex) {
        return new SimilarStudent(null, sex, null, null, null, false);
    }

    /** Whether the record's details are withheld from the actor (R1). */
    public boolean withheld() {
        return schoolName == null;
    }
}
