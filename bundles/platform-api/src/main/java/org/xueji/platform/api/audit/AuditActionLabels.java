package org.xueji.platform.api.audit;

import java.util.List;

/**
 * Whiteboard: each module registers one service naming the audit actions it writes, so the
 * audit view can offer and label them (R7) without a list of other modules' actions. Actions
 * that no running module names are shown by their raw name.
 */
public interface AuditActionLabels {

    /** The actions this module writes. */
    List<? extends AuditAction> actions();
}
