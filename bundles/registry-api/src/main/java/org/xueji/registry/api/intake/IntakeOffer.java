package org.xueji.registry.api.intake;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;

/**
 * An admitted child offered to registration, with what the source knows of it (the registrar
 * completes the rest of the national record).
 *
 * @param source        the offering module, e.g. {@code admission}
 * @param reference     the source's key, unique within the source (the application number); an
 *                      offer is kept once per source and reference
 * @param schoolId      the school that admitted the child (its registrar completes the record)
 * @param schoolYear    the school year the child enters (September of this year)
 * @param entryGrade    the starting grade (1 or 7)
 * @param householdType 户口性质 when the source knows it, else {@code null}
 * @param migrant       随迁子女
 * @param address       the home address (current address of the record)
 */
public record IntakeOffer(String source, String reference, long schoolId, int schoolYear, int entryGrade,
                          String name, Sex sex, LocalDate birthDate, IdDocumentType idType, String idNumber,
                          HouseholdType householdType, boolean migrant, String guardianName, String guardianPhone,
                          String address) {
}
