package org.xueji.platform.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountSessionListener.Reason;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.platform.api.security.SecurityMessages;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.security.internal.entity.AccountEntity;
import org.xueji.platform.security.internal.entity.SessionEntity;

/**
 * Account administration (R1, R6): listing, creating, updating, resetting, unlocking, enabling
 * and disabling accounts, with the validation of an account's scope and the audit details of
 * each change. Ending an account's session commits with the change; the services' cached
 * actors ({@link ActorChecks}) and the open channels ({@link SessionEnds}) learn of it after
 * the commit. Called by {@link AccountServiceImpl}, which has checked nothing yet.
 */
final class AccountAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");
    static final int DISPLAY_NAME_MAX = 50;
    static final int PHONE_MAX = 30;

    private final Transactions tx;
    private final PlatformClock clock;
    private final AuditTrail audit;
    private final Authenticator authenticator;
    private final PasswordStore passwords;
    private final ActorChecks checks;
    private final SessionEnds sessionEnds;

    AccountAdministration(Transactions tx, PlatformClock clock, AuditTrail audit, Authenticator authenticator,
                          PasswordStore passwords, ActorChecks checks, SessionEnds sessionEnds) {
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.authenticator = authenticator;
        this.passwords = passwords;
        this.checks = checks;
        this.sessionEnds = sessionEnds;
    }

    // ---------------------------------------------------------------- administration

    List<Account> listAccounts(Actor actor) {
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

    Account getAccount(Actor actor, String username) {
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

    Account createAccount(Actor actor, NewAccount input) {
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

    Account updateAccount(Actor actor, String username, String displayName, Role role, Long schoolId,
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

    void resetPassword(Actor actor, String username, char[] newPassword) {
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
                passwords.setPassword(em, a, newPassword, now);
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

    void unlock(Actor actor, String username) {
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

    void setEnabled(Actor actor, String username, boolean enabled) {
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

    List<SchoolRoleHolders> schoolRoleHolders(Actor actor) {
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
        } else if (role.scope() == Role.Scope.SCHOOL || role.scope() == Role.Scope.CLASS) {
            // district and area (乡镇/村干部) accounts hold no school; areas are assigned apart
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
        if (role.scope() == Role.Scope.DISTRICT || role.scope() == Role.Scope.AREA) {
            throw new AccessDeniedException(PlatformMessages.PERMISSION_MISSING, role.name());
        }
        actor.requireSchool(schoolId);
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
