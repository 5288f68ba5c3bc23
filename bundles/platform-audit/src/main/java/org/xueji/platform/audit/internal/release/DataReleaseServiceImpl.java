package org.xueji.platform.audit.internal.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseScope;
import org.xueji.platform.audit.internal.AuditWriter;
import org.xueji.platform.audit.internal.anchor.AuditAnchor;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowSubmission;

/**
 * R4: data release only with the bureau's written approval. Every request, decision and
 * export is audited in its own transaction (R7); every refusal is audited too, with why.
 */
@Component(service = DataReleaseService.class)
public class DataReleaseServiceImpl implements DataReleaseService {

    static final String TARGET = "data-release";

    private final Transactions tx;
    private final PlatformClock clock;
    private final AuditWriter audit;
    private final WorkflowService workflow;
    private final WorkflowSubmission submission;

    /**
     * @param workflow   decides the requests (R3): approve and reject go through it, the
     *                   release's own update happens in {@link DataReleaseWorkflow}
     * @param submission submits a workflow request in the transaction storing the release
     */
    @Activate
    public DataReleaseServiceImpl(@Reference(target = "(osgi.unit.name=xueji-audit)") EntityManagerFactory emf,
                                  @Reference PlatformClock clock, @Reference WorkflowService workflow,
                                  @Reference WorkflowSubmission submission, @Reference AuditAnchor anchor) {
        this.tx = new Transactions(emf);
        this.clock = clock;
        this.audit = new AuditWriter(clock::now, anchor::sealHead);
        this.workflow = workflow;
        this.submission = submission;
    }

    @Override
    public DataRelease request(Actor actor, NewDataRelease r) {
        return refusalsAudited(actor, "release.request", null, r == null ? null : r.schoolId(), () -> {
            actor.require(Permission.REQUEST_DATA_RELEASE);
            List<FieldError> errors = ReleaseRules.validate(r);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            // school requesters ask for their own school's data only
            Long school = r.schoolId();
            if (!actor.isDistrictWide()) {
                actor.requireSchool(school == null ? actor.schoolId() : school);
                school = actor.schoolId();
            }
            byte[] scan = r.scannedApproval() == null || r.scannedApproval().length == 0 ? null : r.scannedApproval();
            ReleaseRules.ScanType scanType = ReleaseRules.ScanType.of(scan);
            Long releaseSchool = school;
            return tx.inTransaction(em -> {
                DataReleaseEntity e = new DataReleaseEntity();
                e.requester = actor.username();
                e.requesterSchoolId = actor.schoolId();
                e.purpose = r.purpose().strip();
                e.recipient = r.recipient().strip();
                e.dataScope = r.dataScope().strip();
                e.schoolId = releaseSchool;
                e.approvalDocumentNumber = r.approvalDocumentNumber().strip();
                e.status = DataReleaseStatus.PENDING.name();
                e.requestedAt = clock.now();
                e.validDays = r.validDays();
                e.maxDownloads = r.maxDownloads();
                e.downloads = 0;
                e.scopeGrades = r.scope().gradesText();
                e.scopeFields = r.scope().fieldsText();
                if (scan != null) {
                    e.scanName = ReleaseRules.scanName(r.scannedApprovalName(), scanType);
                    e.scanType = scanType.name();
                }
                em.persist(e);
                em.flush();
                if (scan != null) {
                    em.createNativeQuery("UPDATE REL_REQUEST SET SCAN = ? WHERE ID = ?")
                            .setParameter(1, scan).setParameter(2, e.id).executeUpdate();
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("purpose", e.purpose);
                details.put("recipient", e.recipient);
                details.put("dataScope", e.dataScope);
                details.put("grades", e.scopeGrades);
                details.put("fields", e.scopeFields);
                details.put("approvalDocumentNumber", e.approvalDocumentNumber);
                details.put("maxDownloads", e.maxDownloads);
                details.put("validDays", e.validDays);
                if (scan != null) {
                    details.put("scannedApproval", e.scanName + " (" + e.scanType + ", " + scan.length + " 字节)");
                }
                audit.append(em, new AuditEvent(actor, "release.request", TARGET, String.valueOf(e.id), e.schoolId,
                        details));
                e.workflowId = submitWorkflow(em, actor, e);
                em.flush();
                return toRelease(e, clock.now());
            });
        });
    }

    @Override
    public DataRelease approve(Actor approver, long requestId, String note) {
        return decide(approver, requestId, note, true);
    }

    @Override
    public DataRelease reject(Actor approver, long requestId, String reason) {
        return decide(approver, requestId, reason, false);
    }

    private DataRelease decide(Actor approver, long requestId, String note, boolean approve) {
        String action = approve ? "release.approve" : "release.reject";
        return refusalsAudited(approver, action, requestId, null, () -> {
            approver.require(Permission.APPROVE_DATA_RELEASE);
            List<FieldError> errors = new ArrayList<>();
            ReleaseRules.text(errors, approve ? "note" : "reason", note, ReleaseRules.NOTE_MAX, !approve);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            // the release's state and the approver are checked here as before; the decision itself
            // goes through the workflow, whose handler updates the release in the same transaction
            DataReleaseEntity e = tx.read(em -> find(em, requestId, false));
            approver.requireSchool(e.schoolId);
            ReleaseRules.checkDecision(approver, e.requester, DataReleaseStatus.valueOf(e.status), requestId);
            long workflowId = e.workflowId != null ? e.workflowId : tx.inTransaction(em -> {
                // a request made before releases moved onto the workflow
                DataReleaseEntity locked = find(em, requestId, true);
                if (locked.workflowId == null) {
                    locked.workflowId = submitWorkflow(em, Actor.system("release-workflow-migration"), locked);
                }
                return locked.workflowId;
            });
            workflow.decide(approver, workflowId, approve ? Decision.APPROVE : Decision.REJECT, note);
            return tx.read(em -> toRelease(find(em, requestId, false), clock.now()));
        });
    }

    private long submitWorkflow(EntityManager em, Actor actor, DataReleaseEntity e) {
        String subject = e.purpose.length() > 200 ? e.purpose.substring(0, 199) + "…" : e.purpose;
        return submission.submit(em, actor, new NewWorkflowRequest(DataReleaseWorkflow.TYPE, String.valueOf(e.id),
                subject, e.schoolId)).id();
    }

    @Override
    public List<DataRelease> list(Actor actor) {
        if (!(actor.has(Permission.REQUEST_DATA_RELEASE) || actor.has(Permission.APPROVE_DATA_RELEASE)
                || actor.has(Permission.EXPORT_DATA) || actor.has(Permission.VIEW_AUDIT)
                || actor.has(Permission.ADMINISTER_SYSTEM))) {
            actor.require(Permission.REQUEST_DATA_RELEASE);
        }
        boolean all = actor.isDistrictWide() && (actor.has(Permission.APPROVE_DATA_RELEASE)
                || actor.has(Permission.ADMINISTER_SYSTEM) || actor.has(Permission.VIEW_AUDIT));
        Instant now = clock.now();
        return tx.read(em -> {
            TypedQuery<DataReleaseEntity> q;
            if (all) {
                q = em.createQuery("select r from DataRelease r order by r.id desc", DataReleaseEntity.class);
            } else if (!actor.isDistrictWide()) {
                q = em.createQuery("select r from DataRelease r where r.schoolId = :s or r.requester = :u "
                        + "order by r.id desc", DataReleaseEntity.class)
                        .setParameter("s", actor.schoolId()).setParameter("u", actor.username());
            } else {
                q = em.createQuery("select r from DataRelease r where r.requester = :u order by r.id desc",
                        DataReleaseEntity.class).setParameter("u", actor.username());
            }
            return q.getResultList().stream().map(e -> toRelease(e, now)).toList();
        });
    }

    @Override
    public List<DataRelease> usable(Actor actor) {
        if (!actor.has(Permission.EXPORT_DATA)) {
            return List.of();
        }
        Instant now = clock.now();
        return tx.read(em -> {
            TypedQuery<DataReleaseEntity> q = em.createQuery("select r from DataRelease r where r.status = :st "
                    + "and r.validUntil > :now and r.downloads < r.maxDownloads"
                    + (actor.isDistrictWide() ? "" : " and r.schoolId = :s") + " order by r.id desc",
                    DataReleaseEntity.class)
                    .setParameter("st", DataReleaseStatus.APPROVED.name()).setParameter("now", now);
            if (!actor.isDistrictWide()) {
                q.setParameter("s", actor.schoolId());
            }
            return q.getResultList().stream().map(e -> toRelease(e, now))
                    .filter(r -> ReleaseRules.usable(actor, r, now)).toList();
        });
    }

    @Override
    public DataRelease authorizeExport(Actor actor, long requestId, ExportRequest asked) {
        if (asked == null) {
            throw new ValidationException(List.of(new FieldError("export", PlatformMessages.REQUIRED)));
        }
        String exportKind = asked.kind();
        // a school user's export is always of their own school (their searches cannot reach
        // further), even when the search had no school filter; another school is refused below
        Long requestedSchoolId = asked.schoolId();
        Long schoolId = requestedSchoolId == null && !actor.isDistrictWide() ? actor.schoolId() : requestedSchoolId;
        ExportRequest export = new ExportRequest(exportKind, schoolId, asked.gradeLevel(), asked.requiredFields());
        return refusalsAudited(actor, "export", requestId, schoolId, () -> {
            // district administrators are not exempt (R4): everyone needs an approved request
            actor.require(Permission.EXPORT_DATA);
            List<FieldError> errors = new ArrayList<>();
            ReleaseRules.text(errors, "exportKind", exportKind, ReleaseRules.EXPORT_KIND_MAX, true);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return concurrent(() -> tx.inTransaction(em -> {
                // the row lock makes the last download count once, however many export at once
                DataReleaseEntity e = find(em, requestId, true);
                Instant now = clock.now();
                ReleaseRules.checkExport(actor, toRelease(e, now), export, now, clock.clock().getZone());
                int before = e.downloads;
                e.downloads = before + 1;
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("requestId", e.id);
                details.put("exportKind", exportKind.strip());
                details.put("school", schoolId == null ? "全区" : schoolId);
                if (export.gradeLevel() != null) {
                    details.put("grade", export.gradeLevel());
                }
                details.put("downloads", List.of(before, e.downloads));
                details.put("maxDownloads", e.maxDownloads);
                audit.append(em, new AuditEvent(actor, "export", TARGET, String.valueOf(e.id), schoolId, details));
                return toRelease(e, now);
            }));
        });
    }

    private static DataReleaseEntity find(EntityManager em, long id, boolean lock) {
        DataReleaseEntity e = lock ? em.find(DataReleaseEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DataReleaseEntity.class, id);
        if (e == null) {
            throw new NotFoundException(ReleaseMessages.RELEASE_NOT_FOUND, String.valueOf(id));
        }
        return e;
    }

    static DataRelease toRelease(DataReleaseEntity e, Instant now) {
        DataReleaseStatus stored = DataReleaseStatus.valueOf(e.status);
        DataReleaseStatus status = stored == DataReleaseStatus.APPROVED && scope(e) == null
                ? DataReleaseStatus.EXPIRED
                : ReleaseRules.effectiveStatus(stored, e.validUntil, e.downloads, e.maxDownloads, now);
        return new DataRelease(e.id, e.requester, e.purpose, e.recipient, e.dataScope, e.schoolId,
                e.approvalDocumentNumber, e.scanName != null, status, e.decidedBy, e.decidedAt, e.decisionNote,
                e.requestedAt, e.validUntil, e.maxDownloads, e.downloads, scope(e));
    }

    private static ReleaseScope scope(DataReleaseEntity e) {
        return ReleaseScope.parse(e.scopeGrades, e.scopeFields);
    }

    /** Two decisions of the same request at once: the second gets a clear message. */
    private static <T> T concurrent(Supplier<T> work) {
        try {
            return work.get();
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new DomainException(PlatformMessages.CONCURRENT_CHANGE);
            }
            throw e;
        }
    }

    /**
     * Runs the work; a refusal (permission, scope, state, bad input) is recorded in the trail
     * in a transaction of its own (R7: "refused and audited"), then rethrown unchanged.
     */
    private <T> T refusalsAudited(Actor actor, String action, Long requestId, Long schoolId, Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException refused) {
            try {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("reason", refused.getMessage());
                if (refused instanceof AccessDeniedException) {
                    details.put("denied", true);
                }
                tx.run(em -> audit.append(em, new AuditEvent(actor, action + ".refused", TARGET,
                        requestId == null ? null : String.valueOf(requestId), schoolId, details)));
            } catch (RuntimeException e) {
                refused.addSuppressed(e);
            }
            throw refused;
        }
    }
}
