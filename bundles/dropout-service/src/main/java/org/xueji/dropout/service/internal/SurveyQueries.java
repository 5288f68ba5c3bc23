package org.xueji.dropout.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.xueji.dropout.service.internal.entity.HouseholdEntity;

/** Survey households in the actor's scope. */
final class SurveyQueries {

    /** Never a town or a village key: stands for "none" in an IN list. */
    static final String NO_AREA = "/";

    private SurveyQueries() {
    }

    static String scopeClause(Scope scope, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        switch (scope.kind()) {
            case DISTRICT -> { }
            case SCHOOL -> {
                parts.add("h.schoolId = :mySchool");
                params.put("mySchool", scope.actor().schoolId());
            }
            case CLASS -> {
                parts.add("h.schoolId = :mySchool and h.teacher = :me");
                params.put("mySchool", scope.actor().schoolId());
                params.put("me", scope.actor().username());
            }
            case AREA -> {
                List<String> towns = new ArrayList<>(scope.areas().towns());
                List<String> villages = new ArrayList<>(scope.areas().villages());
                parts.add("(h.town in :myTowns or concat(concat(h.town, '/'), h.village) in :myVillages)");
                // an empty IN list is not SQL: "/" can never be a town or a village key (AreaScope
                // names hold no "/"); a NUL character would be refused by PostgreSQL
                params.put("myTowns", towns.isEmpty() ? List.of(NO_AREA) : towns);
                params.put("myVillages", villages.isEmpty() ? List.of(NO_AREA) : villages);
            }
            default -> throw new IllegalStateException();
        }
        return String.join(" and ", parts);
    }

    static List<HouseholdEntity> households(EntityManager em, Scope scope, long campaignId) {
        Map<String, Object> params = new LinkedHashMap<>();
        String clause = scopeClause(scope, params);
        TypedQuery<HouseholdEntity> q = em.createQuery("select h from DropoutHousehold h where h.campaignId = :c"
                + (clause.isEmpty() ? "" : " and " + clause) + " order by h.schoolId, h.town, h.village, h.id",
                HouseholdEntity.class).setParameter("c", campaignId);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** School-age children recorded by surveys in scope (the survey part of the school-age ledger). */
    static long ageChildren(EntityManager em, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String clause = scopeClause(scope, params);
        TypedQuery<Long> q = em.createQuery("select count(c) from DropoutSurveyChild c, DropoutHousehold h "
                + "where c.householdId = h.id and c.finding <> 'MOVED_AWAY'" + (clause.isEmpty() ? "" : " and " + clause),
                Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }
}
