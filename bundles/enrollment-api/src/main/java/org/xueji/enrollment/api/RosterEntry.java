package org.xueji.enrollment.api;

/**
 * A student actually at school, from an uploaded roster or ticked presence.
 *
 * @param row         the roster file's row number (1-based, header included), 0 when ticked
 * @param idNumber    may be empty (students without an ID card)
 * @param classNumber the class within the grade (3 for 三年级(3)班), may be null
 * @param studentId   the record ticked present, null for uploaded rows and people added by hand
 */
public record RosterEntry(int row, String name, String idNumber, Integer gradeLevel, Integer classNumber,
                          Long studentId) {
}
