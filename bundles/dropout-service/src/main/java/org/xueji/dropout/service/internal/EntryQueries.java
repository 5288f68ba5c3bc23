package org.xueji.dropout.service.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.service.internal.entity.EntryEntity;

/** The ledger views in JPQL, restricted to the actor's scope in the query itself (counts and pages agree). */
final class EntryQueries {

    /** Never a town or a village key: stands for "none" in an IN list. */
    static final String NO_AREA = "/";

    private EntryQueries() {
    }

    private record Where(String clause, Map<String, Object> params) {
    }

    private static Where where(Scope scope, EntryQuery q) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.status() != null) {
            parts.add("e.status = :status");
            params.put("status", q.status().name());
        } else {
            parts.add("e.status <> 'CLOSED'");
        }
        if (q.schoolId() != null) {
            parts.add("e.schoolId = :school");
            params.put("school", q.schoolId());
        }
        if (q.town() != null) {
            parts.add("e.town = :town");
            params.put("town", q.town());
        }
        if (q.village() != null) {
            parts.add("e.village = :village");
            params.put("village", q.village());
        }
        scopeClause(scope, parts, params);
        return new Where(String.join(" and ", parts), params);
    }

    static void scopeClause(Scope scope, List<String> parts, Map<String, Object> params) {
        String me = "e.id in (select r.entryId from DropoutResponsible r where r.username = :me)";
        switch (scope.kind()) {
            case DISTRICT -> { }
            case SCHOOL -> {
                parts.add("e.schoolId = :mySchool");
                params.put("mySchool", scope.actor().schoolId());
            }
            case CLASS -> {
                parts.add("e.schoolId = :mySchool and (e.classId in :myClasses or " + me + ")");
                params.put("mySchool", scope.actor().schoolId());
                params.put("myClasses", scope.actor().classIds().isEmpty() ? List.of(-1L)
                        : List.copyOf(scope.actor().classIds()));
                params.put("me", scope.actor().username());
            }
            case AREA -> {
                List<String> towns = new ArrayList<>(scope.areas().towns());
                List<String> villages = new ArrayList<>(scope.areas().villages());
                parts.add("(e.town in :myTowns or concat(concat(e.town, '/'), e.village) in :myVillages or " + me + ")");
                // an empty IN list is not SQL: "/" can never be a town or a village key (AreaScope
                // names hold no "/"); a NUL character would be refused by PostgreSQL
                params.put("myTowns", towns.isEmpty() ? List.of(NO_AREA) : towns);
                params.put("myVillages", villages.isEmpty() ? List.of(NO_AREA) : villages);
                params.put("me", scope.actor().username());
            }
            default -> throw new IllegalStateException();
        }
    }

    static List<EntryEntity> page(EntityManager em, Scope scope, EntryQuery q, int offset, int limit) {
        Where w = where(scope, q);
        TypedQuery<EntryEntity> query = em.createQuery("select e from DropoutEntry e where " + w.clause()
                + " order by e.foundOn desc, e.id desc", EntryEntity.class);
        w.params().forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, Math.min(limit, 1000)))
                .getResultList();
    }

    /** Counts per status, school, town and month found (last twelve months) in scope. */
    static Object[] counts(EntityManager em, Scope scope, LocalDate today) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        scopeClause(scope, parts, params);
        String w = parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        Map<EntryStatus, Long> byStatus = new EnumMap<>(EntryStatus.class);
        for (EntryStatus s : EntryStatus.values()) {
            byStatus.put(s, 0L);
        }
        Map<Long, Long> bySchool = new LinkedHashMap<>();
        Map<String, Long> byTown = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        YearMonth first = YearMonth.from(today).minusMonths(11);
        for (int i = 0; i < 12; i++) {
            byMonth.put(first.plusMonths(i).toString(), 0L);
        }
        TypedQuery<Object[]> q = em.createQuery("select e.status, e.schoolId, e.town, e.foundOn from DropoutEntry e" + w,
                Object[].class);
        params.forEach(q::setParameter);
        for (Object[] row : q.getResultList()) {
            EntryStatus status = EntryStatus.valueOf((String) row[0]);
            byStatus.merge(status, 1L, Long::sum);
            String month = YearMonth.from((LocalDate) row[3]).toString();
            byMonth.computeIfPresent(month, (k, v) -> v + 1);
            if (status.open()) {
                bySchool.merge((Long) row[1], 1L, Long::sum);
                byTown.merge(row[2] == null ? "" : (String) row[2], 1L, Long::sum);
            }
        }
        return new Object[] {byStatus, bySchool, byTown, byMonth};
    }
}
