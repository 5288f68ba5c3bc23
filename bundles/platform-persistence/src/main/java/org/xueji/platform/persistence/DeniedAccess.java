package org.xueji.platform.persistence;

import java.util.Map;
import java.util.function.Supplier;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;

/**
 * Records refused calls (R1, R7): a request for another school's record — typed into a URL
 * or a manipulated request — is refused and the refusal is audited in a transaction of its
 * own (the refused call's transaction rolls back).
 */
public final class DeniedAccess {

    private final AuditService auditService;

    public DeniedAccess(AuditService auditService) {
        this.auditService = auditService;
    }

    public <T> T guard(Actor actor, String action, String targetType, Object targetId, Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            auditService.record(AuditEvent.of(actor, "access.denied", targetType, targetId, actor.schoolId())
                    .withChanges(Map.of("call", action, "reason", e.messageKey().key())));
            throw e;
        }
    }
}
