package org.xueji.platform.audit.internal.command;

import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.DataReleaseStatus;

@Service
@Command(scope = "xueji", name = "releases", description = "数据发布申请列表 (data-release requests, R4)")
public class ReleasesCommand implements Action {

    @Option(name = "--pending", description = "只显示待审批的申请")
    boolean pendingOnly;

    @Reference
    DataReleaseService releases;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        List<DataRelease> rows = releases.list(ShellActors.of(session, accounts));
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("状态");
        table.column("申请人");
        table.column("学校").alignRight();
        table.column("用途");
        table.column("接收方");
        table.column("数据范围");
        table.column("批准文号");
        table.column("扫描件");
        table.column("下载").alignRight();
        table.column("有效期至");
        table.column("申请时间");
        table.column("审批");
        int shown = 0;
        for (DataRelease r : rows) {
            if (pendingOnly && r.status() != DataReleaseStatus.PENDING) {
                continue;
            }
            shown++;
            String decision = r.decidedBy() == null ? ""
                    : r.decidedBy() + " " + Shown.time(r.decidedAt())
                    + (r.decisionNote() == null ? "" : "：" + Shown.cut(r.decisionNote(), 30));
            table.addRow().addContent(r.id(), r.status().label(), r.requester(),
                    r.schoolId() == null ? "全区" : r.schoolId().toString(), Shown.cut(r.purpose(), 30),
                    Shown.cut(r.recipient(), 20), Shown.cut(r.dataScope(), 30), r.approvalDocumentNumber(),
                    r.hasScannedApproval() ? "有" : "无", r.downloads() + "/" + r.maxDownloads(),
                    Shown.time(r.validUntil()), Shown.time(r.requestedAt()), decision);
        }
        table.print(System.out);
        System.out.println("共 " + shown + " 条");
        return null;
    }
}
