package org.xueji.platform.api.audit;

import java.util.List;
import java.util.Locale;

/**
 * Whiteboard: each module registers one service naming the audit actions it writes
 * ({@link AuditEvent#action()}), so the audit view can offer and label them (R7) without a
 * list of other modules' actions. Actions no running module names are shown by their raw name.
 * Extend {@link ModuleAuditActions} rather than implementing this by hand.
 */
public interface AuditActionLabels {

    /** The actions this module writes, e.g. {@code student.view}. */
    List<String> actions();

    /** The action's label in the language, or null when this module does not name it. */
    String label(String action, Locale locale);
}
