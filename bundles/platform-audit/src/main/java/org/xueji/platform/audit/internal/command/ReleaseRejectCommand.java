package org.xueji.platform.audit.internal.command;

import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;

@Service
@Command(scope = "xueji", name = "release-reject", description = "驳回数据发布申请 (reject a data-release request, R4)")
public class ReleaseRejectCommand implements Action {

    @Argument(index = 0, name = "id", description = "申请编号", required = true)
    long id;

    @Option(name = "--reason", description = "驳回理由（必填）", required = true)
    String reason;

    @Reference
    DataReleaseService releases;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        DataRelease r = releases.reject(ShellActors.of(session, accounts), id, reason);
        System.out.println("已驳回数据发布申请 #" + r.id());
        return null;
    }
}
