package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.security.AccountSessionListener;
import org.xueji.platform.api.security.AccountSessionListener.Reason;
import org.xueji.platform.api.security.LoginResult.Status;
import org.xueji.platform.api.security.NewAccount;

/**
 * Issue 16 item 7 on the real schema (Derby + Liquibase + Hibernate): an actor handed out at a
 * login, or to a shell command, is refused by the services once an administrator disabled the
 * account, reset its password or changed its role, school or classes — whatever page or
 * command still holds it — and the channels holding the account's sessions are told to close
 * them. {@link AccountServiceImpl#schoolRoleHolders} stands for "a service call": every
 * service method starts with {@code actor.require…}, which is where the check sits.
 */
class StaleActorTest {

    private static final Actor ADMIN = Actor.system("test-admin");
    private static final String INITIAL = "Start-2025-xj";
    private static final String PASSWORD = "Erste-Pass-01";

    private SecurityTestStore store;
    private AccountServiceImpl accounts;
    private final List<String> ended = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        store = new SecurityTestStore();
        accounts = store.accountService();
        accounts.addSessionListener((username, reason) -> ended.add(username + ":" + reason));
        accounts.createAccount(ADMIN, new NewAccount("li.registrar", "李老师", Role.SCHOOL_REGISTRAR, 7L, null,
                null, INITIAL.toCharArray(), false));
        accounts.changePassword("li.registrar", INITIAL.toCharArray(), PASSWORD.toCharArray(), "10.0.0.1");
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** The actor the console keeps in the session of this login. */
    private Actor loggedIn(String session) {
        var result = accounts.login("li.registrar", PASSWORD.toCharArray(), "10.0.0.1", session);
        assertThat(result.status()).isEqualTo(Status.OK);
        return result.actor();
    }

    private void assertRefusedAsStale(Actor stale) {
        assertThatThrownBy(() -> accounts.schoolRoleHolders(stale)).isInstanceOfSatisfying(
                AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo(PlatformMessages.SESSION_ENDED));
    }

    @Test
    void r2_aDisabledAccountsOpenPageActorIsRefusedByTheService() {
        Actor page = loggedIn("web-1");
        assertThat(accounts.schoolRoleHolders(page)).isNotEmpty();

        accounts.setEnabled(ADMIN, "li.registrar", false);

        assertRefusedAsStale(page);
        assertThat(ended).containsExactly("li.registrar:DISABLED");
        // enabling the account again does not revive the old page: its holder logs in anew
        accounts.setEnabled(ADMIN, "li.registrar", true);
        assertRefusedAsStale(page);
        assertThat(accounts.schoolRoleHolders(loggedIn("web-2"))).isNotEmpty();
        assertThat(ended).as("enabling closes nothing").containsExactly("li.registrar:DISABLED");
    }

    @Test
    void r1_aRescopedAccountsOldActorNoLongerActsForTheOldSchool() {
        Actor page = loggedIn("web-1");

        accounts.updateAccount(ADMIN, "li.registrar", "李老师", Role.SCHOOL_REGISTRAR, 8L, null, null);

        assertThat(page.schoolId()).as("the cached actor still names the old school").isEqualTo(7L);
        assertRefusedAsStale(page);
        assertThat(ended).containsExactly("li.registrar:SCOPE_CHANGED");
    }

    @Test
    void r1_aNewRoleMakesTheOldActorStale() {
        Actor page = loggedIn("web-1");

        accounts.updateAccount(ADMIN, "li.registrar", "李老师", Role.HEAD_TEACHER, 7L, Set.of(31L), null);

        assertThatThrownBy(() -> page.require(org.xueji.platform.api.Permission.EDIT_STUDENT))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlatformMessages.SESSION_ENDED));
        assertThat(ended).containsExactly("li.registrar:SCOPE_CHANGED");
    }

    @Test
    void r2_aPasswordResetMakesTheOldActorStale() {
        Actor page = loggedIn("web-1");

        accounts.resetPassword(ADMIN, "li.registrar", "Reset-Pass-77".toCharArray());

        assertRefusedAsStale(page);
        assertThat(ended).containsExactly("li.registrar:PASSWORD_RESET");
    }

    @Test
    void r2_aNewNameOrPhoneLeavesTheSessionAlone() {
        Actor page = loggedIn("web-1");

        accounts.updateAccount(ADMIN, "li.registrar", "李明老师", Role.SCHOOL_REGISTRAR, 7L, null, "0731-1234");
        accounts.unlock(ADMIN, "li.registrar");

        assertThat(accounts.schoolRoleHolders(page)).isNotEmpty();
        assertThat(ended).isEmpty();
    }

    @Test
    void r2_aSecondLoginMakesTheFirstSessionsActorStale() {
        Actor first = loggedIn("web-1");
        Actor second = loggedIn("web-2");

        assertRefusedAsStale(first);
        assertThat(accounts.schoolRoleHolders(second)).isNotEmpty();
    }

    @Test
    void r2_afterLogoutTheActorIsRefused() {
        Actor page = loggedIn("web-1");
        accounts.logout(page, "web-1");
        assertRefusedAsStale(page);
    }

    @Test
    void r1_aShellCommandsActorFollowsTheAccount() {
        accounts.createAccount(ADMIN, new NewAccount("qu.admin", "区管理员", Role.DISTRICT_ADMIN, null, null, null,
                INITIAL.toCharArray(), false));
        Actor command = accounts.actorFor("qu.admin", "shell");
        assertThat(accounts.listAccounts(command)).isNotEmpty();

        accounts.updateAccount(ADMIN, "qu.admin", "区管理员", Role.SCHOOL_REGISTRAR, 7L, null, null);

        assertThatThrownBy(() -> accounts.listAccounts(command)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(PlatformMessages.SESSION_ENDED));
        assertThat(ended).containsExactly("qu.admin:SCOPE_CHANGED");
    }

    @Test
    void r1_aShellCommandsActorOfADisabledAccountIsRefused() {
        accounts.createAccount(ADMIN, new NewAccount("qu.admin", "区管理员", Role.DISTRICT_ADMIN, null, null, null,
                INITIAL.toCharArray(), false));
        Actor command = accounts.actorFor("qu.admin", "shell");
        accounts.setEnabled(ADMIN, "qu.admin", false);
        assertThatThrownBy(() -> accounts.listAccounts(command)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(PlatformMessages.SESSION_ENDED));
    }

    @Test
    void r7_aFailingListenerDoesNotUndoTheChange() throws Exception {
        Actor page = loggedIn("web-1");
        AccountSessionListener broken = (username, reason) -> {
            throw new IllegalStateException("console down");
        };
        accounts.addSessionListener(broken);

        accounts.setEnabled(ADMIN, "li.registrar", false);

        assertThat(accounts.getAccount(ADMIN, "li.registrar").enabled()).isFalse();
        assertThat(store.actions()).contains("account.disable");
        assertRefusedAsStale(page);
        assertThat(ended).as("the other listeners are still told").containsExactly("li.registrar:" + Reason.DISABLED);
    }
}
