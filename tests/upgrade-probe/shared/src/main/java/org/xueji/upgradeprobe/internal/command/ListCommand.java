package org.xueji.upgradeprobe.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xueji.upgradeprobe.internal.Note;
import org.xueji.upgradeprobe.internal.ProbeNotes;
import org.xueji.upgradeprobe.internal.ProbeRelease;
import org.xueji.platform.shell.ShellActors;
import org.xueji.platform.api.security.AccountService;
import org.apache.karaf.shell.api.console.Session;

/** {@code version <major>}, then one line per note, by id: {@link Note#line()} of the running release. */
@Service
@Command(scope = "probe", name = "list",
        description = "升级探针：输出 version <版本>，再每条备注一行 <id>|<内容>[|<优先级>] (upgrade probe: release and notes)")
public class ListCommand implements Action {

    @Reference
    ProbeNotes notes;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        System.out.println("version " + ProbeRelease.MAJOR);
        for (Note note : notes.list(ShellActors.of(session, accounts))) {
            System.out.println(note.line());
        }
        return null;
    }
}
