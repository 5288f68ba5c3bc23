package org.xueji.platform.shell;

import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;

/**
 * The actor of a shell command: the account that logged in to the shell (the platform's
 * JAAS realm), with its role and school scope, so that shell changes are made by a named
 * person (R7). An operator listed only in etc/users.properties (bootstrap, emergencies)
 * acts as a named platform job.
 */
public final class ShellActors {

    public static Actor of(Session session, AccountService accounts) {
        Object user = session == null ? null : session.get("USER");
        String name = user == null ? "karaf" : user.toString();
        try {
            return accounts.actorFor(name, "shell");
        } catch (AccessDeniedException notAnAccount) {
            return Actor.system("shell:" + name);
        }
    }

    private ShellActors() {
    }
}
