package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.security.LoginResult;
import org.xueji.platform.api.security.LoginResult.Status;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.platform.api.security.SecurityMessages;
import org.xueji.platform.security.internal.SecurityTestStore.Row;
import org.xueji.platform.security.internal.jaas.ShellAuthentication.Result;

/**
 * Issue 16 on the login path, on the real schema: guessing from one address waits before it can
 * lock an account (R2 lockout kept, but not usable to lock the district administrator out), and
 * demo accounts, whose password is published, log in only while the console listens on loopback
 * (R1, R5).
 */
class LoginHardeningTest {

    private static final Actor SYSTEM = Actor.system("test");
    private static final String INITIAL = "Start-2025-xj";
    private static final String FIRST = "Erste-Pass-01";
    private static final String DEMO = "Xueji-demo-2026";

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

    private void districtAdminReady(String username) {
        accounts.createAccount(SYSTEM, new NewAccount(username, "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), null,
                INITIAL.toCharArray(), false));
        accounts.changePassword(username, INITIAL.toCharArray(), FIRST.toCharArray(), "10.0.0.1");
    }

    private void demoAdmin() {
        accounts.createAccount(SYSTEM, new NewAccount("district-admin", "区学籍管理员（演示）", Role.DISTRICT_ADMIN, null,
                Set.of(), null, DEMO.toCharArray(), true));
    }

    private LoginResult login(String user, String password, String address) {
        return accounts.login(user, password.toCharArray(), address, "s-" + address);
    }

    @Test
    void r2_oneAddressWaitsAfterThreeFailuresBeforeTheAccountLocks() throws Exception {
        districtAdminReady("admin.li");
        String attacker = "203.0.113.7";
        for (int i = 1; i <= 3; i++) {
            assertThat(login("admin.li", "Guess-Pass-" + i, attacker).status()).as("guess %d", i)
                    .isEqualTo(Status.FAILED);
        }
        LoginResult waiting = login("admin.li", "Guess-Pass-4", attacker);
        assertThat(waiting.status()).isEqualTo(Status.THROTTLED);
        assertThat(waiting.lockedUntil()).isEqualTo(store.clock.now().plus(Duration.ofMinutes(1)));
        // the waiting attempt was not checked: the account counts 3 failures, not 4, and is not locked
        assertThat(accounts.getAccount(SYSTEM, "admin.li").failedLogins()).isEqualTo(3);
        assertThat(accounts.getAccount(SYSTEM, "admin.li").lockedUntil()).isNull();
        assertThat(store.audit()).last().satisfies(r -> {
            assertThat(r.action()).isEqualTo("login.failed");
            assertThat(r.changes()).contains("address-throttled");
        });
        // the holder, from another address, still gets in (and the count starts again)
        assertThat(login("admin.li", FIRST, "10.0.0.5").status()).isEqualTo(Status.OK);
    }

    @Test
    void r2_theWaitDoublesWithEachFurtherFailureUpToAnHour() {
        districtAdminReady("admin.wu");
        String attacker = "203.0.113.8";
        for (int i = 1; i <= 3; i++) {
            login("admin.wu", "Guess-Pass-" + i, attacker);
        }
        // 4th failure after the first minute: the next wait is 2 minutes
        store.clock.advance(Duration.ofMinutes(1));
        assertThat(login("admin.wu", "Guess-Pass-4", attacker).status()).isEqualTo(Status.FAILED);
        LoginResult second = login("admin.wu", "Guess-Pass-5", attacker);
        assertThat(second.status()).isEqualTo(Status.THROTTLED);
        assertThat(second.lockedUntil()).isEqualTo(store.clock.now().plus(Duration.ofMinutes(2)));

        AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(60));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 12; i++) {
            throttle.failed("198.51.100.1", t);
        }
        // 9 failures beyond the free 3 would be 512 minutes: capped at 60
        assertThat(throttle.waitUntil("198.51.100.1", t)).isEqualTo(t.plus(Duration.ofMinutes(60)));
        // failures older than the window no longer count
        assertThat(throttle.waitUntil("198.51.100.1", t.plus(AddressThrottle.WINDOW).plusSeconds(1))).isNull();
    }

    @Test
    void r2_guessingFromOneAddressCannotKeepTheDistrictAdministratorLockedOut() {
        districtAdminReady("admin.zhang");
        String attacker = "203.0.113.9";
        // a day of guessing, as fast as the address is allowed: the account locks at most rarely
        int locked = 0;
        int tries = 0;
        for (int minute = 0; minute < 24 * 60; minute++) {
            LoginResult r = login("admin.zhang", "Guess-" + minute + "-Xx", attacker);
            if (r.status() != Status.THROTTLED) {
                tries++;
            }
            if (accounts.getAccount(SYSTEM, "admin.zhang").lockedUntil() != null
                    && accounts.getAccount(SYSTEM, "admin.zhang").lockedUntil().isAfter(store.clock.now())) {
                locked++;
            }
            store.clock.advance(Duration.ofMinutes(1));
        }
        // without the throttle every minute is a guess (1440) and the account is locked all day;
        // with it the address gets a few dozen guesses and the account is free most of the day
        assertThat(tries).isLessThan(40);
        assertThat(locked).isLessThan(24 * 60 / 4);
        store.clock.advance(Duration.ofMinutes(16));
        assertThat(login("admin.zhang", FIRST, "10.0.0.6").status()).isEqualTo(Status.OK);
    }

    @Test
    void r2_aDistrictAdministratorEndsAnAddressWaitAndItIsAudited() throws Exception {
        districtAdminReady("admin.zhou");
        districtAdminReady("admin.sun");
        String address = "203.0.113.12";
        for (int i = 1; i <= 3; i++) {
            login("admin.sun", "Guess-Pass-" + i, address);
        }
        assertThat(login("admin.sun", FIRST, address).status()).isEqualTo(Status.THROTTLED);
        Actor admin = accounts.login("admin.zhou", FIRST.toCharArray(), "10.0.0.2", "s-admin").actor();

        // a port, as an ssh client address shows it, is ignored
        assertThat(accounts.clearAddressWait(admin, address + ":50122")).isTrue();
        assertThat(store.audit()).last().satisfies(r -> {
            assertThat(r.action()).isEqualTo("login.address-cleared");
            assertThat(r.changes()).contains("hadFailures");
        });
        assertThat(login("admin.sun", FIRST, address).status()).as("the address may log in again").isEqualTo(Status.OK);
        assertThat(accounts.clearAddressWait(admin, address)).as("nothing left to forget").isFalse();
    }

    @Test
    void aBlankOrOverlongAddressToClearIsRefusedWithItsReasonAndNothingIsAudited() throws Exception {
        districtAdminReady("admin.lu");
        Actor admin = accounts.login("admin.lu", FIRST.toCharArray(), "10.0.0.2", "s-admin").actor();
        int auditRows = store.audit().size();
        assertThatThrownBy(() -> accounts.clearAddressWait(admin, " "))
                .isInstanceOfSatisfying(org.xueji.platform.api.ValidationException.class, e -> assertThat(
                        e.errors().get(0).messageKey()).isEqualTo(org.xueji.platform.api.PlatformMessages.REQUIRED));
        assertThatThrownBy(() -> accounts.clearAddressWait(admin, "10.".repeat(40)))
                .isInstanceOfSatisfying(org.xueji.platform.api.ValidationException.class, e -> assertThat(
                        e.errors().get(0).messageKey()).isEqualTo(org.xueji.platform.api.PlatformMessages.TOO_LONG))
                .satisfies(e -> assertThat(((org.xueji.platform.api.ValidationException) e).errors().get(0)
                        .message(java.util.Locale.SIMPLIFIED_CHINESE)).as("names the limit").contains("100"));
        assertThat(store.audit()).hasSize(auditRows);
    }

    /** R7: the wait ends together with its audit row, or not at all. */
    @Test
    void r7_anAddressWaitEndsOnlyWithItsAuditRow() throws Exception {
        districtAdminReady("admin.wu");
        districtAdminReady("admin.xu");
        String address = "203.0.113.14";
        for (int i = 1; i <= 3; i++) {
            login("admin.xu", "Guess-Pass-" + i, address);
        }
        Actor admin = accounts.login("admin.wu", FIRST.toCharArray(), "10.0.0.2", "s-admin").actor();
        // the audit table refuses this one row, as a full disk or a broken connection would
        try (java.sql.Connection c = store.dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE TEST_AUDIT ADD CONSTRAINT NO_CLEAR CHECK (ACTION <> 'login.address-cleared')");
        }
        assertThatThrownBy(() -> accounts.clearAddressWait(admin, address)).isInstanceOf(RuntimeException.class);
        assertThat(login("admin.xu", FIRST, address).status()).as("the wait stands without its audit row")
                .isEqualTo(Status.THROTTLED);
    }

    @Test
    void r1_onlyTheDistrictEndsAnAddressWait() {
        accounts.createAccount(SYSTEM, new NewAccount("registrar.ma", "学籍管理员", Role.SCHOOL_REGISTRAR, 1L, Set.of(),
                null, INITIAL.toCharArray(), false));
        accounts.changePassword("registrar.ma", INITIAL.toCharArray(), FIRST.toCharArray(), "10.0.0.3");
        Actor registrar = accounts.login("registrar.ma", FIRST.toCharArray(), "10.0.0.3", "s-r").actor();
        for (int i = 1; i <= 3; i++) {
            login("registrar.ma", "Guess-Pass-" + i, "203.0.113.13");
        }
        assertThatThrownBy(() -> accounts.clearAddressWait(registrar, "203.0.113.13"))
                .isInstanceOf(org.xueji.platform.api.AccessDeniedException.class);
        assertThat(login("registrar.ma", FIRST, "203.0.113.13").status()).as("still waiting").isEqualTo(Status.THROTTLED);
    }

    @Test
    void r2_theWebAndTheShellShareOneThrottlePerAddress() throws Exception {
        districtAdminReady("admin.he");
        AddressThrottle shared = new AddressThrottle(3, Duration.ofMinutes(60));
        AccountServiceImpl web = new AccountServiceImpl(store.emf, store.clock, store.audit,
                SecurityTestStore.defaultConfig(), shared);
        ShellAuthenticator shell = new ShellAuthenticator(store.emf, store.audit, new Authenticator(store.clock,
                store.audit, PasswordPolicy.defaults(), new PasswordHasher(), shared));
        for (int i = 1; i <= 3; i++) {
            web.login("admin.he", ("Guess-Pass-" + i).toCharArray(), "203.0.113.10", "s");
        }
        // ssh reports "ssh:/host:port" with a new port each time: still the same address
        assertThat(shell.authenticate("admin.he", FIRST.toCharArray(), "ssh:/203.0.113.10:50122").result())
                .isEqualTo(Result.REFUSED);
        assertThat(store.audit()).last().satisfies(r -> assertThat(r.changes()).contains("address-throttled"));
    }

    @Test
    void r2_aPasswordChangeFromAWaitingAddressIsRefusedWithoutCounting() {
        districtAdminReady("admin.qin");
        for (int i = 1; i <= 3; i++) {
            login("admin.qin", "Guess-Pass-" + i, "203.0.113.11");
        }
        assertThatThrownBy(() -> accounts.changePassword("admin.qin", FIRST.toCharArray(),
                "Neues-Pass-2026".toCharArray(), "203.0.113.11"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(SecurityMessages.LOGIN_THROTTLED));
        assertThat(accounts.getAccount(SYSTEM, "admin.qin").failedLogins()).isEqualTo(3);
    }

    @Test
    void r1_demoAccountRefusedWhenTheConsoleListensBeyondLoopback() throws Exception {
        demoAdmin();
        accounts.console = () -> false;
        LoginResult refused = login("district-admin", DEMO, "127.0.0.1");
        assertThat(refused.status()).isEqualTo(Status.FAILED);
        assertThat(refused.actor()).isNull();
        assertThat(store.count("select count(*) from SEC_SESSION")).isZero();
        Row row = store.audit().get(store.audit().size() - 1);
        assertThat(row.action()).isEqualTo("login.failed");
        assertThat(row.changes()).contains("demo-account-beyond-loopback");

        // the same account on a loopback console logs in
        accounts.console = () -> true;
        assertThat(login("district-admin", DEMO, "127.0.0.1").status()).isEqualTo(Status.OK);
    }

    @Test
    void r1_demoAccountRefusedWhileNoConsoleSaysWhereItListens() {
        demoAdmin();
        accounts.console = null;
        assertThat(login("district-admin", DEMO, "127.0.0.1").status()).isEqualTo(Status.FAILED);
    }

    @Test
    void r1_realAccountsAreNotAffectedByTheLoopbackRule() {
        districtAdminReady("admin.real");
        accounts.console = () -> false;
        assertThat(login("admin.real", FIRST, "10.0.0.7").status()).isEqualTo(Status.OK);
    }

    @Test
    void r1_demoAccountGetsAShellOnlyFromThisMachine() throws Exception {
        demoAdmin();
        ShellAuthenticator shell = new ShellAuthenticator(store.emf, store.audit, new Authenticator(store.clock,
                store.audit, PasswordPolicy.defaults(), new PasswordHasher()));
        assertThat(shell.authenticate("district-admin", DEMO.toCharArray(), "ssh:/192.168.1.20:40222").result())
                .isEqualTo(Result.REFUSED);
        assertThat(store.audit()).last().satisfies(r -> assertThat(r.changes()).contains("demo-account-beyond-loopback"));
        assertThat(shell.authenticate("district-admin", DEMO.toCharArray(), "ssh:/127.0.0.1:40223").result())
                .isEqualTo(Result.OK);
    }

    @Test
    void clientAddressesAreReducedToTheirHost() {
        assertThat(ClientAddresses.host("ssh:/10.1.2.3:50122")).isEqualTo("10.1.2.3");
        assertThat(ClientAddresses.host("ssh:localhost/127.0.0.1:22")).isEqualTo("127.0.0.1");
        assertThat(ClientAddresses.host("ssh:/[0:0:0:0:0:0:0:1]:4000")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(ClientAddresses.host("10.0.0.1")).isEqualTo("10.0.0.1");
        assertThat(ClientAddresses.host("fe80::1")).isEqualTo("fe80::1");
        assertThat(List.of("127.0.0.1", "ssh:/127.0.0.2:1", "::1", "ssh:/[0:0:0:0:0:0:0:1]:9"))
                .allMatch(ClientAddresses::isLoopback);
        assertThat(List.of("10.0.0.1", "ssh:/192.168.0.1:22", "0.0.0.0", "")).noneMatch(ClientAddresses::isLoopback);
    }
}
