package org.xueji.specialneeds.service.internal;

import java.util.Arrays;
import java.util.List;
import javax.persistence.EntityManager;
import org.xueji.platform.api.NotFoundException;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.followup.Placement;
import org.xueji.specialneeds.api.Assessment;
import org.xueji.specialneeds.api.AssessmentData;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.DecisionStatus;
import org.xueji.specialneeds.api.Plan;
import org.xueji.specialneeds.api.PlanData;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.api.Visit;
import org.xueji.specialneeds.service.internal.entity.AssessmentEntity;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;
import org.xueji.specialneeds.service.internal.entity.EvidenceEntity;
import org.xueji.specialneeds.service.internal.entity.PlanEntity;
import org.xueji.specialneeds.service.internal.entity.VisitEntity;

/** Entities to records and the look-ups every part of the module uses. */
final class Rows {

    private Rows() {
    }

    static ChildEntity child(EntityManager em, long id) {
        ChildEntity c = em.find(ChildEntity.class, id);
        if (c == null) {
            throw new NotFoundException(SpecialNeedsMessages.CHILD_NOT_FOUND, String.valueOf(id));
        }
        return c;
    }

    static Child child(ChildEntity c) {
        DisabilityType disability = Arrays.stream(DisabilityType.values()).filter(t -> t.code().equals(c.disability))
                .findFirst().orElse(DisabilityType.NONE);
        return new Child(c.id, new ChildData(c.studentId, c.name, c.idNumber, c.birthDate, c.town, c.village,
                c.schoolId, disability, c.degree, c.certificateNumber, c.certificateDate, c.health, c.guardianName,
                c.guardianPhone), c.placement == null ? null : Placement.valueOf(c.placement), c.placedOn,
                c.reviewDue, c.referralSource);
    }

    static Assessment assessment(AssessmentEntity a) {
        return new Assessment(a.id, a.childId, new AssessmentData(a.sessionDate, a.members, a.physiology,
                a.psychology, a.ability, Placement.valueOf(a.conclusion), a.reason, a.reviewDate),
                DecisionStatus.valueOf(a.status), a.workflowId, a.decidedOn, a.proposedBy);
    }

    static Plan plan(PlanEntity p) {
        return new Plan(p.id, p.childId, p.versionNo, new PlanData(p.schoolYear, p.semester, p.lifeSkills,
                p.communication, p.motor, p.academic, p.content, teachers(p.teachers), p.partners, p.schedule),
                DecisionStatus.valueOf(p.status), p.workflowId, p.decidedOn, p.createdBy);
    }

    static List<String> teachers(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    static Visit visit(EntityManager em, VisitEntity v) {
        List<String> teachers = em.createNativeQuery("SELECT TEACHER FROM SN_VISIT_TEACHER WHERE VISIT_ID = ? "
                + "ORDER BY TEACHER").setParameter(1, v.id).getResultList().stream().map(Object::toString).toList();
        List<EvidenceEntity> evidence = em.createQuery("select e from SnEvidence e where e.visitId = :v order by e.id",
                EvidenceEntity.class).setParameter("v", v.id).getResultList();
        boolean signature = evidence.stream().anyMatch(e -> EvidenceEntity.SIGNATURE.equals(e.purpose));
        List<Long> photos = evidence.stream().filter(e -> EvidenceEntity.PHOTO.equals(e.purpose)).map(e -> e.id)
                .toList();
        return new Visit(v.id, v.childId, v.date, v.start, v.end, v.periods, teachers, v.content, v.progress,
                v.remote, v.confirmationCode != null, signature, photos, v.recordedBy);
    }
}
