package org.xueji.registry.service.internal.command;

import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/** Completes school codes, showing the school names as descriptions. */
@Service
public class SchoolCodeCompleter implements Completer {

    @Reference
    SchoolService schools;

    @Reference
    AccountService accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (School s : schools.listSchools(ShellActors.of(session, accounts))) {
            delegate.getStrings().add(s.code());
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
