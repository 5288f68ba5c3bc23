package org.xueji.admission.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.Evidence;
import org.xueji.admission.api.EvidenceFile;
import org.xueji.admission.api.Season;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.admission.service.internal.entity.EvidenceEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.documents.evidence.EvidenceRules;
import org.xueji.platform.persistence.ModuleSupport;

/**
 * The application proofs (issue 12, item 2), shared by the school's counter and the family's
 * public page: every file judged by content on the server ({@link EvidenceRules#DOCUMENTS}: PDF,
 * PNG, JPEG, ≤ 10 MB, image dimensions) before anything is stored, only for a proof the category
 * asks for (or the migrant child's residence permit), the bytes in {@code ADM_EVIDENCE}; audited
 * with the proof code, kind and size only. Callers check permission and scope first.
 */
final class EvidenceStore {

    /** Files one application may have (a family re-uploading a blurred scan a few times is fine; a flood is not). */
    static final int MAX_FILES = 12;

    private final ModuleSupport support;

    EvidenceStore(ModuleSupport support) {
        this.support = support;
    }

    /** Judged before any transaction: a refused file never opens one. */
    static EvidenceKind judge(byte[] content) {
        return EvidenceRules.DOCUMENTS.judge("evidence", content);
    }

    /** The file's own name without folders; refused when long or with control characters. */
    static String cleanName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw SetupRules.invalid("fileName", AdmissionMessages.TEXT_TOO_LONG, 200);
        }
        return name;
    }

    /** Stores a judged file for the application (the row locked by the caller), in the caller's transaction. */
    Evidence store(EntityManager em, Actor actor, ApplicationEntity e, String proof, EvidenceKind kind, String name,
                   byte[] content) {
        Season season = Records.season(em, e.seasonId);
        Category category = Category.valueOf(e.category);
        boolean permit = category == Category.MIGRANT && AdmissionService.RESIDENCE_PERMIT.equals(proof);
        if (!permit && !season.rule(category).proofs().contains(proof)) {
            throw SetupRules.invalid("proof", AdmissionMessages.PROOF_NOT_ACCEPTED, String.valueOf(proof));
        }
        Long stored = em.createQuery("select count(v) from AdmEvidence v where v.applicationId = :a", Long.class)
                .setParameter("a", e.id).getSingleResult();
        if (stored >= MAX_FILES) {
            throw new DomainException(AdmissionMessages.EVIDENCE_LIMIT, MAX_FILES);
        }
        EvidenceEntity ev = new EvidenceEntity();
        ev.applicationId = e.id;
        ev.proof = proof;
        ev.kind = kind.name();
        ev.fileName = name;
        ev.bytes = content.length;
        ev.content = content.clone();
        ev.uploadedAt = support.now();
        ev.uploadedBy = actor.username();
        em.persist(ev);
        em.flush();
        support.audit(em, AuditEvent.of(actor, "admission.evidence.upload", ApplicationWrites.TARGET, e.id,
                e.schoolId).withChanges(details(ev)));
        return evidence(ev);
    }

    static List<Evidence> list(EntityManager em, long applicationId) {
        return em.createQuery("select new org.xueji.admission.api.Evidence(v.id, v.applicationId, v.proof, v.kind, "
                        + "v.fileName, v.bytes, v.uploadedAt, v.uploadedBy) from AdmEvidence v "
                        + "where v.applicationId = :a order by v.id", Evidence.class)
                .setParameter("a", applicationId).getResultList();
    }

    static EvidenceEntity find(EntityManager em, long evidenceId) {
        EvidenceEntity ev = em.find(EvidenceEntity.class, evidenceId);
        if (ev == null) {
            throw new NotFoundException(AdmissionMessages.EVIDENCE_NOT_FOUND, String.valueOf(evidenceId));
        }
        return ev;
    }

    /** The file for a reader whose scope on the application was checked; the reading audited. */
    EvidenceFile read(EntityManager em, Actor actor, ApplicationEntity e, EvidenceEntity ev) {
        support.audit(em, AuditEvent.of(actor, "admission.evidence.view", ApplicationWrites.TARGET, e.id, e.schoolId)
                .withChanges(details(ev)));
        return new EvidenceFile(evidence(ev), ev.content.clone());
    }

    private static Map<String, Object> details(EvidenceEntity ev) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("evidence", ev.id);
        details.put("proof", ev.proof);
        details.put("kind", ev.kind);
        details.put("bytes", ev.bytes);
        return details;
    }

    static Evidence evidence(EvidenceEntity e) {
        return new Evidence(e.id, e.applicationId, e.proof, e.kind, e.fileName, e.bytes, e.uploadedAt, e.uploadedBy);
    }
}
