package org.xueji.registry.api.risk;

import java.time.LocalDate;

/**
 * What the registry knows of one in-school (在读) student for the early warning.
 *
 * @param studentId        the record
 * @param name             the student's name (shown in the warning list, never audited)
 * @param idNumber         the ID number (callers mask it before showing it)
 * @param birthDate        birth date (over-age for the grade)
 * @param schoolId         the school holding the record
 * @param classId          the class, null when not placed
 * @param gradeLevel       the class's grade, null when not placed
 * @param leftBehind       留守 (one or both parents away)
 * @param migrant          随迁子女
 * @param orphan           孤儿
 * @param disabled         残疾 (any disability type)
 * @param repeated         a 留级 mark on the record
 * @param recentTransfer   the record changed school on or after the given date
 * @param recentSuspension the record was suspended (休学) on or after the given date
 */
public record StudentRiskFacts(long studentId, String name, String idNumber, LocalDate birthDate, long schoolId,
                               Long classId, Integer gradeLevel, boolean leftBehind, boolean migrant, boolean orphan,
                               boolean disabled, boolean repeated, boolean recentTransfer,
                               boolean recentSuspension) {

    /** Any priority group of the registry record (留守, 随迁, 孤儿, 残疾). */
    public boolean priorityGroup() {
        return leftBehind || migrant || orphan || disabled;
    }
}
