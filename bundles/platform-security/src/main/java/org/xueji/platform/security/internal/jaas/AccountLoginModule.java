package org.xueji.platform.security.internal.jaas;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.xueji.platform.api.Role;
import org.xueji.platform.security.internal.jaas.ShellAuthentication.Result;
import org.xueji.platform.security.internal.jaas.ShellAuthentication.ShellLogin;

/**
 * JAAS login module of the Karaf realm over the platform's accounts, so that the shell (ssh,
 * JMX, the web console of Karaf) uses the same personal accounts as the web console (R2).
 * Karaf's {@code ProxyLoginModule} loads it from this bundle (option
 * {@code org.apache.karaf.jaas.bundle}) and creates it with the default constructor; the
 * account store arrives in the options ({@link #AUTHENTICATION}).
 *
 * <p>Principals: {@link UserPrincipal}(username); Karaf roles {@code admin, manager, viewer,
 * systembundles, ssh} for a district administrator and no Karaf role for any other role (the
 * account store refuses them the shell; without {@code ssh} Karaf would refuse them too);
 * and {@code xueji-<ROLE>}.
 */
public class AccountLoginModule implements LoginModule {

    /** Option carrying the {@link ShellAuthentication} object. */
    public static final String AUTHENTICATION = "org.xueji.security.shellAuthentication";

    static final List<String> ADMIN_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");
    static final String PLATFORM_ROLE_PREFIX = "xueji-";

    private Subject subject;
    private CallbackHandler callbackHandler;
    private ShellAuthentication authentication;

    private ShellLogin succeeded;
    private String unknownName;
    private String clientAddress;
    private final Set<Principal> principals = new LinkedHashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        Object a = options == null ? null : options.get(AUTHENTICATION);
        this.authentication = a instanceof ShellAuthentication s ? s : null;
    }

    @Override
    public boolean login() throws LoginException {
        succeeded = null;
        unknownName = null;
        if (authentication == null) {
            throw new LoginException("Xueji account store is not available");
        }
        if (callbackHandler == null) {
            throw new LoginException("no callback handler");
        }
        NameCallback nameCallback = new NameCallback("用户名: ");
        PasswordCallback passwordCallback = new PasswordCallback("密码: ", false);
        try {
            callbackHandler.handle(new Callback[] {nameCallback, passwordCallback});
        } catch (IOException | UnsupportedCallbackException e) {
            // e.g. a public-key login: not ours
            throw new LoginException("name and password required: " + e.getMessage());
        }
        String name = nameCallback.getName();
        char[] password = passwordCallback.getPassword();
        passwordCallback.clearPassword();
        if (name == null || name.isBlank() || password == null) {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            throw new FailedLoginException("用户名或密码错误。");
        }
        clientAddress = clientAddress(subject);
        ShellLogin result = authentication.authenticate(name, password, clientAddress);
        Arrays.fill(password, '\0');
        switch (result.result()) {
            case OK:
                succeeded = result;
                return true;
            case UNKNOWN:
                // decided in commit/abort: an operator of etc/users.properties, or a failure
                unknownName = name;
                throw new FailedLoginException("用户名或密码错误。");
            case LOCKED:
                throw new AccountLockedException("账号已被锁定。");
            default:
                throw new FailedLoginException("用户名或密码错误。");
        }
    }

    @Override
    public boolean commit() {
        if (succeeded == null) {
            if (unknownName != null) {
                authentication.operatorLoggedIn(unknownName, clientAddress);
                unknownName = null;
            }
            return false;
        }
        principals.clear();
        principals.add(new UserPrincipal(succeeded.username()));
        for (String role : karafRoles(succeeded.role())) {
            principals.add(new RolePrincipal(role));
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        if (unknownName != null) {
            authentication.unknownUserFailed(unknownName, clientAddress);
        }
        if (!principals.isEmpty()) {
            subject.getPrincipals().removeAll(principals);
            principals.clear();
        }
        succeeded = null;
        unknownName = null;
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        succeeded = null;
        return true;
    }

    /** The Karaf roles of a platform role, then {@code xueji-<ROLE>}. */
    static List<String> karafRoles(Role role) {
        List<String> roles = new ArrayList<>(role == Role.DISTRICT_ADMIN ? ADMIN_ROLES : List.of());
        roles.add(PLATFORM_ROLE_PREFIX + role.name());
        return roles;
    }

    /** Karaf's ssh server puts the client's address into the subject before the login. */
    static String clientAddress(Subject subject) {
        if (subject != null) {
            for (ClientPrincipal c : subject.getPrincipals(ClientPrincipal.class)) {
                return c.getMethod() + ":" + c.getAddress();
            }
        }
        return "shell";
    }
}
