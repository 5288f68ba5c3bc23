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
@Command(scope = "xueji", name = "release-approve", description = "批准数据发布申请 (approve a data-release request, R4)")
public class ReleaseApproveCommand implements Action {

    @Argument(index = 0, name = "id", description = "申请编号", required = true)
    long id;

    @Option(name = "--note", description = "审批意见")
    String note;

    @Reference
    DataReleaseService releases;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        DataRelease r = releases.approve(ShellActors.of(session, accounts), id, note);
        System.out.println("已批准数据发布申请 #" + r.id() + "，有效期至 " + Shown.time(r.validUntil()) + "，可下载 "
                + r.maxDownloads() + " 次");
        return null;
    }
}
