package org.xueji.transfer.api;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.IdDocumentType;

/**
 * The main fields of the record entered for a transfer in from another district or province (转入), as the
 * sending school's printed 学籍登记表 gives them, while the request is pending (the record itself is created by
 * the district's approval). The ID number is masked by the service (R1, {@code IdentityMask}); the full number
 * never leaves it.
 *
 * @param gradeLevel    the grade on the printed form
 * @param sendingSchool the sending school outside the district, as entered (the other side)
 */
public record EnteredRecord(long changeId, String name, Sex sex, LocalDate birthDate, IdDocumentType idType,
                            String maskedIdNumber, Integer gradeLevel, String sendingSchool) {
}
