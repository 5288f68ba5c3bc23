package org.xueji.platform.api.audit;

import java.util.Map;
import org.xueji.platform.api.Actor;

/**
 * One operation to record (R7).
 *
 * @param action     what happened, e.g. {@code student.update}, {@code login.failed}
 * @param targetType kind of object, e.g. {@code student}, {@code account}
 * @param targetId   the object's id or name
 * @param schoolId   the school the object belongs to, for filtering
 * @param changes    field → [before, after] for changes; field → value for other details
 */
public record AuditEvent(Actor actor, String action, String targetType, String targetId, Long schoolId,
                         Map<String, Object> changes) {
    public AuditEvent {
        changes = changes == null ? Map.of() : Map.copyOf(changes);
    }

    public static AuditEvent of(Actor actor, String action, String targetType, Object targetId, Long schoolId) {
        return new AuditEvent(actor, action, targetType, targetId == null ? null : String.valueOf(targetId), schoolId,
                Map.of());
    }

    public AuditEvent withChanges(Map<String, Object> details) {
        return new AuditEvent(actor, action, targetType, targetId, schoolId, details);
    }
}
