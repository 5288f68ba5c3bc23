package org.xueji.specialneeds.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.Compliance;
import org.xueji.specialneeds.api.ComplianceEngine;
import org.xueji.specialneeds.api.ComplianceSummary;
import org.xueji.specialneeds.api.DecisionStatus;
import org.xueji.specialneeds.api.VisitFact;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;
import org.xueji.specialneeds.service.internal.entity.PlanEntity;
import org.xueji.specialneeds.service.internal.entity.VisitEntity;

/**
 * The live R26 standing of children taught at home: the semester of today (in a break, the
 * semester just ended) from the registry's school calendar, the child's visits, the
 * {@link ComplianceEngine}; and whether an approved plan with teachers exists for it.
 */
final class Standing {

    private final ModuleSupport support;
    private final SchoolYearService schoolYears;
    private final Supplier<SpecialNeedsConfig> config;

    Standing(ModuleSupport support, SchoolYearService schoolYears, Supplier<SpecialNeedsConfig> config) {
        this.support = support;
        this.schoolYears = schoolYears;
        this.config = config;
    }

    /** The semester judged on {@code day}: the one containing it, else the one that ended last. */
    Semester semester(LocalDate day) {
        Optional<Semester> current = schoolYears.semesterOf(day);
        if (current.isPresent()) {
            return current.get();
        }
        SchoolYearDates year = schoolYears.schoolYearOf(day);
        return day.isAfter(year.second().end()) ? year.second() : year.first();
    }

    ChildStatus status(EntityManager em, ChildEntity c) {
        return statuses(em, List.of(c)).get(0);
    }

    List<ChildStatus> statuses(EntityManager em, List<ChildEntity> children) {
        LocalDate today = support.today();
        Semester semester = semester(today);
        Set<Long> ids = children.stream().map(c -> c.id).collect(Collectors.toSet());
        Map<Long, List<VisitFact>> visits = new HashMap<>();
        Map<Long, PlanEntity> plans = new HashMap<>();
        if (!ids.isEmpty()) {
            for (VisitEntity v : em.createQuery("select v from SnVisit v where v.date between :a and :b",
                    VisitEntity.class).setParameter("a", semester.start()).setParameter("b", semester.end())
                    .getResultList()) {
                if (ids.contains(v.childId)) {
                    visits.computeIfAbsent(v.childId, k -> new ArrayList<>()).add(new VisitFact(v.date, v.periods,
                            v.remote));
                }
            }
            for (PlanEntity p : em.createQuery("select p from SnPlan p where p.schoolYear = :y and p.semester = :s "
                            + "and p.status = :st order by p.versionNo", PlanEntity.class)
                    .setParameter("y", semester.schoolYear()).setParameter("s", semester.number())
                    .setParameter("st", DecisionStatus.APPROVED.name()).getResultList()) {
                if (ids.contains(p.childId)) {
                    plans.put(p.childId, p); // the newest approved version wins
                }
            }
        }
        List<ChildStatus> result = new ArrayList<>(children.size());
        for (ChildEntity c : children) {
            Compliance compliance = "HOME_TEACHING".equals(c.placement)
                    ? ComplianceEngine.evaluate(semester, visits.getOrDefault(c.id, List.of()), today,
                    config.get().rule())
                    : null;
            PlanEntity plan = plans.get(c.id);
            result.add(new ChildStatus(Rows.child(c), compliance, plan != null,
                    plan != null && !Rows.teachers(plan.teachers).isEmpty()));
        }
        return result;
    }

    /** Teachers assigned by the approved plans of the semester, per child. */
    Map<Long, List<String>> assignedTeachers(EntityManager em, Semester semester) {
        Map<Long, List<String>> result = new HashMap<>();
        for (PlanEntity p : em.createQuery("select p from SnPlan p where p.schoolYear = :y and p.semester = :s "
                        + "and p.status = :st order by p.versionNo", PlanEntity.class)
                .setParameter("y", semester.schoolYear()).setParameter("s", semester.number())
                .setParameter("st", DecisionStatus.APPROVED.name()).getResultList()) {
            result.put(p.childId, Rows.teachers(p.teachers));
        }
        return result;
    }

    /** Per school and town, in the order of first appearance (children come ordered by town). */
    static List<ComplianceSummary> summarise(List<ChildStatus> statuses) {
        Map<List<Object>, int[]> counts = new LinkedHashMap<>();
        for (ChildStatus s : statuses) {
            List<Object> key = java.util.Arrays.asList(s.child().data().schoolId(), s.child().data().town());
            int[] n = counts.computeIfAbsent(key, k -> new int[6]);
            n[0]++;
            n[switch (s.status()) {
                case ON_TRACK -> 1;
                case AT_RISK -> 2;
                case BREACHED -> 3;
            }]++;
            if (!s.hasApprovedPlan()) {
                n[4]++;
            } else if (!s.planHasTeachers()) {
                n[5]++;
            }
        }
        List<ComplianceSummary> result = new ArrayList<>();
        counts.forEach((k, n) -> result.add(new ComplianceSummary((Long) k.get(0), Objects.toString(k.get(1)), n[0],
                n[1], n[2], n[3], n[4], n[5])));
        return result;
    }
}
