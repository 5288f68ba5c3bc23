package org.xueji.registry.api.placement;

/**
 * A registered student of a school's new intake, with what balancing needs from the record.
 *
 * @param studentId    the registry id
 * @param name         for the identical / same-sounding name rule (never logged or audited)
 * @param male         sex
 * @param leftBehind   留守 (any left-behind kind)
 * @param migrant      随迁子女
 * @param inclusion    残疾 or 随班就读
 * @param classNumber  the class the student is in now, {@code null} when unplaced
 */
public record IntakeStudent(long studentId, String name, boolean male, boolean leftBehind, boolean migrant,
                            boolean inclusion, Integer classNumber) {
}
