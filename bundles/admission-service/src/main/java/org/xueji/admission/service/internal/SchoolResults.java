package org.xueji.admission.service.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.SchoolResult;
import org.xueji.admission.api.Season;
import org.xueji.platform.api.Actor;

/**
 * The district's per-school results grid (issue 12, item 1), one page at a time: a handful of
 * grouped queries for the page's schools, never one query per school.
 */
final class SchoolResults {

    private SchoolResults() {
    }

    /** The season's approved plans the actor may see (the district all, a school its own), narrowed by {@code only}. */
    static List<SchoolPlan> schools(EntityManager em, Actor actor, long seasonId, Set<Long> only) {
        Season season = Records.season(em, seasonId);
        return season.plans().stream()
                .filter(p -> actor.isDistrictWide() || Long.valueOf(p.schoolId()).equals(actor.schoolId()))
                .filter(p -> only == null || only.contains(p.schoolId()))
                .sorted((a, b) -> Long.compare(a.schoolId(), b.schoolId()))
                .toList();
    }

    static List<SchoolResult> page(EntityManager em, Actor actor, long seasonId, Set<Long> only, int offset,
                                   int limit) {
        List<SchoolPlan> all = schools(em, actor, seasonId, only);
        int from = Math.max(0, Math.min(offset, all.size()));
        List<SchoolPlan> plans = all.subList(from, Math.min(all.size(), from + Math.max(1, Math.min(limit, 500))));
        if (plans.isEmpty()) {
            return List.of();
        }
        List<Long> ids = plans.stream().map(SchoolPlan::schoolId).toList();
        Map<Long, Map<Category, Integer>> applied = new HashMap<>();
        for (Object[] r : rows(em, "select a.schoolId, a.category, count(a) from AdmApplication a where a.seasonId = :s "
                + "and a.schoolId in :ids group by a.schoolId, a.category", seasonId, ids)) {
            applied.computeIfAbsent((Long) r[0], k -> new EnumMap<>(Category.class))
                    .put(Category.valueOf((String) r[1]), ((Long) r[2]).intValue());
        }
        Map<Long, Map<Category, Integer>> admitted = new HashMap<>();
        Map<Long, Integer> placed = new HashMap<>();
        for (Object[] r : rows(em, "select a.placedSchoolId, a.category, a.schoolId, count(a) from AdmApplication a "
                + "where a.seasonId = :s and a.placedSchoolId in :ids and a.status in ('ADMITTED', 'PLACED', "
                + "'REGISTERED') group by a.placedSchoolId, a.category, a.schoolId", seasonId, ids)) {
            Long school = (Long) r[0];
            int n = ((Long) r[3]).intValue();
            admitted.computeIfAbsent(school, k -> new EnumMap<>(Category.class))
                    .merge(Category.valueOf((String) r[1]), n, Integer::sum);
            if (!school.equals(r[2])) {
                placed.merge(school, n, Integer::sum); // 统筹安排: admitted here, applied elsewhere
            }
        }
        Map<Long, Integer> notAdmitted = new HashMap<>();
        for (Object[] r : rows(em, "select a.schoolId, count(a) from AdmApplication a where a.seasonId = :s "
                + "and a.schoolId in :ids and a.status = 'NOT_ADMITTED' group by a.schoolId", seasonId, ids)) {
            notAdmitted.put((Long) r[0], ((Long) r[1]).intValue());
        }
        Map<Long, int[]> draws = new HashMap<>(); // lotteries, candidates, seats
        for (Object[] r : rows(em, "select d.schoolId, d.candidates, d.seats from AdmDraw d where d.seasonId = :s "
                + "and d.schoolId in :ids", seasonId, ids)) {
            int[] d = draws.computeIfAbsent((Long) r[0], k -> new int[3]);
            d[0]++;
            d[1] += Records.split((String) r[1], "\n").size();
            d[2] += (Integer) r[2];
        }
        List<SchoolResult> out = new ArrayList<>();
        for (SchoolPlan p : plans) {
            Map<Category, Integer> in = admitted.getOrDefault(p.schoolId(), Map.of());
            int taken = in.values().stream().mapToInt(Integer::intValue).sum();
            int[] d = draws.getOrDefault(p.schoolId(), new int[3]);
            out.add(new SchoolResult(p.schoolId(), p, applied.getOrDefault(p.schoolId(), Map.of()), in, d[0], d[1],
                    d[2], placed.getOrDefault(p.schoolId(), 0), notAdmitted.getOrDefault(p.schoolId(), 0),
                    Math.max(0, p.seats() - taken)));
        }
        return out;
    }

    private static List<Object[]> rows(EntityManager em, String jpql, long seasonId, List<Long> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("s", seasonId).setParameter("ids", ids)
                .getResultList();
    }
}
