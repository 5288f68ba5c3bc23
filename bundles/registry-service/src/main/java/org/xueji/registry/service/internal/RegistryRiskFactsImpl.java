package org.xueji.registry.service.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.risk.RegistryRiskFacts;
import org.xueji.registry.api.risk.StudentRiskFacts;

/**
 * The registry's facts for the dropout module's early warning (issue 10 item 7), plain SQL on
 * the caller's EntityManager: one query for the school's 在读 students (grade from the class)
 * and one for its recent school changes and suspensions in REG_STUDENT_HISTORY.
 */
@Component(service = RegistryRiskFacts.class)
public class RegistryRiskFactsImpl implements RegistryRiskFacts {

    private static final String COLUMNS = "SELECT s.ID, s.NAME, s.ID_NUMBER, s.BIRTH_DATE, s.SCHOOL_ID, s.CLASS_ID, "
            + "c.GRADE_LEVEL, s.LEFT_BEHIND, s.MIGRANT, s.ORPHAN, s.DISABILITY, s.REPEAT_YEAR "
            + "FROM REG_STUDENT s LEFT JOIN REG_CLASS c ON c.ID = s.CLASS_ID "
            + "WHERE s.RECORD_STATUS = 'ACTIVE' AND s.GRADUATED_YEAR IS NULL ";
    /** A change of school (transfer) or a suspension, as RecordChanges writes them. */
    private static final String CHANGES = "(h.FIELD = 'schoolId' OR h.FIELD = 'recordStatus' AND h.NEW_VALUE = 'SUSPENDED')";

    @Override
    public List<StudentRiskFacts> ofSchool(EntityManager em, Actor actor, long schoolId, LocalDate changesSince) {
        actor.requireSchool(schoolId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "AND s.SCHOOL_ID = ? ORDER BY s.CLASS_ID, s.NAME, s.ID")
                .setParameter(1, schoolId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT h.STUDENT_ID, h.FIELD FROM REG_STUDENT_HISTORY h "
                        + "JOIN REG_STUDENT s ON s.ID = h.STUDENT_ID WHERE s.SCHOOL_ID = ? AND h.CHANGED_AT >= ? AND "
                        + CHANGES)
                .setParameter(1, schoolId).setParameter(2, Timestamp.valueOf(changesSince.atStartOfDay()))
                .getResultList();
        return facts(rows, changes);
    }

    @Override
    public Optional<StudentRiskFacts> ofStudent(EntityManager em, Actor actor, long studentId,
                                                LocalDate changesSince) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "AND s.ID = ?").setParameter(1, studentId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        actor.requireSchool(((Number) rows.get(0)[4]).longValue());
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT h.STUDENT_ID, h.FIELD FROM REG_STUDENT_HISTORY h "
                        + "WHERE h.STUDENT_ID = ? AND h.CHANGED_AT >= ? AND " + CHANGES)
                .setParameter(1, studentId).setParameter(2, Timestamp.valueOf(changesSince.atStartOfDay()))
                .getResultList();
        return facts(rows, changes).stream().findFirst();
    }

    private static List<StudentRiskFacts> facts(List<Object[]> rows, List<Object[]> changes) {
        Set<Long> transferred = new HashSet<>();
        Set<Long> suspended = new HashSet<>();
        for (Object[] c : changes) {
            long id = ((Number) c[0]).longValue();
            ("schoolId".equals(c[1]) ? transferred : suspended).add(id);
        }
        List<StudentRiskFacts> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.add(new StudentRiskFacts(id, (String) r[1], (String) r[2], date(r[3]), ((Number) r[4]).longValue(),
                    r[5] == null ? null : ((Number) r[5]).longValue(), r[6] == null ? null : ((Number) r[6]).intValue(),
                    flag(r[7]), Boolean.TRUE.equals(r[8]), Boolean.TRUE.equals(r[9]), flag(r[10]), r[11] != null,
                    transferred.contains(id), suspended.contains(id)));
        }
        return out;
    }

    /** A coded value: "0" (or nothing) means none. */
    private static boolean flag(Object code) {
        return code != null && !code.toString().isBlank() && !"0".equals(code.toString().strip());
    }

    private static LocalDate date(Object v) {
        return v instanceof java.sql.Date d ? d.toLocalDate() : v instanceof LocalDate l ? l : null;
    }
}
