package org.xueji.dropout.service.internal.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xueji.dropout.api.inspection.EvidenceFile;
import org.xueji.dropout.api.inspection.Inspection;
import org.xueji.dropout.api.inspection.InspectionEvidence;
import org.xueji.dropout.api.inspection.InspectionFinding;
import org.xueji.dropout.api.inspection.InspectionKind;
import org.xueji.dropout.api.inspection.InspectionMessages;
import org.xueji.dropout.api.inspection.InspectionService;
import org.xueji.dropout.api.inspection.InspectionStatus;
import org.xueji.dropout.api.inspection.NewInspection;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.documents.evidence.EvidenceRules;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.SchoolService;

/**
 * Inspections (R30): recorded and closed by the district, corrected by the school with follow-up
 * evidence, findings posted to the monthly ledger once (optional dynamic reference: the ledger
 * module is never required). A school sees only its own inspections; area accounts none.
 */
@Component(service = InspectionService.class)
public class InspectionServiceImpl implements InspectionService {

    static final String TARGET = "dropout-inspection";

    private final ModuleSupport support;
    private final Transactions tx;
    private final SchoolService schools;
    /** The monthly ledger, when installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile LedgerService ledger;

    /** Binds the ledger by hand (fast tests; in Karaf DS sets the field). */
    public void useLedger(LedgerService service) {
        ledger = service;
    }

    @Activate
    public InspectionServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                                 @Reference AuditTrail audit, @Reference AuditService auditService,
                                 @Reference PlatformClock clock, @Reference SchoolService schools) {
        this(new ModuleSupport(emf, audit, auditService, clock), schools);
    }

    /** For fast tests on the real schema. */
    public InspectionServiceImpl(ModuleSupport support, SchoolService schools) {
        this.support = support;
        this.tx = support.transactions();
        this.schools = schools;
    }

    /** District accounts (district-wide, not area-scoped) with MANAGE_DROPOUT. */
    private static void requireDistrict(Actor actor) {
        actor.require(Permission.MANAGE_DROPOUT);
        actor.requireCurrent();
        if (!actor.isDistrictWide()) {
            throw new AccessDeniedException(InspectionMessages.DISTRICT_ONLY);
        }
    }

    /** Reading needs VIEW_DROPOUT and the school: district accounts every school, a school its own, area accounts none. */
    private static void requireSees(Actor actor, long schoolId) {
        actor.require(Permission.VIEW_DROPOUT);
        actor.requireSchool(schoolId);
    }

    @Override
    public Inspection record(Actor actor, NewInspection n) {
        return support.guard(actor, "dropout.inspection.record", "school", n == null ? null : n.schoolId(), () -> {
            requireDistrict(actor);
            if (n == null) {
                throw new ValidationException(List.of(new FieldError("kind", InspectionMessages.KIND_REQUIRED)));
            }
            List<String> findings = InspectionRules.check(n, support.today());
            try {
                schools.getSchool(actor, n.schoolId());
            } catch (NotFoundException e) {
                throw new ValidationException(List.of(new FieldError("schoolId", InspectionMessages.SCHOOL_UNKNOWN,
                        String.valueOf(n.schoolId()))));
            }
            return tx.inTransaction(em -> {
                InspectionEntity i = new InspectionEntity();
                i.schoolId = n.schoolId();
                i.kind = n.kind().name();
                i.inspectedOn = n.inspectedOn();
                i.inspectors = n.inspectors().strip();
                i.correctBy = findings.isEmpty() ? null : n.correctBy();
                i.note = InspectionRules.strip(n.note());
                i.status = InspectionStatus.OPEN.name();
                i.recordedBy = actor.username();
                i.recordedAt = support.now();
                em.persist(i);
                em.flush();
                for (String text : findings) {
                    InspectionFindingEntity f = new InspectionFindingEntity();
                    f.inspectionId = i.id;
                    f.text = text;
                    em.persist(f);
                }
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("kind", i.kind);
                details.put("inspectedOn", i.inspectedOn);
                details.put("findings", findings.size());
                if (i.correctBy != null) {
                    details.put("correctBy", i.correctBy);
                }
                support.audit(em, AuditEvent.of(actor, "dropout.inspection.record", TARGET, i.id, i.schoolId)
                        .withChanges(details));
                return toApi(em, i, support.today());
            });
        });
    }

    @Override
    public List<Inspection> list(Actor actor, Long schoolId, boolean openOnly) {
        return support.guard(actor, "dropout.inspection.view", "school", schoolId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            actor.requireCurrent();
            Long school = schoolId;
            if (!actor.isDistrictWide()) {
                if (actor.schoolId() == null) {
                    throw new AccessDeniedException(InspectionMessages.DISTRICT_ONLY);
                }
                if (school != null) {
                    actor.requireSchool(school);
                }
                school = actor.schoolId();
            }
            Long s = school;
            return tx.read(em -> {
                List<String> parts = new ArrayList<>(List.of("1 = 1"));
                if (s != null) {
                    parts.add("i.schoolId = :s");
                }
                if (openOnly) {
                    parts.add("i.status <> 'CLOSED'");
                }
                TypedQuery<InspectionEntity> q = em.createQuery("select i from DropoutInspection i where "
                        + String.join(" and ", parts) + " order by i.inspectedOn desc, i.id desc", InspectionEntity.class);
                if (s != null) {
                    q.setParameter("s", s);
                }
                List<Inspection> out = new ArrayList<>();
                for (InspectionEntity i : q.setMaxResults(500).getResultList()) {
                    out.add(toApi(em, i, support.today()));
                }
                return out;
            });
        });
    }

    @Override
    public Inspection get(Actor actor, long inspectionId) {
        return support.guard(actor, "dropout.inspection.view", TARGET, inspectionId, () -> tx.read(em -> {
            InspectionEntity i = find(em, inspectionId, false);
            requireSees(actor, i.schoolId);
            return toApi(em, i, support.today());
        }));
    }

    @Override
    public Inspection addEvidence(Actor actor, long inspectionId, String fileName, byte[] content) {
        return support.guard(actor, "dropout.inspection.evidence", TARGET, inspectionId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            // a photo, a scanned or PDF correction report: judged by content, never by name
            EvidenceKind kind = EvidenceRules.DOCUMENTS.judge("evidence", content);
            String name = InspectionRules.strip(fileName);
            if (name != null && name.length() > InspectionRules.MAX_TEXT) {
                name = name.substring(name.length() - InspectionRules.MAX_TEXT);
            }
            String shown = name == null ? "evidence" : name;
            return tx.inTransaction(em -> {
                InspectionEntity i = find(em, inspectionId, true);
                actor.requireSchool(i.schoolId);
                requireOpen(i);
                InspectionEvidenceEntity e = new InspectionEvidenceEntity();
                e.inspectionId = i.id;
                e.name = shown;
                e.mediaType = kind.mediaType();
                e.byteCount = content.length;
                e.content = content.clone();
                e.uploadedBy = actor.username();
                e.uploadedAt = support.now();
                em.persist(e);
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.inspection.evidence", TARGET, i.id, i.schoolId)
                        .withChanges(Map.of("evidence", e.id, "bytes", e.byteCount)));
                return toApi(em, i, support.today());
            });
        });
    }

    @Override
    public EvidenceFile evidence(Actor actor, long evidenceId) {
        return support.guard(actor, "dropout.inspection.evidence-view", "dropout-inspection-evidence", evidenceId,
                () -> tx.inTransaction(em -> {
                    InspectionEvidenceEntity e = em.find(InspectionEvidenceEntity.class, evidenceId);
                    if (e == null) {
                        throw new NotFoundException(InspectionMessages.EVIDENCE_NOT_FOUND, String.valueOf(evidenceId));
                    }
                    InspectionEntity i = find(em, e.inspectionId, false);
                    requireSees(actor, i.schoolId);
                    support.audit(em, AuditEvent.of(actor, "dropout.inspection.evidence-view", TARGET, i.id,
                            i.schoolId).withChanges(Map.of("evidence", e.id)));
                    return new EvidenceFile(e.name, e.mediaType, e.content.clone());
                }));
    }

    @Override
    public Inspection reportCorrected(Actor actor, long inspectionId, String note) {
        return support.guard(actor, "dropout.inspection.corrected", TARGET, inspectionId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            String text = InspectionRules.note("note", note);
            return tx.inTransaction(em -> {
                InspectionEntity i = find(em, inspectionId, true);
                actor.requireSchool(i.schoolId);
                requireOpen(i);
                if (findings(em, i.id).isEmpty()) {
                    throw new DomainException(InspectionMessages.NO_FINDINGS);
                }
                if (InspectionStatus.CORRECTED.name().equals(i.status)) {
                    throw new DomainException(InspectionMessages.ALREADY_CORRECTED);
                }
                if (evidenceCount(em, i.id) == 0) {
                    throw new DomainException(InspectionMessages.EVIDENCE_MISSING);
                }
                i.status = InspectionStatus.CORRECTED.name();
                i.correctionNote = text;
                i.correctedBy = actor.username();
                i.correctedAt = support.now();
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.inspection.corrected", TARGET, i.id, i.schoolId)
                        .withChanges(Map.of("status", List.of(InspectionStatus.OPEN.name(), i.status))));
                return toApi(em, i, support.today());
            });
        });
    }

    @Override
    public Inspection close(Actor actor, long inspectionId, String note) {
        return support.guard(actor, "dropout.inspection.close", TARGET, inspectionId, () -> {
            requireDistrict(actor);
            String text = InspectionRules.note("note", note);
            return tx.inTransaction(em -> {
                InspectionEntity i = find(em, inspectionId, true);
                requireOpen(i);
                boolean hasFindings = !findings(em, i.id).isEmpty();
                // findings are closed only on the school's reported correction backed by evidence
                if (hasFindings && evidenceCount(em, i.id) == 0) {
                    throw new DomainException(InspectionMessages.EVIDENCE_MISSING);
                }
                if (hasFindings && !InspectionStatus.CORRECTED.name().equals(i.status)) {
                    throw new DomainException(InspectionMessages.CORRECTION_NOT_REPORTED);
                }
                String before = i.status;
                i.status = InspectionStatus.CLOSED.name();
                i.closedBy = actor.username();
                i.closedOn = support.today();
                i.closeNote = text;
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.inspection.close", TARGET, i.id, i.schoolId)
                        .withChanges(Map.of("status", List.of(before, i.status))));
                return toApi(em, i, support.today());
            });
        });
    }

    @Override
    public Inspection postIncident(Actor actor, long inspectionId, long findingId) {
        return support.guard(actor, "dropout.inspection.ledger", TARGET, inspectionId, () -> {
            requireDistrict(actor);
            LedgerService l = ledger;
            InspectionEntity i = tx.read(em -> {
                InspectionEntity found = find(em, inspectionId, false);
                InspectionFindingEntity f = em.find(InspectionFindingEntity.class, findingId);
                if (f == null || f.inspectionId != found.id) {
                    throw new NotFoundException(InspectionMessages.FINDING_NOT_FOUND, String.valueOf(findingId));
                }
                if (f.ledgerPosted) {
                    throw new DomainException(InspectionMessages.INCIDENT_ALREADY_POSTED);
                }
                return found;
            });
            if (l == null) {
                throw new DomainException(InspectionMessages.LEDGER_UNAVAILABLE);
            }
            // posted before our flag is set: the reference makes a retry after a failed write return
            // the same incident, never a second one
            l.post(actor, new IncidentPost(IncidentType.OTHER, "dropout", i.schoolId, i.inspectedOn,
                    IncidentText.MODULE_EVENT, List.of(InspectionMessages.INCIDENT_INSPECTION.name() + " #" + i.id),
                    null, "inspection:" + i.id + ":" + findingId));
            return tx.inTransaction(em -> {
                InspectionFindingEntity f = em.find(InspectionFindingEntity.class, findingId,
                        LockModeType.PESSIMISTIC_WRITE);
                f.ledgerPosted = true;
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.inspection.ledger", TARGET, i.id, i.schoolId)
                        .withChanges(Map.of("finding", findingId)));
                return toApi(em, em.find(InspectionEntity.class, i.id), support.today());
            });
        });
    }

    private static void requireOpen(InspectionEntity i) {
        if (InspectionStatus.CLOSED.name().equals(i.status)) {
            throw new DomainException(InspectionMessages.INSPECTION_CLOSED);
        }
    }

    private static InspectionEntity find(EntityManager em, long id, boolean lock) {
        InspectionEntity i = lock ? em.find(InspectionEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(InspectionEntity.class, id);
        if (i == null) {
            throw new NotFoundException(InspectionMessages.INSPECTION_NOT_FOUND, String.valueOf(id));
        }
        return i;
    }

    private static List<InspectionFindingEntity> findings(EntityManager em, long inspectionId) {
        return em.createQuery("select f from DropoutInspectionFinding f where f.inspectionId = :i order by f.id",
                InspectionFindingEntity.class).setParameter("i", inspectionId).getResultList();
    }

    private static long evidenceCount(EntityManager em, long inspectionId) {
        return em.createQuery("select count(e) from DropoutInspectionEvidence e where e.inspectionId = :i", Long.class)
                .setParameter("i", inspectionId).getSingleResult();
    }

    /** Whether the findings wait for correction past their deadline. */
    static boolean overdue(InspectionEntity i, java.time.LocalDate today) {
        return InspectionStatus.OPEN.name().equals(i.status) && i.correctBy != null && today.isAfter(i.correctBy);
    }

    static Inspection toApi(EntityManager em, InspectionEntity i, java.time.LocalDate today) {
        List<InspectionFinding> findings = findings(em, i.id).stream()
                .map(f -> new InspectionFinding(f.id, f.text, f.ledgerPosted)).toList();
        List<InspectionEvidence> evidence = em.createQuery("select e.id, e.name, e.mediaType, e.byteCount, "
                        + "e.uploadedBy, e.uploadedAt from DropoutInspectionEvidence e where e.inspectionId = :i "
                        + "order by e.id", Object[].class).setParameter("i", i.id).getResultList().stream()
                .map(r -> new InspectionEvidence((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4],
                        (java.time.Instant) r[5])).toList();
        return new Inspection(i.id, i.schoolId, InspectionKind.valueOf(i.kind), i.inspectedOn, i.inspectors, findings,
                i.correctBy, i.note, InspectionStatus.valueOf(i.status), i.correctionNote, i.correctedBy,
                i.correctedAt, evidence, i.closedBy, i.closedOn, i.closeNote, i.recordedBy, overdue(i, today));
    }
}
