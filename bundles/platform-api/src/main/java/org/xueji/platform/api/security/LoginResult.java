package org.xueji.platform.api.security;

import java.time.Instant;
import org.xueji.platform.api.Actor;

/**
 * Outcome of a login attempt. Unknown user and wrong password are both {@link Status#FAILED}
 * with the same message, so that account names cannot be probed.
 *
 * @param actor            the logged-in actor when {@code OK} or a password change is required
 * @param lockedUntil      when {@code LOCKED}
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
        FAILED
    }

    public boolean mayEnter() {
        return status == Status.OK;
    }
}
