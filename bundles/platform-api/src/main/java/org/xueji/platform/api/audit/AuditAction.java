package org.xueji.platform.api.audit;

import org.xueji.platform.api.MessageKey;

/**
 * An action name a module writes to the audit trail ({@link AuditEvent#action()}), with its
 * label as a message key of that module (Chinese and English texts). Usually an enum:
 *
 * <pre>{@code
 * enum EnrollmentAuditActions implements AuditAction {
 *     IMPORT("enrollment.import"), ...;
 *     private final String action;
 *     EnrollmentAuditActions(String action) { this.action = action; }
 *     public String action() { return action; }
 *     public String key() { return name(); }
 * }
 * }</pre>
 */
public interface AuditAction extends MessageKey {

    /** The action as written in audit rows, e.g. {@code student.view}. */
    String action();
}
