package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.LoginResult;
import org.xueji.platform.api.security.LoginResult.Status;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.platform.api.security.SecurityMessages;
import org.xueji.platform.security.internal.SecurityTestStore.Row;

/**
 * The login state machine of R2 against Derby + Liquibase + Hibernate (no OSGi): lockout,
 * unlock after the period, no difference between unknown user and wrong password, forced
 * change at first login, expiry, one session per account, password history; every step
 * audited in its own transaction (R7).
 */
class AccountServiceImplTest {

    private static final Actor SYSTEM = Actor.system("test");
    private static final String INITIAL = "Start-2025-xj";
    private static final String FIRST = "Erste-Pass-01";

    private SecurityTestStore store;
    private AccountServiceImpl accounts;

    @BeforeEach
    void setUp() throws Exception {
        store = new SecurityTestStore();
        accounts = store.accountService();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Account create(String username, Role role, Long school, Set<Long> classes, boolean demo) {
        return accounts.createAccount(SYSTEM, new NewAccount(username, "测试 " + username, role, school, classes,
                null, INITIAL.toCharArray(), demo));
    }

    /** A registrar who has made the forced first change (password {@link #FIRST}). */
    private void registrarReady(String username) {
        create(username, Role.SCHOOL_REGISTRAR, 7L, null, false);
        accounts.changePassword(username, INITIAL.toCharArray(), FIRST.toCharArray(), "10.0.0.1");
    }

    /** A district administrator who has made the forced first change (password {@link #FIRST}). */
    private void districtAdminReady(String username) {
        create(username, Role.DISTRICT_ADMIN, null, null, false);
        accounts.changePassword(username, INITIAL.toCharArray(), FIRST.toCharArray(), "10.0.0.1");
    }

    private LoginResult login(String username, String password, String session) {
        return accounts.login(username, password.toCharArray(), "10.0.0.1", session);
    }

    /**
     * A failed login from its own address: the per-address throttle (issue 16) stops one address
     * after 3 failures, so the account lockout (R2) is shown with guesses from several addresses.
     */
    private LoginResult guess(String username, int attempt) {
        return accounts.login(username, ("Wrong-Pass-" + attempt).toCharArray(), "10.9.0." + attempt, "s");
    }

    @Test
    void r2ForcedChangeAtFirstLoginThenOk() throws Exception {
        Account a = create("li.registrar", Role.SCHOOL_REGISTRAR, 7L, null, false);
        assertThat(a.mustChangePassword()).isTrue();

        LoginResult first = login("li.registrar", INITIAL, "s1");
        assertThat(first.status()).isEqualTo(Status.PASSWORD_CHANGE_REQUIRED);
        assertThat(first.mayEnter()).isFalse();
        assertThat(first.actor().role()).isEqualTo(Role.SCHOOL_REGISTRAR);
        assertThat(first.actor().schoolId()).isEqualTo(7L);

        accounts.changePassword("li.registrar", INITIAL.toCharArray(), FIRST.toCharArray(), "10.0.0.1");
        assertThat(accounts.getAccount(SYSTEM, "li.registrar").mustChangePassword()).isFalse();
        assertThat(login("li.registrar", FIRST, "s2").status()).isEqualTo(Status.OK);
        assertThat(store.actions()).containsSubsequence("account.create", "login.ok", "password.change",
                "login.ok", "session.replaced");
    }

    @Test
    void r2DemoAccountsSkipTheFirstChangeAndOnlySystemMayCreateThem() {
        create("demo.admin", Role.DISTRICT_ADMIN, null, null, true);
        assertThat(login("demo.admin", INITIAL, "s1").status()).isEqualTo(Status.OK);
        Actor admin = login("demo.admin", INITIAL, "s2").actor();
        assertThatThrownBy(() -> accounts.createAccount(admin, new NewAccount("demo.two", "演示", Role.TEACHER, 7L,
                Set.of(3L), null, INITIAL.toCharArray(), true))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void r2LockoutAfterFiveFailuresForFifteenMinutesThenUnlocksByItself() throws Exception {
        registrarReady("wang");
        for (int i = 1; i <= 4; i++) {
            assertThat(guess("wang", i).status()).as("failure %d", i).isEqualTo(Status.FAILED);
        }
        LoginResult fifth = guess("wang", 5);
        assertThat(fifth.status()).isEqualTo(Status.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(store.clock.now().plus(Duration.ofMinutes(15)));

        // even the right password is refused while locked; the attempt is audited
        store.clock.advance(Duration.ofMinutes(14));
        LoginResult locked = login("wang", FIRST, "s");
        assertThat(locked.status()).isEqualTo(Status.LOCKED);
        assertThat(locked.actor()).isNull();
        assertThat(store.actions()).containsSubsequence("login.failed", "login.failed", "login.failed",
                "login.failed", "login.failed", "login.locked");
        assertThat(accounts.getAccount(SYSTEM, "wang").failedLogins()).isEqualTo(5);

        store.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login("wang", FIRST, "s").status()).isEqualTo(Status.OK);
        Account after = accounts.getAccount(SYSTEM, "wang");
        assertThat(after.failedLogins()).isZero();
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    void r2AfterTheLockoutPeriodTheCountStartsAgain() {
        registrarReady("zhao");
        for (int i = 1; i <= 5; i++) {
            guess("zhao", i);
        }
        store.clock.advance(Duration.ofMinutes(16));
        assertThat(login("zhao", "Wrong-Again-1", "s").status()).isEqualTo(Status.FAILED);
        assertThat(accounts.getAccount(SYSTEM, "zhao").failedLogins()).isEqualTo(1);
    }

    @Test
    void r2AdministratorUnlocks() throws Exception {
        registrarReady("sun");
        for (int i = 1; i <= 5; i++) {
            guess("sun", i);
        }
        assertThat(login("sun", FIRST, "s").status()).isEqualTo(Status.LOCKED);
        accounts.unlock(SYSTEM, "sun");
        assertThat(login("sun", FIRST, "s").status()).isEqualTo(Status.OK);
        assertThat(store.actions()).contains("account.unlock");
    }

    @Test
    void r2UnknownUserAndWrongPasswordLookTheSame() throws Exception {
        registrarReady("zhou");
        LoginResult unknown = login("nobody", "Whatever-123", "s");
        LoginResult wrong = login("zhou", "Whatever-123", "s");
        assertThat(unknown).isEqualTo(wrong);
        assertThat(unknown.status()).isEqualTo(Status.FAILED);
        assertThat(unknown.actor()).isNull();
        assertThat(SecurityMessages.LOGIN_FAILED.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "登录失败：用户名或密码错误，或账号已被锁定、停用。请稍后再试或联系管理员。");

        List<Row> failed = store.audit().stream().filter(r -> r.action().equals("login.failed")).toList();
        assertThat(failed).hasSize(2);
        // the unknown name is recorded as a synthetic actor without a role
        assertThat(failed.get(0).username()).isEqualTo("nobody");
        assertThat(failed.get(0).role()).isNull();
        assertThat(failed.get(0).changes()).contains("unknown-account");
        assertThat(failed.get(1).username()).isEqualTo("zhou");
        assertThat(failed.get(1).role()).isEqualTo("SCHOOL_REGISTRAR");
    }

    @Test
    void r7FailedLoginCounterAndAuditRowAreCommittedTogether() throws Exception {
        registrarReady("qian");
        int before = store.count("select count(*) from TEST_AUDIT where ACTION = 'login.failed'");
        login("qian", "Wrong-Pass-1", "s");
        assertThat(store.count("select FAILED_LOGINS from SEC_ACCOUNT where USERNAME = 'qian'")).isEqualTo(1);
        assertThat(store.count("select count(*) from TEST_AUDIT where ACTION = 'login.failed'")).isEqualTo(before + 1);
    }

    @Test
    void r2PasswordExpiresAfter90Days() {
        registrarReady("wu.fang");
        store.clock.advance(Duration.ofDays(90));
        assertThat(login("wu.fang", FIRST, "s1").status()).isEqualTo(Status.OK);
        store.clock.advance(Duration.ofDays(1));
        LoginResult expired = login("wu.fang", FIRST, "s2");
        assertThat(expired.status()).isEqualTo(Status.PASSWORD_EXPIRED);
        assertThat(expired.actor()).isNotNull();
        accounts.changePassword("wu.fang", FIRST.toCharArray(), "Zweite-Pass-02".toCharArray(), "10.0.0.1");
        assertThat(login("wu.fang", "Zweite-Pass-02", "s3").status()).isEqualTo(Status.OK);
    }

    @Test
    void r2SecondLoginEndsTheFirstSession() throws Exception {
        registrarReady("zheng");
        LoginResult first = login("zheng", FIRST, "session-A");
        assertThat(first.endedSessionId()).isNull();
        assertThat(accounts.isSessionCurrent("zheng", "session-A")).isTrue();

        LoginResult second = accounts.login("zheng", FIRST.toCharArray(), "10.0.0.2", "session-B");
        assertThat(second.status()).isEqualTo(Status.OK);
        assertThat(second.endedSessionId()).isEqualTo("session-A");
        assertThat(accounts.isSessionCurrent("zheng", "session-A")).isFalse();
        assertThat(accounts.isSessionCurrent("zheng", "session-B")).isTrue();
        assertThat(store.actions()).endsWith("login.ok", "session.replaced");
        // the audit trail never holds a session id itself
        assertThat(store.audit()).noneMatch(r -> r.changes().contains("session-A"));

        accounts.logout(second.actor(), "session-B");
        assertThat(accounts.isSessionCurrent("zheng", "session-B")).isFalse();
        assertThat(store.actions()).endsWith("logout");
    }

    @Test
    void r2SessionExpiryIsRecorded() throws Exception {
        registrarReady("feng");
        login("feng", FIRST, "session-A");
        accounts.sessionExpired("feng", "session-A");
        assertThat(accounts.isSessionCurrent("feng", "session-A")).isFalse();
        assertThat(store.actions()).endsWith("session.expired");
    }

    @Test
    void r2HistoryRefusesTheLastFivePasswords() {
        registrarReady("chen"); // passwords so far: INITIAL, FIRST (current)
        String[] next = {"Dritte-Pass-03", "Vierte-Pass-04", "Fuenfte-Pass-05"};
        String current = FIRST;
        for (String p : next) {
            accounts.changePassword("chen", current.toCharArray(), p.toCharArray(), "x");
            current = p;
        }
        // last five: Fuenfte (current), Vierte, Dritte, FIRST, INITIAL
        for (String reused : List.of(current, "Vierte-Pass-04", FIRST, INITIAL)) {
            String old = current;
            assertThatThrownBy(() -> accounts.changePassword("chen", old.toCharArray(), reused.toCharArray(), "x"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("newPassword",
                                    SecurityMessages.PASSWORD_REUSED)));
        }
        accounts.changePassword("chen", current.toCharArray(), "Sechste-Pass-06".toCharArray(), "x");
        // now INITIAL is the 6th-last password: allowed again
        accounts.changePassword("chen", "Sechste-Pass-06".toCharArray(), INITIAL.toCharArray(), "x");
        assertThat(login("chen", INITIAL, "s").status()).isEqualTo(Status.OK);
    }

    @Test
    void r2PolicyRefusalsOnChangeAreFieldErrors() {
        registrarReady("he.li");
        assertThatThrownBy(() -> accounts.changePassword("he.li", FIRST.toCharArray(), "he.li".toCharArray(), "x"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly(SecurityMessages.PASSWORD_TOO_SHORT,
                                SecurityMessages.PASSWORD_CHARACTER_CLASSES, SecurityMessages.PASSWORD_IS_USERNAME));
        assertThat(accounts.checkPolicy("he.li", "short".toCharArray(), Locale.ENGLISH))
                .contains("The password needs at least 10 characters.");
    }

    @Test
    void r2WrongOldPasswordCountsAsAFailure() {
        registrarReady("lv.bo");
        assertThatThrownBy(() -> accounts.changePassword("lv.bo", "Wrong-Pass-1".toCharArray(),
                "Neues-Pass-99".toCharArray(), "x"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(SecurityMessages.PASSWORD_OLD_WRONG));
        assertThat(accounts.getAccount(SYSTEM, "lv.bo").failedLogins()).isEqualTo(1);
    }

    @Test
    void r2PasswordsAreWipedAfterUse() {
        registrarReady("kong");
        char[] password = FIRST.toCharArray();
        accounts.login("kong", password, "x", "s");
        assertThat(new String(password)).isEqualTo("\0".repeat(FIRST.length()));
    }

    @Test
    void r2DisabledAccountCannotLoginAndLosesItsSession() throws Exception {
        registrarReady("cao");
        login("cao", FIRST, "s1");
        accounts.setEnabled(SYSTEM, "cao", false);
        assertThat(accounts.isSessionCurrent("cao", "s1")).isFalse();
        assertThat(login("cao", FIRST, "s2").status()).isEqualTo(Status.DISABLED);
        assertThat(login("cao", "Wrong-Pass-1", "s2").status()).isEqualTo(Status.FAILED);
        assertThatThrownBy(() -> accounts.actorFor("cao", "shell")).isInstanceOfSatisfying(
                AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo(SecurityMessages.ACCOUNT_DISABLED));
        accounts.setEnabled(SYSTEM, "cao", true);
        assertThat(login("cao", FIRST, "s3").status()).isEqualTo(Status.OK);
        assertThat(store.actions()).contains("account.disable", "account.enable");
    }

    @Test
    void r2ResetForcesAChangeAndEndsTheSession() throws Exception {
        registrarReady("yan");
        login("yan", FIRST, "s1");
        accounts.resetPassword(SYSTEM, "yan", "Reset-Pass-77".toCharArray());
        assertThat(accounts.isSessionCurrent("yan", "s1")).isFalse();
        assertThat(login("yan", "Reset-Pass-77", "s2").status()).isEqualTo(Status.PASSWORD_CHANGE_REQUIRED);
        assertThat(store.actions()).contains("account.reset-password");
    }

    @Test
    void r1AccountsValidatedAndScoped() {
        assertThatThrownBy(() -> accounts.createAccount(SYSTEM, new NewAccount("No", "\u0007", Role.TEACHER, null,
                Set.of(), null, "weak".toCharArray(), false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("username", "displayName", "schoolId",
                                "classIds", "initialPassword", "initialPassword"));
        Account district = create("qu.admin", Role.DISTRICT_ADMIN, 9L, Set.of(1L), false);
        assertThat(district.schoolId()).isNull();
        assertThat(district.classIds()).isEmpty();
        Account teacher = create("t.ma", Role.TEACHER, 7L, Set.of(31L, 32L), false);
        assertThat(teacher.classIds()).containsExactlyInAnyOrder(31L, 32L);
        assertThatThrownBy(() -> create("t.ma", Role.TEACHER, 7L, Set.of(31L), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly(SecurityMessages.USERNAME_TAKEN));

        Actor registrar = Actor.of("r", "r", Role.SCHOOL_REGISTRAR, 7L, Set.of(), "x");
        assertThatThrownBy(() -> accounts.listAccounts(registrar)).isInstanceOf(AccessDeniedException.class);
        // a school-scoped account manager (no current role is one) sees only its school
        Actor schoolAdmin = new Actor("sa", "sa", Role.PRINCIPAL, 7L, Set.of(),
                Set.of(org.xueji.platform.api.Permission.MANAGE_ACCOUNTS), "x");
        assertThat(accounts.listAccounts(schoolAdmin)).extracting(Account::username).containsExactly("t.ma");
        assertThatThrownBy(() -> accounts.getAccount(schoolAdmin, "qu.admin")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createAccount(schoolAdmin, new NewAccount("x.y", "X", Role.DISTRICT_ADMIN,
                null, null, null, "Good-Pass-123".toCharArray(), false))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void r2UpdatingTheRoleEndsTheSession() throws Exception {
        registrarReady("tang");
        login("tang", FIRST, "s1");
        Account updated = accounts.updateAccount(SYSTEM, "tang", "唐老师", Role.HEAD_TEACHER, 7L, Set.of(12L), "123");
        assertThat(updated.role()).isEqualTo(Role.HEAD_TEACHER);
        assertThat(accounts.isSessionCurrent("tang", "s1")).isFalse();
        Row row = store.audit().get(store.audit().size() - 1);
        assertThat(row.action()).isEqualTo("account.update");
        assertThat(row.changes()).contains("role=[SCHOOL_REGISTRAR, HEAD_TEACHER]");
    }

    @Test
    void r6SchoolRoleHolders() {
        create("leader7", Role.SCHOOL_LEADER, 7L, null, false);
        create("reg7", Role.SCHOOL_REGISTRAR, 7L, null, false);
        create("head7", Role.PRINCIPAL, 7L, null, false);
        create("reg8", Role.SCHOOL_REGISTRAR, 8L, null, false);
        create("teacher9", Role.TEACHER, 9L, Set.of(1L), false);
        create("district", Role.DISTRICT_ADMIN, null, null, false);

        List<SchoolRoleHolders> all = accounts.schoolRoleHolders(SYSTEM);
        assertThat(all).extracting(SchoolRoleHolders::schoolId).containsExactly(7L, 8L, 9L);
        assertThat(all.get(0).complete()).isTrue();
        assertThat(all.get(0).principals()).extracting(Account::username).containsExactly("head7");
        assertThat(all.get(1).complete()).isFalse(); // no leader in charge
        assertThat(all.get(2).registrars()).isEmpty();

        Actor school8 = Actor.of("reg8", "reg8", Role.SCHOOL_REGISTRAR, 8L, Set.of(), "x");
        List<SchoolRoleHolders> own = accounts.schoolRoleHolders(school8);
        assertThat(own).extracting(SchoolRoleHolders::schoolId).containsExactly(8L);
        // no login state for people who do not manage accounts
        assertThat(own.get(0).registrars().get(0).passwordChangedAt()).isNull();
    }

    @Test
    void shellLoginUsesTheSameAccountsWithoutASession() throws Exception {
        registrarReady("shell.user");
        create("fresh", Role.DISTRICT_ADMIN, null, null, false);
        Authenticator authenticator = new Authenticator(store.clock, store.audit, PasswordPolicy.defaults(),
                new PasswordHasher());
        ShellAuthenticator shell = new ShellAuthenticator(store.emf, store.audit, authenticator);

        // R1: a school registrar with the right password gets no shell (it reaches files and the database)
        var refused = shell.authenticate("Shell.User", FIRST.toCharArray(), "ssh:127.0.0.1");
        assertThat(refused.result())
                .isEqualTo(org.xueji.platform.security.internal.jaas.ShellAuthentication.Result.REFUSED);
        assertThat(store.audit()).last().satisfies(row -> {
            assertThat(row.action()).isEqualTo("login.failed");
            assertThat(row.changes()).contains("no-shell-access");
        });

        districtAdminReady("shell.admin");
        var ok = shell.authenticate("Shell.Admin", FIRST.toCharArray(), "ssh:127.0.0.1");
        assertThat(ok.result()).isEqualTo(org.xueji.platform.security.internal.jaas.ShellAuthentication.Result.OK);
        assertThat(ok.username()).isEqualTo("shell.admin");
        assertThat(ok.role()).isEqualTo(Role.DISTRICT_ADMIN);
        assertThat(accounts.isSessionCurrent("shell.admin", "anything")).isFalse();
        assertThat(store.count("select count(*) from SEC_SESSION")).isZero();

        // a password that must be changed first is changed in the web console, not the shell
        assertThat(shell.authenticate("fresh", INITIAL.toCharArray(), "ssh").result())
                .isEqualTo(org.xueji.platform.security.internal.jaas.ShellAuthentication.Result.REFUSED);
        assertThat(shell.authenticate("karaf", "karaf".toCharArray(), "ssh").result())
                .isEqualTo(org.xueji.platform.security.internal.jaas.ShellAuthentication.Result.UNKNOWN);
        shell.operatorLoggedIn("karaf", "ssh");
        shell.unknownUserFailed("mallory", "ssh");
        List<Row> rows = store.audit();
        assertThat(rows).extracting(Row::action).endsWith("shell.login", "login.failed", "shell.login",
                "login.failed");
        assertThat(rows.get(rows.size() - 2).username()).isEqualTo("system:shell:karaf");
        assertThat(rows.get(rows.size() - 1).username()).isEqualTo("mallory");
    }
}
