package org.xueji.platform.api.security;

import java.time.Instant;
import org.xueji.platform.api.Actor;

/**
 * Outcome of a login attempt. Unknown user and wrong password are both {@link Status#FAILED};
 * the console shows the same message for those, {@code LOCKED} and {@code DISABLED}, so that
 * neither account names nor account states can be probed (issue 16).
 *
 * @param actor            the logged-in actor when {@code OK} or a password change is required
 * @param lockedUntil      when {@code LOCKED}: the end of the lockout; when {@code THROTTLED}: when the
 *                         address may try again
 * @param endedSessionId   the session this login replaced (one active session per account, R2)
 */
public record LoginResult(Status status, Actor actor, Instant lockedUntil, String endedSessionId) {

    public enum Status {
        OK,
        /** First login of an administrator-created account, or after a reset. */
        PASSWORD_CHANGE_REQUIRED,
        /** The password is older than the expiry period (R2). */
        PASSWORD_EXPIRED,
        LOCKED,
        DISABLED,
        FAILED,
        /**
         * Too many failed logins from this client address: it waits before its next attempt,
         * and the password was not checked (so guessing from one address cannot lock an account).
         */
        THROTTLED
    }

    public boolean mayEnter() {
        return status == Status.OK;
    }
}
