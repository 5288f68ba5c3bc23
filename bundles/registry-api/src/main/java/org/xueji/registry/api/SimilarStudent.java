package org.xueji.registry.api;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;

/**
 * A record that may be the same person as a new registration without an ID number: same
 * sex and birth date, and the same name or a same-sounding one (同音). Shows only what a
 * registrar of another school needs to tell people apart.
 *
 * @param sameSoundOnly the names differ in writing but sound alike
 */
public record SimilarStudent(String name, Sex sex, LocalDate birthDate, String schoolName, String maskedRegistryNumber,
                             boolean sameSoundOnly) {
}
