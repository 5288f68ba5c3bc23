package org.xueji.platform.security.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.xueji.platform.api.Role;

/** Completes role names (DISTRICT_ADMIN, SCHOOL_REGISTRAR, …). */
@Service
public class RoleCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Role r : Role.values()) {
            delegate.getStrings().add(r.name());
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
