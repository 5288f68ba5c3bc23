package org.xueji.platform.api.security;

/**
 * Whiteboard of the channels that hold open sessions of an account (the web console's pages,
 * the Karaf shell's SSH sessions). The account service calls every registered listener after
 * it committed a change that ends the account's sessions, so that they close at once rather
 * than at their next request (issue 16 item 7). The service itself already refuses the old
 * actor ({@link org.xueji.platform.api.ActorValidity}); closing is what the person sees.
 *
 * <p>Called outside any transaction, on the administrator's thread: a listener returns
 * quickly and never throws (a failure is logged by the caller and does not undo the change).
 */
public interface AccountSessionListener {

    /** Why the account's sessions end; audited with the change itself. */
    enum Reason {
        DISABLED,
        PASSWORD_RESET,
        SCOPE_CHANGED
    }

    /**
     * @param username the account whose sessions end
     * @param reason   what the administrator changed
     */
    void accountSessionsEnded(String username, Reason reason);
}
