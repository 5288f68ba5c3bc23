package org.xueji.upgradeprobe.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.upgradeprobe.internal.Note;
import org.xueji.upgradeprobe.internal.ProbeNotes;

/** Stores a note as the shell's account; prints {@code added <id>}. */
@Service
@Command(scope = "probe", name = "add", description = "升级探针：记一条备注，输出 added <id> (upgrade probe: add a note)")
public class AddCommand implements Action {

    @Option(name = "--priority", description = "优先级（整数），默认 0")
    int priority;

    @Argument(index = 0, name = "text", description = "备注内容（最多 200 字）", required = true, multiValued = true)
    List<String> words;

    @Reference
    ProbeNotes notes;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Note note = notes.add(ShellActors.of(session, accounts), String.join(" ", words), priority);
        System.out.println("added " + note.id());
        return null;
    }
}
