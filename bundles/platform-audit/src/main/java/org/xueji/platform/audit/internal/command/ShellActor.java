package org.xueji.platform.audit.internal.command;

import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;

/**
 * The actor of a shell command. For now a platform actor named after the Karaf user
 * ({@code system:shell:<user>}); to be replaced by the logged-in account's actor when shell
 * login with our own accounts lands — this class is the one place to change.
 */
final class ShellActor {

    static Actor of(Session session) {
        Object user = session == null ? null : session.get("USER");
        String name = user == null ? "karaf" : user.toString();
        Actor system = Actor.system("shell:" + name);
        // the same actor, shown by the Karaf user's name and recorded as coming from the shell
        return new Actor(system.username(), name, system.role(), system.schoolId(), system.classIds(),
                system.permissions(), "shell");
    }

    private ShellActor() {
    }
}
