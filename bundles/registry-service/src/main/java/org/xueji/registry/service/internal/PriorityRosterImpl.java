package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.priority.PriorityRoster;
import org.xueji.registry.api.priority.PriorityStudent;

/**
 * Priority groups and compulsory-age counts for the dropout module (R28, R23), in SQL on
 * REG_STUDENT so that a district of a million records is read column by column, not entity by
 * entity. Scope in the WHERE clause: school accounts their school, class accounts their classes.
 */
@Component(service = PriorityRoster.class)
public class PriorityRosterImpl implements PriorityRoster {

    /** Flags as stored: LEFT_BEHIND and DISABILITY hold the national codes, "0" meaning none. */
    private static final String PRIORITY = "(S.ORPHAN = TRUE OR S.MIGRANT = TRUE OR (S.LEFT_BEHIND IS NOT NULL AND "
            + "S.LEFT_BEHIND <> '0') OR (S.DISABILITY IS NOT NULL AND S.DISABILITY <> '0'))";

    private final ModuleSupport support;

    @Activate
    public PriorityRosterImpl(@Reference(target = "(osgi.unit.name=xueji-registry)") EntityManagerFactory emf,
                              @Reference AuditTrail auditTrail, @Reference AuditService auditService,
                              @Reference PlatformClock clock) {
        this(new ModuleSupport(emf, auditTrail, auditService, clock));
    }

    PriorityRosterImpl(ModuleSupport support) {
        this.support = support;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PriorityStudent> priorityStudents(Actor actor, Long schoolId) {
        return support.guard(actor, "student.priority.view", "school", schoolId, () -> {
            actor.requireCurrent();
            actor.require(Permission.VIEW_STUDENT);
            if (schoolId != null) {
                actor.requireSchool(schoolId);
            }
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT S.ID, S.NAME, S.SCHOOL_ID, S.CLASS_ID, S.ORPHAN, S.DISABILITY, "
                    + "S.LEFT_BEHIND, S.MIGRANT FROM REG_STUDENT S WHERE S.RECORD_STATUS = 'ACTIVE' AND " + PRIORITY);
            scope(actor, schoolId, sql, params);
            sql.append(" ORDER BY S.SCHOOL_ID, S.CLASS_ID, S.NAME, S.ID");
            return support.transactions().read(em -> {
                Query q = em.createNativeQuery(sql.toString());
                for (int i = 0; i < params.size(); i++) {
                    q.setParameter(i + 1, params.get(i));
                }
                List<PriorityStudent> out = new ArrayList<>();
                for (Object[] r : (List<Object[]>) q.getResultList()) {
                    out.add(new PriorityStudent(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                            r[3] == null ? null : ((Number) r[3]).longValue(), Boolean.TRUE.equals(r[4]),
                            r[5] != null && !"0".equals(r[5]), r[6] != null && !"0".equals(r[6]),
                            Boolean.TRUE.equals(r[7])));
                }
                return out;
            });
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Long> schoolAgeCounts(Actor actor, LocalDate on, int minAge, int maxAge) {
        return support.guard(actor, "student.age.count", "school", actor.schoolId(), () -> {
            actor.requireCurrent();
            actor.require(Permission.VIEW_STUDENT);
            // age on `on` in [minAge, maxAge]: born after on − (maxAge + 1) years, at the latest on − minAge years
            List<Object> params = new ArrayList<>(List.of(on.minusYears(maxAge + 1L), on.minusYears(minAge)));
            StringBuilder sql = new StringBuilder("SELECT S.SCHOOL_ID, COUNT(*) FROM REG_STUDENT S WHERE "
                    + "S.RECORD_STATUS = 'ACTIVE' AND S.BIRTH_DATE > ? AND S.BIRTH_DATE <= ?");
            scope(actor, null, sql, params);
            sql.append(" GROUP BY S.SCHOOL_ID ORDER BY S.SCHOOL_ID");
            return support.transactions().read(em -> {
                Query q = em.createNativeQuery(sql.toString());
                for (int i = 0; i < params.size(); i++) {
                    q.setParameter(i + 1, params.get(i));
                }
                Map<Long, Long> out = new LinkedHashMap<>();
                for (Object[] r : (List<Object[]>) q.getResultList()) {
                    out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
                }
                return out;
            });
        });
    }

    private static void scope(Actor actor, Long schoolId, StringBuilder sql, List<Object> params) {
        if (schoolId != null) {
            sql.append(" AND S.SCHOOL_ID = ?");
            params.add(schoolId);
        }
        if (actor.isDistrictWide()) {
            return;
        }
        sql.append(" AND S.SCHOOL_ID = ?");
        params.add(actor.schoolId() == null ? -1L : actor.schoolId());
        if (actor.isClassScoped()) {
            if (actor.classIds().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND S.CLASS_ID IN (");
                sql.append(String.join(", ", actor.classIds().stream().map(c -> "?").toList())).append(')');
                params.addAll(actor.classIds());
            }
        }
    }
}
