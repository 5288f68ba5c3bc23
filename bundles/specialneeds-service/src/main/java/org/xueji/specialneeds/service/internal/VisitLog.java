package org.xueji.specialneeds.service.internal;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.documents.evidence.EvidenceRules;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.specialneeds.api.Evidence;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.api.Visit;
import org.xueji.specialneeds.api.VisitData;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;
import org.xueji.specialneeds.service.internal.entity.EvidenceEntity;
import org.xueji.specialneeds.service.internal.entity.VisitEntity;

/**
 * The visit log (R26): a visit is judged whole before anything is stored — its fields, the
 * child (in scope, placed for home teaching), the guardian's signature and photos by their
 * content ({@link EvidenceRules#PHOTOS}), and no teacher of it in another visit at an
 * overlapping time that day. The visit, its teachers and its evidence commit together.
 */
final class VisitLog {

    private final ModuleSupport support;
    private final Supplier<SpecialNeedsConfig> config;

    VisitLog(ModuleSupport support, Supplier<SpecialNeedsConfig> config) {
        this.support = support;
        this.config = config;
    }

    Visit log(Actor actor, ChildScope scope, VisitData d) {
        actor.require(Permission.RECORD_SPECIAL_NEEDS);
        Inputs.checkVisit(d, support.today(), config.get().maxPhotos());
        // evidence judged by content before the transaction: a renamed file is refused, nothing stored
        List<FieldError> errors = new ArrayList<>();
        EvidenceKind signatureKind = null;
        if (d.signature() != null && d.signature().length > 0) {
            signatureKind = judge("signature", d.signature(), errors);
        }
        List<EvidenceKind> photoKinds = new ArrayList<>();
        for (byte[] photo : d.photos()) {
            photoKinds.add(judge("photos", photo, errors));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Set<String> teachers = new LinkedHashSet<>();
        d.teachers().forEach(t -> teachers.add(t.strip()));
        EvidenceKind signature = signatureKind;
        return support.transactions().inTransaction(em -> {
            ChildEntity c = em.find(ChildEntity.class, d.childId(), LockModeType.PESSIMISTIC_WRITE);
            if (c == null) {
                throw new NotFoundException(SpecialNeedsMessages.CHILD_NOT_FOUND, String.valueOf(d.childId()));
            }
            scope.require(c);
            if (!"HOME_TEACHING".equals(c.placement)) {
                throw new DomainException(SpecialNeedsMessages.NOT_HOME_TEACHING);
            }
            for (String teacher : teachers) {
                checkOverlap(em, teacher, d);
            }
            VisitEntity v = new VisitEntity();
            v.childId = c.id;
            v.date = d.date();
            v.start = d.start();
            v.end = d.end();
            v.periods = d.periods();
            v.content = d.content().strip();
            v.progress = Inputs.clean(d.progress());
            v.remote = d.remote();
            v.confirmationCode = Inputs.clean(d.confirmationCode());
            v.recordedBy = actor.username();
            v.recordedAt = support.now();
            em.persist(v);
            em.flush();
            for (String teacher : teachers) {
                em.createNativeQuery("INSERT INTO SN_VISIT_TEACHER (VISIT_ID, TEACHER, VISIT_DATE) VALUES (?, ?, ?)")
                        .setParameter(1, v.id).setParameter(2, teacher).setParameter(3, Date.valueOf(v.date))
                        .executeUpdate();
            }
            if (signature != null) {
                store(em, v.id, EvidenceEntity.SIGNATURE, signature, d.signature());
            }
            for (int i = 0; i < d.photos().size(); i++) {
                store(em, v.id, EvidenceEntity.PHOTO, photoKinds.get(i), d.photos().get(i));
            }
            em.flush();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("visit", v.id);
            details.put("date", v.date.toString());
            details.put("periods", v.periods);
            details.put("remote", v.remote);
            details.put("teachers", teachers.size());
            details.put("photos", d.photos().size());
            details.put("confirmation", signature != null ? "signature" : "code");
            support.audit(em, AuditEvent.of(actor, "specialneeds.visit.log", SpecialNeedsServiceImpl.CHILD, c.id,
                    c.schoolId).withChanges(details));
            return Rows.visit(em, v);
        });
    }

    /** Another visit of the same teacher that day whose time overlaps [start, end). */
    private static void checkOverlap(EntityManager em, String teacher, VisitData d) {
        @SuppressWarnings("unchecked")
        List<Object[]> sameDay = em.createNativeQuery("SELECT v.START_TIME, v.END_TIME FROM SN_VISIT v JOIN "
                        + "SN_VISIT_TEACHER t ON t.VISIT_ID = v.ID WHERE t.TEACHER = ? AND t.VISIT_DATE = ?")
                .setParameter(1, teacher).setParameter(2, Date.valueOf(d.date())).getResultList();
        for (Object[] other : sameDay) {
            LocalTime start = ((Time) other[0]).toLocalTime();
            LocalTime end = ((Time) other[1]).toLocalTime();
            if (d.start().isBefore(end) && start.isBefore(d.end())) {
                throw new ValidationException(List.of(new FieldError("teachers", SpecialNeedsMessages.TEACHER_OVERLAP,
                        teacher, text(start), text(end))));
            }
        }
    }

    private static String text(LocalTime t) {
        return t.toString();
    }

    private static EvidenceKind judge(String field, byte[] content, List<FieldError> errors) {
        try {
            return EvidenceRules.PHOTOS.judge(field, content);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static void store(EntityManager em, long visitId, String purpose, EvidenceKind kind, byte[] bytes) {
        EvidenceEntity e = new EvidenceEntity();
        e.visitId = visitId;
        e.purpose = purpose;
        e.kind = kind.name();
        e.content = bytes.clone();
        em.persist(e);
    }

    static List<Visit> visits(EntityManager em, long childId) {
        return em.createQuery("select v from SnVisit v where v.childId = :c order by v.date desc, v.start desc",
                VisitEntity.class).setParameter("c", childId).getResultList().stream()
                .map(v -> Rows.visit(em, v)).toList();
    }

    Evidence evidence(Actor actor, ChildScope scope, long evidenceId) {
        actor.require(Permission.VIEW_SPECIAL_NEEDS);
        return support.transactions().inTransaction(em -> {
            EvidenceEntity e = em.find(EvidenceEntity.class, evidenceId);
            VisitEntity v = e == null ? null : em.find(VisitEntity.class, e.visitId);
            if (v == null) {
                throw new NotFoundException(SpecialNeedsMessages.EVIDENCE_NOT_FOUND, String.valueOf(evidenceId));
            }
            ChildEntity c = Rows.child(em, v.childId);
            scope.require(c);
            support.audit(em, AuditEvent.of(actor, "specialneeds.evidence.view", SpecialNeedsServiceImpl.CHILD, c.id,
                    c.schoolId).withChanges(Map.of("evidence", e.id, "visit", v.id)));
            return new Evidence(e.id, v.id, e.kind, e.content.clone());
        });
    }
}
