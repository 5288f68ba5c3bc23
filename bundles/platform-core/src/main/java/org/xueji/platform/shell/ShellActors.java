package org.xueji.platform.shell;

import java.security.AccessController;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.SecurityMessages;

/**
 * The actor of a shell command: the account that logged in to the shell through the
 * platform's JAAS realm, with its role and school scope, so that shell changes are made by
 * a named person (R7). An operator known only to etc/users.properties or etc/keys.properties
 * (bootstrap, emergencies) acts as the platform job {@code system:shell:<name>}.
 */
public final class ShellActors {

    public static Actor of(Session session, AccountService accounts) {
        String name = userName(session);
        try {
            return accounts.actorFor(name, "shell");
        } catch (AccessDeniedException e) {
            if (e.messageKey() == SecurityMessages.ACCOUNT_NOT_FOUND) {
                return Actor.system("shell:" + name);
            }
            // a disabled account never falls back to the platform job
            throw e;
        }
    }

    /**
     * The logged-in user's name. Karaf runs every shell session inside
     * {@code JaasHelper.doAs(subject, …)}, so the login's JAAS subject is the one of the
     * current access-control context (as Karaf's own {@code jaas:whoami} reads it); the
     * session's {@code USER} variable is the fallback.
     */
    @SuppressWarnings("removal")
    public static String userName(Session session) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (UserPrincipal user : subject.getPrincipals(UserPrincipal.class)) {
                return user.getName();
            }
        }
        Object user = session == null ? null : session.get("USER");
        return user == null ? "karaf" : user.toString();
    }

    private ShellActors() {
    }
}
