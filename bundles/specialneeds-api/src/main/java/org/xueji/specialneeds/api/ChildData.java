package org.xueji.specialneeds.api;

import java.time.LocalDate;
import org.xueji.registry.api.DisabilityType;

/**
 * A child of the special-needs register (R25) as entered: with a registry record
 * ({@code studentId}) or without one (a school-age child found in the town who has none).
 *
 * @param studentId         the registry record, or null
 * @param name              the child's name
 * @param idNumber          the child's ID number (D1-checked), may be null for a child with a record
 * @param birthDate         birth date
 * @param town              乡镇/街道 of the household (the register's scope)
 * @param village           村/社区, may be null
 * @param schoolId          the school of the service area (responsible school)
 * @param disability        残疾类型 (not {@link DisabilityType#NONE})
 * @param degree            残疾等级 1–4 (一级 most severe), or 0 when not graded
 * @param certificateNumber 残疾证 number, may be null
 * @param certificateDate   its date of issue, may be null
 * @param health            health condition
 * @param guardianName      guardian
 * @param guardianPhone     guardian's phone
 */
public record ChildData(Long studentId, String name, String idNumber, LocalDate birthDate, String town, String village,
                        Long schoolId, DisabilityType disability, int degree, String certificateNumber,
                        LocalDate certificateDate, String health, String guardianName, String guardianPhone) {
}
