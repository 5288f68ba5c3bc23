package org.xueji.ledger.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.xueji.ledger.api.FollowUp;
import org.xueji.ledger.api.FollowUpKind;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.service.internal.entity.FollowUpEntity;
import org.xueji.ledger.service.internal.entity.IncidentEntity;

/** Reads of the ledger tables and their mapping to the API records. The query is already scoped. */
final class IncidentQueries {

    static final String ARG_SEPARATOR = "\u001f";

    static long count(EntityManager em, LedgerQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        TypedQuery<Long> query = em.createQuery("select count(i) from LedgerIncident i" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    static List<Incident> page(EntityManager em, LedgerQuery q, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        TypedQuery<IncidentEntity> query = em.createQuery("select i from LedgerIncident i" + where
                + " order by i.occurredOn desc, i.id desc", IncidentEntity.class);
        params.forEach(query::setParameter);
        List<IncidentEntity> rows = query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, limit))
                .getResultList();
        return withFollowUps(em, rows);
    }

    static List<Incident> withFollowUps(EntityManager em, List<IncidentEntity> rows) {
        Map<Long, List<FollowUp>> followUps = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select f from LedgerFollowUp f where f.incidentId in :ids order by f.id",
                            FollowUpEntity.class)
                    .setParameter("ids", rows.stream().map(r -> r.id).toList()).getResultList()
                    .forEach(f -> followUps.computeIfAbsent(f.incidentId, k -> new ArrayList<>()).add(followUp(f)));
        }
        return rows.stream().map(r -> incident(r, followUps.getOrDefault(r.id, List.of()))).toList();
    }

    /** Incidents of a calendar year per school (null key = the bureau) and type. */
    static Map<Long, Map<IncidentType, Integer>> yearCounts(EntityManager em, int year, Long onlySchool) {
        String jpql = "select i.schoolId, i.type, count(i) from LedgerIncident i where i.occurredOn >= :from"
                + " and i.occurredOn <= :to" + (onlySchool == null ? "" : " and i.schoolId = :school")
                + " group by i.schoolId, i.type";
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
        if (onlySchool != null) {
            q.setParameter("school", onlySchool);
        }
        Map<Long, Map<IncidentType, Integer>> counts = new LinkedHashMap<>();
        for (Object[] row : q.getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(IncidentType.class))
                    .merge(IncidentType.valueOf((String) row[1]), ((Number) row[2]).intValue(), Integer::sum);
        }
        return counts;
    }

    static IncidentEntity byReference(EntityManager em, String source, String reference) {
        List<IncidentEntity> found = em.createQuery("select i from LedgerIncident i where i.sourceModule = :s"
                        + " and i.reference = :r order by i.id", IncidentEntity.class)
                .setParameter("s", source).setParameter("r", reference).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static String where(LedgerQuery q, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (q.bureau()) {
            conditions.add("i.schoolId is null");
        } else if (q.schoolId() != null) {
            conditions.add("i.schoolId = :school");
            params.put("school", q.schoolId());
        }
        if (q.month() != null) {
            conditions.add("i.occurredOn >= :from and i.occurredOn <= :to");
            params.put("from", q.month().atDay(1));
            params.put("to", q.month().atEndOfMonth());
        }
        if (q.type() != null) {
            conditions.add("i.type = :type");
            params.put("type", q.type().name());
        }
        if (q.status() != null) {
            conditions.add("i.status = :status");
            params.put("status", q.status().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static Incident incident(IncidentEntity e, List<FollowUp> followUps) {
        List<String> args = e.descriptionArgs == null || e.descriptionArgs.isEmpty() ? List.of()
                : Arrays.asList(e.descriptionArgs.split(ARG_SEPARATOR, -1));
        return new Incident(e.id, e.schoolId, IncidentType.valueOf(e.type), e.sourceModule, e.occurredOn,
                e.descriptionKey == null ? null : IncidentText.valueOf(e.descriptionKey), args, e.descriptionText,
                e.studentId, e.reference, IncidentStatus.valueOf(e.status), e.recordedAt, e.recordedBy, e.closedAt,
                e.closedBy, e.closingNote, followUps);
    }

    static FollowUp followUp(FollowUpEntity f) {
        return new FollowUp(f.id, f.incidentId, FollowUpKind.valueOf(f.kind), f.note, f.noticeNumber,
                f.documentName, f.documentBytes, f.recordedAt, f.recordedBy);
    }

    private IncidentQueries() {
    }
}
