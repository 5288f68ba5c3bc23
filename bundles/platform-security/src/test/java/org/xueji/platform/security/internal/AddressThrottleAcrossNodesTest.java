package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.security.LoginResult;
import org.xueji.platform.api.security.LoginResult.Status;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.security.internal.jaas.ShellAuthentication.Result;

/**
 * Issue 13 item 3 with R2: two nodes on one database count one address's failed logins together
 * (SEC_ADDRESS_FAILURE), so an attacker does not get the free failures once per node; old rows
 * are deleted.
 */
@DisplayName("Issue 13 / R2: the per-address login throttle across nodes")
class AddressThrottleAcrossNodesTest {

    private static final String ATTACKER = "203.0.113.20";

    private SecurityTestStore store;

    @BeforeEach
    void setUp() throws Exception {
        store = new SecurityTestStore();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void failuresOnOneNodeMakeTheAddressWaitOnTheOther() {
        AccountServiceImpl nodeA = store.accountService();
        AccountServiceImpl nodeB = store.accountService();
        for (int i = 1; i <= 3; i++) {
            assertThat(login(nodeA, "Guess-Pass-" + i).status()).isEqualTo(Status.FAILED);
        }
        LoginResult onB = login(nodeB, "Guess-Pass-4");
        assertThat(onB.status()).as("node B after three failures on node A").isEqualTo(Status.THROTTLED);
        assertThat(onB.lockedUntil()).isEqualTo(store.clock.now().plus(Duration.ofMinutes(1)));
    }

    @Test
    void theShellOfOneNodeSeesTheWebFailuresOfTheOther() throws Exception {
        AccountServiceImpl webOnA = store.accountService();
        ShellAuthenticator shellOnB = new ShellAuthenticator(store.emf, store.audit, new Authenticator(store.clock,
                store.audit, PasswordPolicy.defaults(), new PasswordHasher(), AddressThrottle.loginThrottle(store.emf)));
        for (int i = 1; i <= 3; i++) {
            login(webOnA, "Guess-Pass-" + i);
        }
        assertThat(shellOnB.authenticate("nobody", "Guess-Pass-4".toCharArray(), "ssh:/" + ATTACKER + ":50122")
                .result()).isEqualTo(Result.REFUSED);
        assertThat(store.audit()).last().satisfies(r -> assertThat(r.changes()).contains("address-throttled"));
    }

    @Test
    void theRulesHoldInTheDatabase() {
        AddressThrottle throttle = AddressThrottle.loginThrottle(store.emf);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        throttle.failed(ATTACKER, t);
        throttle.failed(ATTACKER, t);
        assertThat(throttle.waitUntil(ATTACKER, t)).as("two free failures").isNull();
        throttle.failed(ATTACKER, t);
        assertThat(throttle.waitUntil(ATTACKER, t)).isEqualTo(t.plus(Duration.ofMinutes(1)));
        assertThat(throttle.waitUntil(ATTACKER, t.plus(Duration.ofMinutes(1)))).as("the wait is over").isNull();
        for (int i = 0; i < 9; i++) {
            throttle.failed(ATTACKER, t);
        }
        assertThat(throttle.waitUntil(ATTACKER, t)).as("capped at an hour").isEqualTo(t.plus(Duration.ofMinutes(60)));
        assertThat(throttle.waitUntil("198.51.100.2", t)).as("another address").isNull();
        assertThat(throttle.waitUntil(ATTACKER, t.plus(AddressThrottle.WINDOW).plusSeconds(1)))
                .as("failures older than the window").isNull();
        assertThat(throttle.clear(ATTACKER)).isTrue();
        assertThat(throttle.waitUntil(ATTACKER, t)).as("cleared by an operator").isNull();
    }

    @Test
    void rowsOlderThanTheWindowAreDeletedAndOtherPoolsAreApart() throws Exception {
        AddressThrottle login = AddressThrottle.loginThrottle(store.emf);
        AddressThrottle other = new AddressThrottle(3, Duration.ofMinutes(60),
                new DatabaseFailureLog(new Transactions(store.emf), "other"));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            login.failed("198.51.100." + i, t);
            login.failed(ATTACKER, t);
        }
        assertThat(other.waitUntil(ATTACKER, t)).as("another pool's failures").isNull();
        assertThat(store.count("select count(*) from SEC_ADDRESS_FAILURE")).isEqualTo(10);

        login.failed(ATTACKER, t.plus(AddressThrottle.WINDOW).plusSeconds(1));
        assertThat(store.count("select count(*) from SEC_ADDRESS_FAILURE")).as("only the new failure is kept")
                .isEqualTo(1);
    }

    private static LoginResult login(AccountServiceImpl node, String password) {
        return node.login("nobody", password.toCharArray(), ATTACKER, "s-" + ATTACKER);
    }
}
