package org.xueji.dropout.service.internal.risk;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * The early warning's own rows (DRP_RISK_*), plain SQL: attendance per class and month (written
 * by the attendance import), term grades per class and term, discipline records; and the reads
 * the score needs, per school or per student, in a few grouped queries.
 */
public final class RiskRecords {

    /** One student's month of a class: school days of the class, unexplained and explained absences. */
    public record AttendanceMonth(long studentId, int schoolDays, int unexplained, int explained) {
    }

    /** The imported figures of one student for the term. */
    record Figures(int schoolDays, int unexplained, int explained, int discipline, int failing) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0);
    }

    private RiskRecords() {
    }

    /** Replaces the class's month (a re-import of the same month does not count twice). */
    public static void replaceAttendance(EntityManager em, long classId, long schoolId, YearMonth month,
                                         List<AttendanceMonth> rows) {
        Date start = Date.valueOf(month.atDay(1));
        em.createNativeQuery("DELETE FROM DRP_RISK_ATTENDANCE WHERE CLASS_ID = ? AND MONTH_START = ?")
                .setParameter(1, classId).setParameter(2, start).executeUpdate();
        for (AttendanceMonth r : rows) {
            em.createNativeQuery("INSERT INTO DRP_RISK_ATTENDANCE (CLASS_ID, MONTH_START, STUDENT_ID, SCHOOL_ID, "
                            + "SCHOOL_DAYS, UNEXPLAINED, EXPLAINED) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, classId).setParameter(2, start).setParameter(3, r.studentId())
                    .setParameter(4, schoolId).setParameter(5, r.schoolDays()).setParameter(6, r.unexplained())
                    .setParameter(7, r.explained()).executeUpdate();
        }
    }

    /** Replaces the class's term: student id → {subjects, failed}. */
    static void replaceGrades(EntityManager em, long classId, long schoolId, int schoolYear, int term,
                              Map<Long, int[]> rows) {
        em.createNativeQuery("DELETE FROM DRP_RISK_GRADES WHERE CLASS_ID = ? AND SCHOOL_YEAR = ? AND TERM = ?")
                .setParameter(1, classId).setParameter(2, schoolYear).setParameter(3, term).executeUpdate();
        for (Map.Entry<Long, int[]> r : rows.entrySet()) {
            em.createNativeQuery("INSERT INTO DRP_RISK_GRADES (CLASS_ID, SCHOOL_YEAR, TERM, STUDENT_ID, SCHOOL_ID, "
                            + "SUBJECTS, FAILED) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, classId).setParameter(2, schoolYear).setParameter(3, term)
                    .setParameter(4, r.getKey()).setParameter(5, schoolId).setParameter(6, r.getValue()[0])
                    .setParameter(7, r.getValue()[1]).executeUpdate();
        }
    }

    static void addDiscipline(EntityManager em, long studentId, long schoolId, LocalDate on, String kind, String by,
                              Instant at) {
        em.createNativeQuery("INSERT INTO DRP_RISK_DISCIPLINE (STUDENT_ID, SCHOOL_ID, ON_DATE, KIND, RECORDED_BY, "
                        + "RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, studentId).setParameter(2, schoolId).setParameter(3, Date.valueOf(on))
                .setParameter(4, kind).setParameter(5, by).setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    /**
     * The term's figures: attendance of the months from {@code from} to {@code to}, discipline
     * records dated in that window, failing subjects of the student's latest imported term.
     * {@code column} is SCHOOL_ID (a school's students) or STUDENT_ID (one student).
     */
    static Map<Long, Figures> figures(EntityManager em, String column, long key, LocalDate from, LocalDate to) {
        Map<Long, int[]> acc = new HashMap<>();
        // each aggregate named: PostgreSQL labels every unnamed SUM "sum", which Hibernate refuses as a duplicate
        for (Object[] r : rows(em, "SELECT STUDENT_ID, SUM(SCHOOL_DAYS) AS DAYS_SUM, "
                + "SUM(UNEXPLAINED) AS UNEXPLAINED_SUM, SUM(EXPLAINED) AS EXPLAINED_SUM "
                + "FROM DRP_RISK_ATTENDANCE WHERE " + column + " = ? AND MONTH_START >= ? AND MONTH_START <= ? "
                + "GROUP BY STUDENT_ID", key, Date.valueOf(from.withDayOfMonth(1)), Date.valueOf(to))) {
            int[] a = acc.computeIfAbsent(num(r[0]), k -> new int[5]);
            a[0] = (int) num(r[1]);
            a[1] = (int) num(r[2]);
            a[2] = (int) num(r[3]);
        }
        for (Object[] r : rows(em, "SELECT STUDENT_ID, COUNT(*) FROM DRP_RISK_DISCIPLINE WHERE " + column
                + " = ? AND ON_DATE >= ? AND ON_DATE <= ? GROUP BY STUDENT_ID", key, Date.valueOf(from),
                Date.valueOf(to))) {
            acc.computeIfAbsent(num(r[0]), k -> new int[5])[3] = (int) num(r[1]);
        }
        Map<Long, Long> latestTerm = new HashMap<>();
        for (Object[] r : rows(em, "SELECT STUDENT_ID, SCHOOL_YEAR, TERM, FAILED FROM DRP_RISK_GRADES WHERE "
                + column + " = ?", key)) {
            long student = num(r[0]);
            long term = num(r[1]) * 10 + num(r[2]);
            if (latestTerm.getOrDefault(student, Long.MIN_VALUE) < term) {
                latestTerm.put(student, term);
                acc.computeIfAbsent(student, k -> new int[5])[4] = (int) num(r[3]);
            }
        }
        Map<Long, Figures> out = new HashMap<>();
        acc.forEach((id, a) -> out.put(id, new Figures(a[0], a[1], a[2], a[3], a[4])));
        return out;
    }

    /** Student id → open entry id, for the students of a school (or one student). */
    static Map<Long, Long> openEntries(EntityManager em, String column, long key) {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] r : rows(em, "SELECT STUDENT_ID, ID FROM DRP_ENTRY WHERE " + column + " = ? "
                + "AND STUDENT_ID IS NOT NULL AND STATUS IN ('SUSPECTED', 'DROPOUT', 'CLOSING')", key)) {
            out.put(num(r[0]), num(r[1]));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, Object... params) {
        javax.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    private static long num(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
