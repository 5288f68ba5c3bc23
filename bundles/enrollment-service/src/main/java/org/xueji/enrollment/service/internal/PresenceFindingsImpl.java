package org.xueji.enrollment.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.service.internal.entity.DiscrepancyEntity;
import org.xueji.enrollment.service.internal.entity.VerificationEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.finding.FindingSettlement;
import org.xueji.registry.api.finding.PresenceFinding;
import org.xueji.registry.api.finding.PresenceFindings;

/**
 * The 人在籍不在 findings of the 人籍一致 checks (R18) for a module that acts on them in one click (a
 * transfer in started from the finding): read one in the actor's scope, and settle it once the change
 * was approved (resolved 已办理转学 with the change's reference). Enrollment names no such module.
 */
@Component(service = PresenceFindings.class)
public class PresenceFindingsImpl implements PresenceFindings {

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final Clock clock;

    @Activate
    public PresenceFindingsImpl(@Reference(target = "(osgi.unit.name=xueji-enrollment)") EntityManagerFactory emf,
                                @Reference AuditTrail audit, @Reference AuditService auditService,
                                @Reference PlatformClock clock) {
        this(new Transactions(emf), audit, new DeniedAccess(auditService), clock.clock());
    }

    PresenceFindingsImpl(Transactions tx, AuditTrail audit, DeniedAccess denied, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.denied = denied;
        this.clock = clock;
    }

    @Override
    public Optional<PresenceFinding> personWithoutRecord(Actor actor, long findingId) {
        return denied.guard(actor, "verification.finding", "discrepancy", findingId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            return tx.read(em -> {
                DiscrepancyEntity d = em.find(DiscrepancyEntity.class, findingId);
                if (d == null || !DiscrepancyKind.PERSON_WITHOUT_RECORD.name().equals(d.kind)) {
                    return Optional.<PresenceFinding>empty();
                }
                VerificationEntity v = em.find(VerificationEntity.class, d.verificationId);
                actor.requireSchool(v.schoolId);
                boolean open = d.resolution == null && !SchoolVerification.Status.CLOSED.name().equals(v.status);
                return Optional.of(new PresenceFinding(d.id, v.schoolId, d.idNumber, d.gradeLevel, d.classNumber,
                        open, d.name));
            });
        });
    }

    @Override
    public boolean settle(Actor actor, long findingId, FindingSettlement how, String reference) {
        return denied.guard(actor, "verification.settle", "discrepancy", findingId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            if (how == null || reference == null || reference.isBlank() || reference.length() > 100) {
                throw new IllegalArgumentException("settlement and reference required");
            }
            // the school's own resolution for each way a registry change settles the finding
            String resolution = (how == FindingSettlement.REGISTERED ? ResolutionKind.RECORD_CREATED
                    : ResolutionKind.TRANSFER_STARTED).name();
            return tx.inTransaction(em -> {
                DiscrepancyEntity d = em.find(DiscrepancyEntity.class, findingId);
                if (d == null || !DiscrepancyKind.PERSON_WITHOUT_RECORD.name().equals(d.kind)) {
                    return false;
                }
                VerificationEntity v = em.find(VerificationEntity.class, d.verificationId);
                actor.requireSchool(v.schoolId);
                if (d.resolution != null || SchoolVerification.Status.CLOSED.name().equals(v.status)) {
                    // settled before (a retry) or resolved otherwise by the school: left as it is
                    return resolution.equals(d.resolution) && reference.equals(d.resolutionNote);
                }
                d.resolution = resolution;
                d.resolutionNote = reference;
                d.resolvedBy = actor.username();
                d.resolvedAt = Instant.now(clock);
                em.flush();
                VerificationServiceImpl.recount(em, v);
                Map<String, Object> changes = new LinkedHashMap<>();
                changes.put("resolution", List.of("", d.resolution));
                changes.put("kind", d.kind);
                changes.put("settledBy", reference);
                audit.append(em, AuditEvent.of(actor, "verification.settle", "discrepancy", d.id, v.schoolId)
                        .withChanges(changes));
                return true;
            });
        });
    }
}
