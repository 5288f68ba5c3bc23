package org.xueji.platform.security.internal;

import org.xueji.platform.api.audit.AuditAction;

/** The audit actions the security bundle (accounts, login, sessions) writes, with their labels (messages*.properties beside this class; R7). */
enum SecurityAuditActions implements AuditAction {
    LOGIN_OK("login.ok"),
    LOGIN_FAILED("login.failed"),
    LOGIN_LOCKED("login.locked"),
    LOGOUT("logout"),
    SESSION_REPLACED("session.replaced"),
    SESSION_EXPIRED("session.expired"),
    PASSWORD_CHANGE("password.change"),
    SHELL_LOGIN("shell.login"),
    ACCOUNT_CREATE("account.create"),
    ACCOUNT_UPDATE("account.update"),
    ACCOUNT_RESET_PASSWORD("account.reset-password"),
    ACCOUNT_UNLOCK("account.unlock"),
    ACCOUNT_ENABLE("account.enable"),
    ACCOUNT_DISABLE("account.disable");

    private final String action;

    SecurityAuditActions(String action) {
        this.action = action;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public String key() {
        return "AUDIT_" + name();
    }
}
