package org.xueji.admission.service.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationForm;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.DocumentRule;
import org.xueji.admission.api.Draw;
import org.xueji.admission.api.ResidencePermit;
import org.xueji.admission.api.PlanApproval;
import org.xueji.admission.api.PlanStatus;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.Season;
import org.xueji.admission.api.SeasonSetup;
import org.xueji.admission.api.ServiceArea;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.admission.service.internal.entity.AreaEntity;
import org.xueji.admission.service.internal.entity.DocumentRuleEntity;
import org.xueji.admission.service.internal.entity.DrawEntity;
import org.xueji.admission.service.internal.entity.PlanEntity;
import org.xueji.admission.service.internal.entity.SeasonEntity;
import org.xueji.platform.api.NotFoundException;
import org.xueji.admission.api.AdmissionMessages;

/** Entities to the API's records and back; the season with its plans, areas and rules in one read. */
final class Records {

    private Records() {
    }

    static Season season(EntityManager em, long seasonId) {
        SeasonEntity s = em.find(SeasonEntity.class, seasonId);
        if (s == null) {
            throw new NotFoundException(AdmissionMessages.SEASON_NOT_FOUND, String.valueOf(seasonId));
        }
        return season(em, s);
    }

    static Season season(EntityManager em, SeasonEntity s) {
        List<PlanApproval> approvals = em.createQuery("select p from AdmPlan p where p.seasonId = :s "
                        + "order by p.schoolId", PlanEntity.class).setParameter("s", s.id).getResultList().stream()
                .map(p -> new PlanApproval(new SchoolPlan(p.schoolId, p.classes, p.classCap, p.reserved),
                        PlanStatus.valueOf(p.approval), p.requestId)).toList();
        // only approved plans count (applications, allocation, the public page)
        List<SchoolPlan> plans = approvals.stream().filter(a -> a.status() == PlanStatus.APPROVED)
                .map(PlanApproval::plan).toList();
        Map<String, Set<Long>> byCommunity = new LinkedHashMap<>();
        for (AreaEntity a : em.createQuery("select a from AdmArea a where a.seasonId = :s order by a.street, "
                + "a.community, a.schoolId", AreaEntity.class).setParameter("s", s.id).getResultList()) {
            byCommunity.computeIfAbsent(a.street + "\u001f" + a.community, k -> new TreeSet<>()).add(a.schoolId);
        }
        List<ServiceArea> areas = new ArrayList<>();
        byCommunity.forEach((k, schools) -> {
            String[] parts = k.split("\u001f", 2);
            areas.add(new ServiceArea(parts[0], parts[1], schools));
        });
        List<DocumentRule> rules = em.createQuery("select r from AdmDocumentRule r where r.seasonId = :s "
                        + "order by r.category", DocumentRuleEntity.class).setParameter("s", s.id).getResultList().stream()
                .map(r -> new DocumentRule(Category.valueOf(r.category), split(r.proofs), r.plainZh, r.plainEn))
                .toList();
        return new Season(s.id, setup(s), plans, areas, rules, s.seed, s.seedPublishedAt, s.allocatedAt, approvals);
    }

    static SeasonSetup setup(SeasonEntity s) {
        return new SeasonSetup(s.year, s.grade, s.windowOpens, s.windowCloses, s.cutOff, s.minAge, s.maxAge,
                s.minResidenceMonths, SeasonSetup.parsePriority(s.priority), s.plansPublishedOn, s.resultsPublishedOn);
    }

    static void copy(SeasonSetup from, SeasonEntity to) {
        to.year = from.year();
        to.grade = from.grade();
        to.windowOpens = from.windowOpens();
        to.windowCloses = from.windowCloses();
        to.cutOff = from.cutOff();
        to.minAge = from.minAge();
        to.maxAge = from.maxAge();
        to.minResidenceMonths = from.minResidenceMonths();
        to.priority = from.priorityText();
        to.plansPublishedOn = from.plansPublishedOn();
        to.resultsPublishedOn = from.resultsPublishedOn();
    }

    static Application application(ApplicationEntity e) {
        ResidencePermit permit = e.permitNumber == null ? null : new ResidencePermit(e.permitNumber, e.permitIssuer,
                e.permitStreet, e.permitCommunity, e.permitFrom, e.permitUntil, e.residentSince);
        ApplicationForm form = new ApplicationForm(e.schoolId, e.childName, e.idNumber, Category.valueOf(e.category),
                e.guardianName, e.guardianPhone, e.street, e.community, e.householdType, permit,
                Set.copyOf(split(e.proofs)));
        return new Application(e.id, e.number, e.seasonId, e.schoolId, form, ApplicationStatus.valueOf(e.status),
                e.rejectionReason, e.priorityRank, e.placedSchoolId, e.submittedAt, e.submittedBy);
    }

    /** The form into the row (the ID number already normalised by the checks). */
    static void copy(ApplicationForm f, String idNumber, ApplicationEntity e) {
        e.schoolId = f.schoolId();
        e.childName = f.childName().strip();
        e.idNumber = idNumber;
        e.category = f.category().name();
        e.guardianName = strip(f.guardianName());
        e.guardianPhone = strip(f.guardianPhone());
        ResidencePermit p = f.category() == Category.MIGRANT ? f.permit() : null;
        boolean useFormAddress = f.street() != null && !f.street().isBlank();
        e.street = useFormAddress || p == null ? strip(f.street()) : p.street().strip();
        e.community = useFormAddress || p == null ? strip(f.community()) : p.community().strip();
        e.householdType = strip(f.householdType());
        e.permitNumber = p == null ? null : p.number().strip();
        e.permitIssuer = p == null ? null : p.issuedBy().strip();
        e.permitStreet = p == null ? null : p.street().strip();
        e.permitCommunity = p == null ? null : p.community().strip();
        e.permitFrom = p == null ? null : p.validFrom();
        e.permitUntil = p == null ? null : p.validUntil();
        e.residentSince = p == null ? null : p.residentSince();
        e.proofs = String.join(",", new TreeSet<>(f.proofs()));
    }

    static Draw draw(DrawEntity d) {
        return new Draw(d.id, d.seasonId, d.schoolId, d.rank, d.seed, d.seats, split(d.candidates, "\n"),
                split(d.order, "\n"), d.drawnAt, d.drawnBy);
    }

    static List<String> split(String joined) {
        return split(joined, ",");
    }

    static List<String> split(String joined, String separator) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.split(separator));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
