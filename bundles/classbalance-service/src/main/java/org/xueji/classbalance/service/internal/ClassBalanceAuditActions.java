package org.xueji.classbalance.service.internal;

import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions of class balancing; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class ClassBalanceAuditActions extends ModuleAuditActions {

    static final String PROPOSE = "classbalance.propose";
    static final String RERUN = "classbalance.rerun";
    static final String SUBMIT = "classbalance.submit";
    static final String CONFIRM = "classbalance.confirm";
    static final String REJECT = "classbalance.reject";
    static final String VERIFY = "classbalance.verify";
    static final String PUBLISH = "classbalance.publish";
    static final String VIEW = "classbalance.view";
    static final String HEAD_TEACHERS = "classbalance.head-teachers";
    static final String EXPORT = "classbalance.export";

    public ClassBalanceAuditActions() {
        super(PROPOSE, RERUN, SUBMIT, CONFIRM, REJECT, VERIFY, PUBLISH, VIEW, HEAD_TEACHERS, EXPORT);
    }
}
