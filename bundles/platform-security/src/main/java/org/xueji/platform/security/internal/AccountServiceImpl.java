package org.xueji.platform.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
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
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.ConsoleEndpoint;
import org.xueji.platform.api.security.AccountSessionListener;
import org.xueji.platform.api.security.AccountSessionListener.Reason;
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
import org.xueji.platform.security.internal.entity.PasswordHistoryEntity;
import org.xueji.platform.security.internal.entity.SessionEntity;

/**
 * Accounts, login, one session per account and the password policy (R1, R2, R6). Every
 * change, login, failed login, lockout, logout and session end is appended to the audit
 * trail in the same transaction as the change itself (R7). "Now" is always the
 * {@link PlatformClock}.
 */
@Component(service = AccountService.class, configurationPid = "org.xueji.security")
@Designate(ocd = SecurityConfig.class)
public class AccountServiceImpl implements AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");
    static final int DISPLAY_NAME_MAX = 50;
    static final int PHONE_MAX = 30;
    static final int SESSION_ID_MAX = 200;
    static final int CLIENT_ADDRESS_MAX = 100;

    private final Transactions tx;
    private final PlatformClock clock;
    private final AuditTrail audit;
    private final Authenticator authenticator;
    private final ActorChecks checks;
    private final SessionEnds sessionEnds = new SessionEnds();

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
        this(emf, clock, audit, config, AddressThrottle.SHARED);
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
                List<FieldError> errors = policy.check(a.username, newPassword, recentHashes(em, a),
                        authenticator.hasher()).stream().map(r -> r.toFieldError("newPassword")).toList();
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                setPassword(em, a, newPassword, now);
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

    /** The current hash first, then the previous ones, newest first. */
    private static List<String> recentHashes(EntityManager em, AccountEntity a) {
        List<String> hashes = new ArrayList<>();
        hashes.add(a.passwordHash);
        history(em, a.id).forEach(h -> hashes.add(h.passwordHash));
        return hashes;
    }

    private static List<PasswordHistoryEntity> history(EntityManager em, long accountId) {
        return em.createQuery("select h from PasswordHistory h where h.accountId = :a "
                        + "order by h.changedAt desc, h.id desc", PasswordHistoryEntity.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Stores a new hash, moving the old one into the history (keeping {@code historySize} entries). */
    private void setPassword(EntityManager em, AccountEntity a, char[] newPassword, Instant now) {
        PasswordHistoryEntity previous = new PasswordHistoryEntity();
        previous.accountId = a.id;
        previous.passwordHash = a.passwordHash;
        previous.changedAt = now;
        em.persist(previous);
        em.flush();
        List<PasswordHistoryEntity> all = history(em, a.id);
        int keep = authenticator.policy().historySize();
        for (int i = keep; i < all.size(); i++) {
            em.remove(all.get(i));
        }
        a.passwordHash = authenticator.hasher().hash(newPassword);
        a.passwordChangedAt = now;
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
        actor.require(Permission.MANAGE_ACCOUNTS);
        return tx.read(em -> scopedAccounts(em, actor).stream().map(AccountRecords::toAccount).toList());
    }

    private static List<AccountEntity> scopedAccounts(EntityManager em, Actor actor) {
        TypedQuery<AccountEntity> q = actor.isDistrictWide()
                ? em.createQuery("select a from Account a order by a.username", AccountEntity.class)
                : em.createQuery("select a from Account a where a.schoolId = :s order by a.username",
                        AccountEntity.class).setParameter("s", actor.schoolId());
        return q.getResultList();
    }

    @Override
    public Account getAccount(Actor actor, String username) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        return tx.read(em -> AccountRecords.toAccount(findInScope(em, actor, username)));
    }

    private static AccountEntity findInScope(EntityManager em, Actor actor, String username) {
        AccountEntity a = AccountRecords.find(em, AccountRecords.normalise(username));
        if (a == null) {
            throw new NotFoundException(SecurityMessages.ACCOUNT_NOT_FOUND, AccountRecords.printable(username, 64));
        }
        actor.requireSchool(a.schoolId);
        return a;
    }

    @Override
    public Account createAccount(Actor actor, NewAccount input) {
        try {
            actor.require(Permission.MANAGE_ACCOUNTS);
            if (input.demo() && !actor.username().startsWith("system:")) {
                // demo accounts skip the first-login change: only a platform job may create them
                throw new AccessDeniedException(PlatformMessages.PERMISSION_MISSING, "demo");
            }
            String username = AccountRecords.normalise(input.username());
            List<FieldError> errors = new ArrayList<>();
            if (username == null || !USERNAME.matcher(username).matches()) {
                errors.add(new FieldError("username", SecurityMessages.USERNAME_INVALID));
            }
            Scope scope = validateScope(errors, input.displayName(), input.role(), input.schoolId(),
                    input.classIds(), input.phone());
            authenticator.policy().check(username, input.initialPassword()).forEach(
                    r -> errors.add(r.toFieldError("initialPassword")));
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            requireManageable(actor, scope.role(), scope.schoolId());
            String hash = authenticator.hasher().hash(input.initialPassword());
            return tx.inTransaction(em -> {
                if (AccountRecords.find(em, username) != null) {
                    throw new ValidationException(List.of(
                            new FieldError("username", SecurityMessages.USERNAME_TAKEN, username)));
                }
                Instant now = clock.now();
                AccountEntity a = new AccountEntity();
                a.username = username;
                scope.applyTo(a);
                a.passwordHash = hash;
                a.passwordChangedAt = now;
                a.mustChange = !input.demo();
                a.failedLogins = 0;
                a.enabled = true;
                a.demo = input.demo();
                a.createdAt = now;
                em.persist(a);
                em.flush();
                Account created = AccountRecords.toAccount(a);
                audit.append(em, Authenticator.event(actor, "account.create", a, null)
                        .withChanges(values(created)));
                return created;
            });
        } finally {
            AccountRecords.wipe(input.initialPassword());
        }
    }

    @Override
    public Account updateAccount(Actor actor, String username, String displayName, Role role, Long schoolId,
                                 Set<Long> classIds, String phone) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        List<FieldError> errors = new ArrayList<>();
        Scope scope = validateScope(errors, displayName, role, schoolId, classIds, phone);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireManageable(actor, scope.role(), scope.schoolId());
        boolean[] scopeChanged = new boolean[1];
        Account updated = tx.inTransaction(em -> {
            AccountEntity a = findInScope(em, actor, username);
            Account before = AccountRecords.toAccount(a);
            scope.applyTo(a);
            em.flush();
            Account after = AccountRecords.toAccount(a);
            scopeChanged[0] = before.role() != after.role() || !Objects.equals(before.schoolId(),
                    after.schoolId()) || !before.classIds().equals(after.classIds());
            Map<String, Object> changes = changes(before, after);
            if (scopeChanged[0] && endSession(em, a)) {
                // the open session still carries the old role and school (R1)
                changes.put("sessionEnded", true);
            }
            audit.append(em, Authenticator.event(actor, "account.update", a, null).withChanges(changes));
            return after;
        });
        checks.changed();
        if (scopeChanged[0]) {
            sessionEnds.ended(updated.username(), Reason.SCOPE_CHANGED);
        }
        return updated;
    }

    @Override
    public void resetPassword(Actor actor, String username, char[] newPassword) {
        try {
            actor.require(Permission.MANAGE_ACCOUNTS);
            String reset = tx.inTransaction(em -> {
                AccountEntity a = findInScope(em, actor, username);
                // no history check here: it would tell the administrator whether the holder
                // used this password before; the holder must change it at next login anyway
                List<FieldError> errors = authenticator.policy().check(a.username, newPassword).stream()
                        .map(r -> r.toFieldError("newPassword")).toList();
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                Instant now = clock.now();
                setPassword(em, a, newPassword, now);
                a.mustChange = !a.demo;
                a.failedLogins = 0;
                a.lockedUntil = null;
                boolean ended = endSession(em, a);
                audit.append(em, Authenticator.event(actor, "account.reset-password", a, null).withChanges(
                        Authenticator.details(null, "mustChange", a.mustChange, "sessionEnded", ended)));
                return a.username;
            });
            checks.changed();
            sessionEnds.ended(reset, Reason.PASSWORD_RESET);
        } finally {
            AccountRecords.wipe(newPassword);
        }
    }

    @Override
    public void unlock(Actor actor, String username) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        tx.run(em -> {
            AccountEntity a = findInScope(em, actor, username);
            Map<String, Object> changes = new TreeMap<>();
            changes.put("failedLogins", Arrays.asList(String.valueOf(a.failedLogins), "0"));
            changes.put("lockedUntil", Arrays.asList(a.lockedUntil == null ? "" : a.lockedUntil.toString(), ""));
            a.failedLogins = 0;
            a.lockedUntil = null;
            audit.append(em, Authenticator.event(actor, "account.unlock", a, null).withChanges(changes));
        });
    }

    @Override
    public void setEnabled(Actor actor, String username, boolean enabled) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        String changed = tx.inTransaction(em -> {
            AccountEntity a = findInScope(em, actor, username);
            Map<String, Object> changes = new TreeMap<>();
            changes.put("enabled", Arrays.asList(String.valueOf(a.enabled), String.valueOf(enabled)));
            a.enabled = enabled;
            if (!enabled && endSession(em, a)) {
                changes.put("sessionEnded", true);
            }
            audit.append(em, Authenticator.event(actor, enabled ? "account.enable" : "account.disable", a, null)
                    .withChanges(changes));
            return a.username;
        });
        checks.changed();
        if (!enabled) {
            sessionEnds.ended(changed, Reason.DISABLED);
        }
    }

    /**
     * Removes the account's session row: the web console then finds its session no longer
     * current, and the actor issued at that login is refused by every service ({@link ActorChecks}).
     */
    private static boolean endSession(EntityManager em, AccountEntity a) {
        SessionEntity s = em.find(SessionEntity.class, a.id);
        if (s == null) {
            return false;
        }
        em.remove(s);
        return true;
    }

    @Override
    public List<SchoolRoleHolders> schoolRoleHolders(Actor actor) {
        // R6: anyone who may see the school sees who holds its registry roles; only account
        // managers see the login state of those accounts. Schools without any account are not
        // known here: the console completes the list with SchoolService.
        actor.require(Permission.VIEW_SCHOOL);
        boolean manager = actor.has(Permission.MANAGE_ACCOUNTS);
        return tx.read(em -> {
            TypedQuery<AccountEntity> q = actor.isDistrictWide()
                    ? em.createQuery("select a from Account a where a.schoolId is not null "
                            + "order by a.schoolId, a.username", AccountEntity.class)
                    : em.createQuery("select a from Account a where a.schoolId = :s order by a.username",
                            AccountEntity.class).setParameter("s", actor.schoolId());
            Map<Long, List<List<Account>>> bySchool = new TreeMap<>();
            for (AccountEntity e : q.getResultList()) {
                List<List<Account>> holders = bySchool.computeIfAbsent(e.schoolId,
                        id -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                if (!e.enabled) {
                    continue;
                }
                Account account = AccountRecords.toAccount(e);
                account = manager ? account : AccountRecords.withoutLoginState(account);
                switch (AccountRecords.role(e)) {
                    case SCHOOL_LEADER -> holders.get(0).add(account);
                    case SCHOOL_REGISTRAR -> holders.get(1).add(account);
                    case PRINCIPAL -> holders.get(2).add(account);
                    default -> { }
                }
            }
            List<SchoolRoleHolders> result = new ArrayList<>();
            bySchool.forEach((school, h) -> result.add(new SchoolRoleHolders(school, List.copyOf(h.get(0)),
                    List.copyOf(h.get(1)), List.copyOf(h.get(2)))));
            return result;
        });
    }

    // ---------------------------------------------------------------- validation

    /** Validated display name, role, school, classes and phone of an account. */
    private record Scope(String displayName, Role role, Long schoolId, Set<Long> classIds, String phone) {
        void applyTo(AccountEntity a) {
            a.displayName = displayName;
            a.role = role.name();
            a.schoolId = schoolId;
            a.classIds = AccountRecords.classIdsText(classIds);
            a.phone = phone;
        }
    }

    private static Scope validateScope(List<FieldError> errors, String displayName, Role role, Long schoolId,
                                       Set<Long> classIds, String phone) {
        String name = displayName == null ? null : displayName.strip();
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("displayName", PlatformMessages.REQUIRED));
        } else if (name.codePointCount(0, name.length()) > DISPLAY_NAME_MAX) {
            errors.add(new FieldError("displayName", PlatformMessages.TOO_LONG, DISPLAY_NAME_MAX));
        } else if (hasControlCharacters(name)) {
            errors.add(new FieldError("displayName", PlatformMessages.CONTROL_CHARACTERS));
        }
        String tel = phone == null || phone.isBlank() ? null : phone.strip();
        if (tel != null && tel.length() > PHONE_MAX) {
            errors.add(new FieldError("phone", PlatformMessages.TOO_LONG, PHONE_MAX));
        } else if (tel != null && hasControlCharacters(tel)) {
            errors.add(new FieldError("phone", PlatformMessages.CONTROL_CHARACTERS));
        }
        Long school = null;
        Set<Long> classes = Set.of();
        if (role == null) {
            errors.add(new FieldError("role", PlatformMessages.REQUIRED));
        } else if (role.scope() != Role.Scope.DISTRICT) {
            if (schoolId == null || schoolId <= 0) {
                errors.add(new FieldError("schoolId", SecurityMessages.SCHOOL_REQUIRED_FOR_ROLE, role.label()));
            }
            school = schoolId;
            if (role.scope() == Role.Scope.CLASS) {
                classes = classIds == null ? Set.of() : new LinkedHashSet<>(classIds);
                if (classes.isEmpty() || classes.stream().anyMatch(c -> c == null || c <= 0)) {
                    errors.add(new FieldError("classIds", SecurityMessages.CLASSES_REQUIRED_FOR_ROLE,
                            role.label()));
                }
            }
        }
        return new Scope(name, role, school, classes, tel);
    }

    private static boolean hasControlCharacters(String s) {
        return s.codePoints().anyMatch(Character::isISOControl);
    }

    /** A school-scoped administrator manages only school and class roles of the own school. */
    private static void requireManageable(Actor actor, Role role, Long schoolId) {
        if (actor.isDistrictWide()) {
            return;
        }
        if (role.scope() == Role.Scope.DISTRICT) {
            throw new AccessDeniedException(PlatformMessages.PERMISSION_MISSING, role.name());
        }
        actor.requireSchool(schoolId);
    }

    private static String client(String clientAddress) {
        String c = AccountRecords.printable(clientAddress, CLIENT_ADDRESS_MAX);
        return c.isEmpty() ? "local" : c;
    }

    // ---------------------------------------------------------------- audit details

    private static Map<String, Object> values(Account a) {
        Map<String, Object> v = new TreeMap<>();
        v.put("username", a.username());
        v.put("displayName", a.displayName());
        v.put("role", a.role().name());
        if (a.schoolId() != null) {
            v.put("schoolId", String.valueOf(a.schoolId()));
        }
        if (!a.classIds().isEmpty()) {
            v.put("classIds", AccountRecords.classIdsText(a.classIds()));
        }
        if (a.phone() != null) {
            v.put("phone", a.phone());
        }
        v.put("mustChangePassword", String.valueOf(a.mustChangePassword()));
        v.put("demo", String.valueOf(a.demo()));
        return v;
    }

    private static Map<String, Object> changes(Account before, Account after) {
        Map<String, Object> c = new TreeMap<>();
        diff(c, "displayName", before.displayName(), after.displayName());
        diff(c, "role", before.role().name(), after.role().name());
        diff(c, "schoolId", before.schoolId(), after.schoolId());
        diff(c, "classIds", AccountRecords.classIdsText(before.classIds()),
                AccountRecords.classIdsText(after.classIds()));
        diff(c, "phone", before.phone(), after.phone());
        return c;
    }

    private static void diff(Map<String, Object> c, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            c.put(field, Arrays.asList(before == null ? "" : before.toString(), after == null ? "" : after.toString()));
        }
    }
}
