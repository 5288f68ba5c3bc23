package org.xueji.platform.api.security;

import java.util.List;
import java.util.Set;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;

/**
 * Accounts, login and sessions (R1, R2, R6). Every login, logout, failed login, lockout and
 * every change of an account is written to the audit trail. Thresholds (minimum length,
 * expiry days, history size, failures before lockout, lockout minutes) come from
 * Configuration Admin ({@code org.xueji.security}).
 */
public interface AccountService {

    /**
     * Checks the password and opens a session. A new login ends the account's previous
     * session ({@link LoginResult#endedSessionId()}).
     *
     * @param sessionId the caller's session (web session id, or {@code shell:<id>})
     */
    LoginResult login(String username, char[] password, String clientAddress, String sessionId);

    /**
     * The actor of an account already authenticated elsewhere (the Karaf shell's JAAS login):
     * its role, school and classes.
     *
     * @throws org.xueji.platform.api.AccessDeniedException for an unknown or disabled account
     */
    Actor actorFor(String username, String clientAddress);

    /** Whether the session is still the account's current one (a newer login ends it). */
    boolean isSessionCurrent(String username, String sessionId);

    void logout(Actor actor, String sessionId);

    /** Records that a session ended by idle timeout. */
    void sessionExpired(String username, String sessionId);

    /**
     * The account holder changes the password (also when forced at first login or after
     * expiry). Checks the policy (R2): length, character classes, not the username, none of
     * the last passwords.
     */
    void changePassword(String username, char[] oldPassword, char[] newPassword, String clientAddress);

    /** Refusals of a candidate password under the policy, as messages; empty when acceptable. */
    List<String> checkPolicy(String username, char[] candidate, java.util.Locale locale);

    List<Account> listAccounts(Actor actor);

    Account getAccount(Actor actor, String username);

    Account createAccount(Actor actor, NewAccount account);

    /** Changes role, school, classes, display name and phone. */
    Account updateAccount(Actor actor, String username, String displayName, Role role, Long schoolId,
                          Set<Long> classIds, String phone);

    /** Sets a new password the holder must change at next login. */
    void resetPassword(Actor actor, String username, char[] newPassword);

    void unlock(Actor actor, String username);

    /**
     * Ends the login wait of a client address (R2, issue 16: after 3 failures an address waits
     * before its next attempt): its counted failures are forgotten on every node of the database,
     * e.g. once an administrator has found out who was behind them. District-wide
     * ({@code ADMINISTER_SYSTEM}); audited ({@code login.address-cleared}).
     *
     * @param address an IP address as the audit trail shows it (a port is ignored)
     * @return whether the address had failures to forget
     */
    boolean clearAddressWait(Actor actor, String address);

    void setEnabled(Actor actor, String username, boolean enabled);

    /** R6: leaders in charge and registrars of each school in the actor's scope. */
    List<SchoolRoleHolders> schoolRoleHolders(Actor actor);
}
