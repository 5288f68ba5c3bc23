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
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.AuditService;

@Service
@Command(scope = "xueji", name = "audit", description = "查看审计记录，最新的在前 (audit trail, newest first)")
public class AuditCommand implements Action {

    @Option(name = "--user", description = "用户名")
    String user;

    @Option(name = "--action", description = "操作，如 student.update、login.failed、export")
    String action;

    @Option(name = "--school", description = "学校编号（ID）")
    Long school;

    @Option(name = "--target-type", description = "对象类型，如 student")
    String targetType;

    @Option(name = "--target", description = "对象编号")
    String target;

    @Option(name = "--limit", description = "最多显示行数（默认 20，最多 1000）")
    int limit = 20;

    @Reference
    AuditService audit;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        AuditQuery query = new AuditQuery(user, school, action, targetType, target, null, null);
        long total = audit.count(actor, query);
        List<AuditRecord> rows = audit.search(actor, query, 0, Math.max(1, Math.min(limit, 1000)));
        ShellTable table = new ShellTable();
        table.column("序号").alignRight();
        table.column("时间");
        table.column("用户");
        table.column("角色");
        table.column("学校").alignRight();
        table.column("操作");
        table.column("对象");
        table.column("内容");
        table.column("来源");
        for (AuditRecord r : rows) {
            String who = r.displayName() == null || r.displayName().equals(r.username()) ? r.username()
                    : r.displayName() + "（" + r.username() + "）";
            String target = r.targetType() == null ? Shown.text(r.targetId())
                    : r.targetType() + (r.targetId() == null ? "" : " " + r.targetId());
            table.addRow().addContent(r.id(), Shown.time(r.time()), who, Shown.role(r.role()), Shown.text(r.schoolId()),
                    r.action(), target, Shown.cut(r.changes(), 60), Shown.text(r.clientAddress()));
        }
        table.print(System.out);
        System.out.println("共 " + total + " 条" + (total > rows.size() ? "，显示最新 " + rows.size() + " 条" : ""));
        return null;
    }
}
