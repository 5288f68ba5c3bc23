package org.xueji.platform.security.internal;

import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions the security bundle (accounts, login, sessions) writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class SecurityAuditActions extends ModuleAuditActions {

    public SecurityAuditActions() {
        super("login.ok",
                "login.failed",
                "login.locked",
                "logout",
                "session.replaced",
                "session.expired",
                "password.change",
                "shell.login",
                "account.create",
                "account.update",
                "account.reset-password",
                "account.unlock",
                "account.enable",
                "account.disable");
    }
}
