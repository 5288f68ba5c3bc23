package org.xueji.admission.service.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.Allocation;
import org.xueji.admission.api.AllocationResult;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.Draw;
import org.xueji.admission.api.PlanStatus;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.Season;
import org.xueji.admission.service.internal.entity.DrawEntity;
import org.xueji.admission.service.internal.entity.SeasonEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.ModuleSupport;

/**
 * The season's allocation in one transaction (R24): the season row locked, refused when already
 * run, before the seed is published or while the window is open; per school {@link Allocation},
 * every lottery recorded (once per school and group: UQ_ADM_DRAW_GROUP) and audited; statuses
 * written in bulk (20,000 applications are one pass, not 20,000 entity updates); the admitted ones
 * offered to enrollment's 新生注册 in the same transaction ({@link Intake}).
 */
final class AllocationRun {

    private static final int CHUNK = 500;
    private final ModuleSupport support;
    private final Intake intake;

    AllocationRun(ModuleSupport support, Intake intake) {
        this.support = support;
        this.intake = intake;
    }

    AllocationResult run(Actor actor, long seasonId) {
        return support.transactions().inTransaction(em -> {
            SeasonEntity s = em.find(SeasonEntity.class, seasonId, LockModeType.PESSIMISTIC_WRITE);
            if (s == null) {
                throw new org.xueji.platform.api.NotFoundException(AdmissionMessages.SEASON_NOT_FOUND,
                        String.valueOf(seasonId));
            }
            if (s.allocatedAt != null) {
                throw new DomainException(AdmissionMessages.ALLOCATION_ALREADY_RUN);
            }
            if (s.seed == null) {
                throw new DomainException(AdmissionMessages.SEED_NOT_PUBLISHED);
            }
            if (!support.today().isAfter(s.windowCloses)) {
                throw new DomainException(AdmissionMessages.WINDOW_STILL_OPEN);
            }
            Season season = Records.season(em, s);
            if (season.planApprovals().stream().anyMatch(p -> p.status() == PlanStatus.PENDING)) {
                throw new DomainException(AdmissionMessages.PLANS_AWAITING_APPROVAL);
            }
            Map<Long, List<Allocation.Candidate>> bySchool = new HashMap<>();
            for (Object[] row : em.createQuery("select a.schoolId, a.number, a.priorityRank from AdmApplication a "
                            + "where a.seasonId = :s and a.status = :st", Object[].class)
                    .setParameter("s", seasonId).setParameter("st", ApplicationStatus.ELIGIBLE.name()).getResultList()) {
                bySchool.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Allocation.Candidate((String) row[1], row[2] == null ? -1 : (Integer) row[2]));
            }
            Instant now = support.now();
            List<Draw> draws = new ArrayList<>();
            int admitted = 0;
            int notAdmitted = 0;
            for (SchoolPlan plan : season.plans()) {
                List<Allocation.Candidate> candidates = bySchool.getOrDefault(plan.schoolId(), List.of());
                Allocation.Outcome o = Allocation.allocate(plan.seats(), candidates, s.seed, plan.schoolId());
                for (Allocation.GroupDraw g : o.draws()) {
                    draws.add(record(em, actor, s, plan.schoolId(), g, now));
                }
                setStatus(em, seasonId, o.admitted(), ApplicationStatus.ADMITTED, plan.schoolId());
                intake.offer(em, s, o.admitted()); // pending registrations commit with the allocation
                setStatus(em, seasonId, o.notAdmitted(), ApplicationStatus.NOT_ADMITTED, null);
                admitted += o.admitted().size();
                notAdmitted += o.notAdmitted().size();
            }
            s.allocatedAt = now;
            em.flush();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("admitted", admitted);
            details.put("notAdmitted", notAdmitted);
            details.put("draws", draws.size());
            support.audit(em, AuditEvent.of(actor, "admission.allocate", "admission-season", seasonId, null)
                    .withChanges(details));
            return new AllocationResult(seasonId, admitted, notAdmitted, draws);
        });
    }

    private Draw record(EntityManager em, Actor actor, SeasonEntity s, long schoolId, Allocation.GroupDraw g,
                        Instant now) {
        Long existing = em.createQuery("select count(d) from AdmDraw d where d.seasonId = :s and d.schoolId = :sc "
                        + "and d.rank = :r", Long.class).setParameter("s", s.id).setParameter("sc", schoolId)
                .setParameter("r", g.rank()).getSingleResult();
        if (existing > 0) {
            throw new DomainException(AdmissionMessages.DRAW_ALREADY_RUN, String.valueOf(schoolId), g.rank() + 1);
        }
        DrawEntity d = new DrawEntity();
        d.seasonId = s.id;
        d.schoolId = schoolId;
        d.rank = g.rank();
        d.seed = g.seed();
        d.seats = g.seats();
        d.candidates = String.join("\n", g.candidates());
        d.order = String.join("\n", g.order());
        d.drawnAt = now;
        d.drawnBy = actor.username();
        em.persist(d);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("season", s.id);
        details.put("rank", g.rank());
        details.put("candidates", g.candidates().size());
        details.put("seats", g.seats());
        details.put("seed", g.seed());
        support.audit(em, AuditEvent.of(actor, "admission.draw", "admission-draw", d.id, schoolId).withChanges(details));
        return Records.draw(d);
    }

    private static void setStatus(EntityManager em, long seasonId, List<String> numbers, ApplicationStatus status,
                                  Long placedSchool) {
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            em.createQuery("update AdmApplication a set a.status = :st, a.placedSchoolId = :p, "
                            + "a.version = a.version + 1 where a.seasonId = :s and a.number in :n")
                    .setParameter("st", status.name()).setParameter("p", placedSchool).setParameter("s", seasonId)
                    .setParameter("n", numbers.subList(i, Math.min(numbers.size(), i + CHUNK))).executeUpdate();
        }
    }
}
