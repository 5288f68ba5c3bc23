package org.xueji.platform.security.internal.jaas;

import org.xueji.platform.api.Role;

/**
 * What the shell's login module needs from the account store: a password check with the
 * lockout of R2 that opens no web session, and the audit rows the module writes once the
 * whole JAAS login is decided.
 */
public interface ShellAuthentication {

    enum Result {
        /** password right, account usable */
        OK,
        /** no such account: perhaps an operator of etc/users.properties (next module) */
        UNKNOWN,
        /** wrong password, disabled, or a password that must be changed first (in the web console) */
        REFUSED,
        /** locked after repeated failures */
        LOCKED
    }

    record ShellLogin(Result result, String username, Role role) {
    }

    /** Checks the password (the array is wiped), counts failures and audits the attempt. */
    ShellLogin authenticate(String username, char[] password, String clientAddress);

    /** A name that is no account got in through another module of the realm (etc/users.properties). */
    void operatorLoggedIn(String username, String clientAddress);

    /** A name that is no account failed in every module of the realm. */
    void unknownUserFailed(String username, String clientAddress);
}
