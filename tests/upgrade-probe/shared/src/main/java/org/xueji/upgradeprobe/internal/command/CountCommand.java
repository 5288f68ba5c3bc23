package org.xueji.upgradeprobe.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xueji.upgradeprobe.internal.ProbeNotes;
import org.xueji.platform.shell.ShellActors;
import org.xueji.platform.api.security.AccountService;
import org.apache.karaf.shell.api.console.Session;

/** The number of notes. */
@Service
@Command(scope = "probe", name = "count", description = "升级探针：备注条数 (upgrade probe: number of notes)")
public class CountCommand implements Action {

    @Reference
    ProbeNotes notes;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        System.out.println(notes.count(ShellActors.of(session, accounts)));
        return null;
    }
}
