package org.xueji.platform.security.internal.jaas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Role;

/** D5/R2: the Karaf shell logs in with the platform's accounts and gets Karaf roles from the platform role. */
class AccountLoginModuleTest {

    /** A store with fixed answers that records what the module reports. */
    static final class FakeStore implements ShellAuthentication {
        final List<String> events = new ArrayList<>();
        char[] lastPassword;

        @Override
        public ShellLogin authenticate(String username, char[] password, String clientAddress) {
            lastPassword = password;
            events.add("authenticate " + username + " " + clientAddress);
            return switch (username) {
                case "admin.wang" -> new ShellLogin(Result.OK, username, Role.DISTRICT_ADMIN);
                case "teacher.li" -> new ShellLogin(Result.OK, username, Role.TEACHER);
                case "locked" -> new ShellLogin(Result.LOCKED, username, null);
                case "refused" -> new ShellLogin(Result.REFUSED, username, null);
                default -> new ShellLogin(Result.UNKNOWN, username, null);
            };
        }

        @Override
        public void operatorLoggedIn(String username, String clientAddress) {
            events.add("operator " + username);
        }

        @Override
        public void unknownUserFailed(String username, String clientAddress) {
            events.add("unknown " + username);
        }
    }

    private final FakeStore store = new FakeStore();

    private AccountLoginModule module(Subject subject, String user, String password) {
        CallbackHandler handler = callbacks -> {
            ((NameCallback) callbacks[0]).setName(user);
            ((PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
        };
        AccountLoginModule m = new AccountLoginModule();
        m.initialize(subject, handler, Map.of(), Map.of(AccountLoginModule.AUTHENTICATION, store));
        return m;
    }

    private static List<String> roles(Subject s) {
        return s.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).toList();
    }

    @Test
    void districtAdminGetsKarafAdministrationRoles() throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("ssh", "127.0.0.1"));
        AccountLoginModule m = module(subject, "admin.wang", "Secret-Pass-1");
        assertThat(m.login()).isTrue();
        assertThat(m.commit()).isTrue();
        assertThat(subject.getPrincipals(UserPrincipal.class)).extracting(Principal::getName)
                .containsExactly("admin.wang");
        assertThat(roles(subject)).containsExactlyInAnyOrder("admin", "manager", "viewer", "systembundles", "ssh",
                "xueji-DISTRICT_ADMIN");
        assertThat(store.events).containsExactly("authenticate admin.wang ssh:127.0.0.1");
        assertThat(new String(store.lastPassword)).isEqualTo("\0".repeat(13));

        assertThat(m.logout()).isTrue();
        assertThat(subject.getPrincipals(UserPrincipal.class)).isEmpty();
    }

    @Test
    void otherRolesGetNoKarafRole() throws Exception {
        Subject subject = new Subject();
        AccountLoginModule m = module(subject, "teacher.li", "Secret-Pass-1");
        assertThat(m.login()).isTrue();
        m.commit();
        // no "ssh": Karaf's sshRole=ssh refuses the shell; no "viewer": no JMX either (R1)
        assertThat(roles(subject)).containsExactly("xueji-TEACHER");
    }

    @Test
    void refusalsAreLoginExceptions() {
        assertThatThrownBy(() -> module(new Subject(), "locked", "x").login())
                .isInstanceOf(AccountLockedException.class);
        assertThatThrownBy(() -> module(new Subject(), "refused", "x").login())
                .isInstanceOf(FailedLoginException.class);
    }

    @Test
    void unknownNameIsAuditedOnlyOnceTheRealmHasDecided() throws Exception {
        // failed in every module: a failed login of an unknown name
        AccountLoginModule failed = module(new Subject(), "mallory", "x");
        assertThatThrownBy(failed::login).isInstanceOf(FailedLoginException.class);
        failed.abort();
        // got in through etc/users.properties (the next module): an operator's shell login
        Subject subject = new Subject();
        AccountLoginModule operator = module(subject, "karaf", "karaf");
        assertThatThrownBy(operator::login).isInstanceOf(FailedLoginException.class);
        assertThat(operator.commit()).isFalse();
        assertThat(subject.getPrincipals()).isEmpty();
        assertThat(store.events).containsExactly("authenticate mallory shell", "unknown mallory",
                "authenticate karaf shell", "operator karaf");
    }

    @Test
    void withoutTheStoreTheModuleFailsAndTheNextModuleDecides() {
        AccountLoginModule m = new AccountLoginModule();
        m.initialize(new Subject(), callbacks -> { }, Map.of(), Map.of());
        assertThatThrownBy(m::login).isInstanceOf(javax.security.auth.login.LoginException.class);
    }
}
