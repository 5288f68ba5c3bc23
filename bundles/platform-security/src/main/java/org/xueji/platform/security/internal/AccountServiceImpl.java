package org.xueji.platform.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.ConsoleEndpoint;
import org.xueji.platform.api.security.AccountSessionListener;
import org.xueji.platform.api.security.LoginResult;
import org.xueji.platform.api.security.LoginResult.Status;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.platform.api.security.SecurityMessages;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.security.internal.Authenticator.Outcome;
import org.xueji.platform.security.internal.Authenticator.Verdict;
import org.xueji.platform.security.internal.entity.AccountEntity;
import org.xueji.platform.security.internal.entity.SessionEntity;

/**
 * The account service: login, one session per account and the holder's own password (R2, R6).
 * Account administration is delegated to {@link AccountAdministration}. Every change, login,
 * failed login, lockout, logout and session end is appended to the audit trail in the same
 * transaction as the change itself (R7). "Now" is always the {@link PlatformClock}.
 */
@Component(service = AccountService.class, configurationPid = "org.xueji.security")
@Designate(ocd = SecurityConfig.class)
public class AccountServiceImpl implements AccountService {

    static final int SESSION_ID_MAX = 200;
    static final int CLIENT_ADDRESS_MAX = 100;

    private final Transactions tx;
    private final PlatformClock clock;
    private final AuditTrail audit;
    private final Authenticator authenticator;
    private final ActorChecks checks;
    private final PasswordStore passwords;
    private final SessionEnds sessionEnds = new SessionEnds();
    private final AccountAdministration administration;

    /**
     * The web console while it listens; without it demo accounts cannot log in (their password
     * is published: they work only on a console bound to loopback, issue 16).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConsoleEndpoint console;

    @Activate
    public AccountServiceImpl(@Reference(target = "(osgi.unit.name=xueji-security)") EntityManagerFactory emf,
                              @Reference PlatformClock clock,
                              @Reference AuditTrail audit,
                              SecurityConfig config) {
        this(emf, clock, audit, config, AddressThrottle.loginThrottle(emf));
    }

    AccountServiceImpl(EntityManagerFactory emf, PlatformClock clock, AuditTrail audit, SecurityConfig config,
                       AddressThrottle throttle) {
        this.tx = new Transactions(emf);
        this.clock = clock;
        this.audit = audit;
        this.authenticator = new Authenticator(clock, audit, PasswordPolicy.of(config),
                PasswordHasher.forConfig(config.hashIterations()), throttle);
        configureThrottle(throttle, config);
        this.checks = new ActorChecks(tx);
        this.passwords = new PasswordStore(authenticator);
        this.administration = new AccountAdministration(tx, clock, audit, authenticator, passwords, checks,
                sessionEnds);
    }

    /** Console pages and SSH sessions to close when an administrator ends an account's sessions. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSessionListener(AccountSessionListener listener) {
        sessionEnds.add(listener);
    }

    void removeSessionListener(AccountSessionListener listener) {
        sessionEnds.remove(listener);
    }

    @Modified
    void modified(SecurityConfig config) {
        authenticator.configure(PasswordPolicy.of(config), PasswordHasher.forConfig(config.hashIterations()));
        configureThrottle(authenticator.throttle(), config);
    }

    static void configureThrottle(AddressThrottle throttle, SecurityConfig config) {
        throttle.configure(config.addressFailuresBeforeWait(),
                java.time.Duration.ofMinutes(config.addressMaxWaitMinutes()));
    }

    PasswordPolicy policy() {
        return authenticator.policy();
    }

    // ---------------------------------------------------------------- login and sessions

    @Override
    public LoginResult login(String username, char[] password, String clientAddress, String sessionId) {
        try {
            if (sessionId == null || sessionId.isBlank() || sessionId.length() > SESSION_ID_MAX) {
                throw new IllegalArgumentException("session id must be 1–" + SESSION_ID_MAX + " characters");
            }
            String name = AccountRecords.normalise(username);
            String client = client(clientAddress);
            LoginResult result = tx.inTransaction(em -> {
                Instant now = clock.now();
                Verdict v = authenticator.check(em, name, password, client, "web", now);
                switch (v.outcome()) {
                    case UNKNOWN:
                        authenticator.auditUnknown(em, username, client, "web");
                        return new LoginResult(Status.FAILED, null, null, null);
                    case WRONG_PASSWORD:
                        return v.lockedUntil() == null ? new LoginResult(Status.FAILED, null, null, null)
                                : new LoginResult(Status.LOCKED, null, v.lockedUntil(), null);
                    case LOCKED:
                        return new LoginResult(Status.LOCKED, null, v.lockedUntil(), null);
                    case DISABLED:
                        return new LoginResult(Status.DISABLED, null, null, null);
                    case THROTTLED:
                        return new LoginResult(Status.THROTTLED, null, v.lockedUntil(), null);
                    default:
                        break;
                }
                AccountEntity a = v.account();
                if (a.demo && !consoleOnLoopback()) {
                    // a published password must not open a console that other machines can reach
                    audit.append(em, Authenticator.event(AccountRecords.actorOf(a, client), "login.failed", a, "web")
                            .withChanges(Authenticator.details("web", "reason", "demo-account-beyond-loopback")));
                    return new LoginResult(Status.FAILED, null, null, null);
                }
                Status status = entryStatus(a, now);
                a.lastLoginAt = now;
                Actor actor = AccountRecords.actorOf(a, client);
                audit.append(em, Authenticator.event(actor, "login.ok", a, "web").withChanges(Authenticator.details(
                        "web", "status", status.name(), "session", AccountRecords.fingerprint(sessionId))));
                String ended = replaceSession(em, a, actor, sessionId, client, now);
                // the actor is refused by every service once this session ends (issue 16 item 7)
                return new LoginResult(status, actor.withValidity(checks.session(a.id, sessionId)), null, ended);
            });
            if (result.endedSessionId() != null) {
                checks.changed(); // the replaced session's actor is stale from now on (R2)
            }
            return result;
        } finally {
            AccountRecords.wipe(password);
        }
    }

    private boolean consoleOnLoopback() {
        ConsoleEndpoint c = console;
        return c != null && c.loopbackOnly();
    }

    /** OK, or the password change the holder must make first (never for demo accounts). */
    private Status entryStatus(AccountEntity a, Instant now) {
        if (a.demo) {
            return Status.OK;
        }
        if (a.mustChange) {
            return Status.PASSWORD_CHANGE_REQUIRED;
        }
        return authenticator.policy().isExpired(a.passwordChangedAt, now) ? Status.PASSWORD_EXPIRED : Status.OK;
    }

    /** R2: one session per account. Returns the session this one replaces, if any. */
    private String replaceSession(EntityManager em, AccountEntity a, Actor actor, String sessionId, String client,
                                  Instant now) {
        SessionEntity s = em.find(SessionEntity.class, a.id);
        String ended = null;
        if (s != null && !s.sessionId.equals(sessionId)) {
            ended = s.sessionId;
            audit.append(em, Authenticator.event(actor, "session.replaced", a, null).withChanges(
                    Authenticator.details(null, "endedSession", AccountRecords.fingerprint(ended),
                            "endedClient", s.clientAddress, "endedStartedAt", String.valueOf(s.startedAt),
                            "session", AccountRecords.fingerprint(sessionId))));
        }
        boolean fresh = s == null;
        if (fresh) {
            s = new SessionEntity();
            s.accountId = a.id;
        }
        s.sessionId = sessionId;
        s.startedAt = now;
        s.clientAddress = client;
        if (fresh) {
            em.persist(s);
        }
        return ended;
    }

    @Override
    public Actor actorFor(String username, String clientAddress) {
        String name = AccountRecords.normalise(username);
        return tx.read(em -> {
            AccountEntity a = AccountRecords.find(em, name);
            if (a == null) {
                throw new AccessDeniedException(SecurityMessages.ACCOUNT_NOT_FOUND,
                        AccountRecords.printable(username, 64));
            }
            if (!a.enabled) {
                throw new AccessDeniedException(SecurityMessages.ACCOUNT_DISABLED);
            }
            // a lockout stops password guessing, not the holder's open sessions: not checked here
            return AccountRecords.actorOf(a, client(clientAddress)).withValidity(checks.account(a));
        });
    }

    @Override
    public boolean isSessionCurrent(String username, String sessionId) {
        String name = AccountRecords.normalise(username);
        if (name == null || sessionId == null) {
            return false;
        }
        return tx.read(em -> {
            AccountEntity a = AccountRecords.find(em, name);
            if (a == null || !a.enabled) {
                return false;
            }
            SessionEntity s = em.find(SessionEntity.class, a.id);
            return s != null && s.sessionId.equals(sessionId);
        });
    }

    @Override
    public void logout(Actor actor, String sessionId) {
        tx.run(em -> {
            AccountEntity a = AccountRecords.find(em, AccountRecords.normalise(actor.username()));
            boolean current = false;
            if (a != null) {
                SessionEntity s = em.find(SessionEntity.class, a.id);
                current = s != null && s.sessionId.equals(sessionId);
                if (current) {
                    em.remove(s);
                }
            }
            audit.append(em, AuditEvent.of(actor, "logout", "account", actor.username(),
                    a == null ? actor.schoolId() : a.schoolId).withChanges(Authenticator.details(null,
                    "session", AccountRecords.fingerprint(sessionId), "current", current)));
        });
        checks.changed();
    }

    @Override
    public void sessionExpired(String username, String sessionId) {
        String name = AccountRecords.normalise(username);
        tx.run(em -> {
            AccountEntity a = AccountRecords.find(em, name);
            if (a == null) {
                return;
            }
            SessionEntity s = em.find(SessionEntity.class, a.id);
            if (s == null || !s.sessionId.equals(sessionId)) {
                // already replaced by a newer login (recorded then) or logged out
                return;
            }
            em.remove(s);
            audit.append(em, Authenticator.event(AccountRecords.actorOf(a, s.clientAddress), "session.expired", a,
                    null).withChanges(Authenticator.details(null, "session", AccountRecords.fingerprint(sessionId),
                    "startedAt", String.valueOf(s.startedAt))));
        });
        checks.changed();
    }

    // ---------------------------------------------------------------- passwords

    @Override
    public void changePassword(String username, char[] oldPassword, char[] newPassword, String clientAddress) {
        try {
            String name = AccountRecords.normalise(username);
            String client = client(clientAddress);
            Verdict refused = tx.inTransaction(em -> {
                Instant now = clock.now();
                Verdict v = authenticator.check(em, name, oldPassword, client, "password-change", now);
                if (v.outcome() == Outcome.UNKNOWN) {
                    authenticator.auditUnknown(em, username, client, "password-change");
                }
                if (v.outcome() != Outcome.OK) {
                    return v; // committed: the failure counts towards the lockout
                }
                AccountEntity a = v.account();
                PasswordPolicy policy = authenticator.policy();
                List<FieldError> errors = policy.check(a.username, newPassword, PasswordStore.recentHashes(em, a),
                        authenticator.hasher()).stream().map(r -> r.toFieldError("newPassword")).toList();
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                passwords.setPassword(em, a, newPassword, now);
                a.mustChange = false;
                audit.append(em, Authenticator.event(AccountRecords.actorOf(a, client), "password.change", a, null)
                        .withChanges(Authenticator.details(null, "expiresAt",
                                policy.expiresAt(now).toString())));
                return null;
            });
            if (refused != null) {
                throw switch (refused.outcome()) {
                    case LOCKED -> new DomainException(SecurityMessages.ACCOUNT_LOCKED, lockedText(refused));
                    case DISABLED -> new AccessDeniedException(SecurityMessages.ACCOUNT_DISABLED);
                    case THROTTLED -> new DomainException(SecurityMessages.LOGIN_THROTTLED, lockedText(refused));
                    default -> refused.lockedUntil() != null
                            ? new DomainException(SecurityMessages.ACCOUNT_LOCKED, lockedText(refused))
                            : new DomainException(SecurityMessages.PASSWORD_OLD_WRONG);
                };
            }
        } finally {
            AccountRecords.wipe(oldPassword);
            AccountRecords.wipe(newPassword);
        }
    }

    private String lockedText(Verdict v) {
        return AccountRecords.time(v.lockedUntil(), clock.clock().getZone());
    }

    @Override
    public List<String> checkPolicy(String username, char[] candidate, Locale locale) {
        // Deliberately without the history: this method needs no authentication, and telling
        // whether a candidate equals a stored password would make it a password oracle.
        // The caller keeps (and wipes) the candidate.
        return authenticator.policy().check(AccountRecords.normalise(username), candidate).stream()
                .map(r -> r.message(locale)).toList();
    }

    // ---------------------------------------------------------------- administration

    @Override
    public List<Account> listAccounts(Actor actor) {
        return administration.listAccounts(actor);
    }

    @Override
    public Account getAccount(Actor actor, String username) {
        return administration.getAccount(actor, username);
    }

    @Override
    public Account createAccount(Actor actor, NewAccount input) {
        return administration.createAccount(actor, input);
    }

    @Override
    public Account updateAccount(Actor actor, String username, String displayName, Role role, Long schoolId,
                                 Set<Long> classIds, String phone) {
        return administration.updateAccount(actor, username, displayName, role, schoolId, classIds, phone);
    }

    @Override
    public void resetPassword(Actor actor, String username, char[] newPassword) {
        administration.resetPassword(actor, username, newPassword);
    }

    @Override
    public void unlock(Actor actor, String username) {
        administration.unlock(actor, username);
    }

    @Override
    public boolean clearAddressWait(Actor actor, String address) {
        actor.require(Permission.ADMINISTER_SYSTEM);
        String host = ClientAddresses.host(address);
        if (host.isBlank() || host.length() > CLIENT_ADDRESS_MAX) {
            throw new ValidationException(List.of(new FieldError("address",
                    host.isBlank() ? PlatformMessages.REQUIRED : PlatformMessages.TOO_LONG, CLIENT_ADDRESS_MAX)));
        }
        // the failures go with their audit row: one transaction (DatabaseFailureLog's table is in this unit)
        return tx.inTransaction(em -> {
            boolean cleared = authenticator.throttle().clear(host, em);
            audit.append(em, AuditEvent.of(actor, "login.address-cleared", "address", host, null)
                    .withChanges(java.util.Map.<String, Object>of("hadFailures", cleared)));
            return cleared;
        });
    }

    @Override
    public void setEnabled(Actor actor, String username, boolean enabled) {
        administration.setEnabled(actor, username, enabled);
    }

    @Override
    public List<SchoolRoleHolders> schoolRoleHolders(Actor actor) {
        return administration.schoolRoleHolders(actor);
    }

    private static String client(String clientAddress) {
        String c = AccountRecords.printable(clientAddress, CLIENT_ADDRESS_MAX);
        return c.isEmpty() ? "local" : c;
    }
}
