package org.xueji.registry.service.internal.command;

import java.util.Set;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;

/**
 * The actor of a shell command: the logged-in Karaf user. Until accounts and roles land
 * (accounts issue) every shell user acts district-wide.
 */
final class ShellActor {

    static Actor of(Session session) {
        Object user = session == null ? null : session.get("USER");
        String name = user == null ? "karaf" : user.toString();
        return new Actor("shell:" + name, name, null, null, Set.of(), Set.of(Permission.values()), "shell");
    }

    private ShellActor() {
    }
}
