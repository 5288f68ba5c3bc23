package org.xueji.platform.workflow.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

@Service
@Command(scope = "xueji", name = "pending", description = "待办审批：等待我审批的事项 (the 待办 inbox, R3/R17)")
public class PendingCommand implements Action {

    @Option(name = "--overdue", description = "只显示已超期的事项")
    boolean overdueOnly;

    @Option(name = "--school", description = "学校代码")
    String schoolCode;

    @Option(name = "--offset", description = "从第几条开始（0 起），默认 0")
    int offset;

    @Option(name = "--limit", description = "最多显示条数，默认 " + DEFAULT_LIMIT)
    int limit = DEFAULT_LIMIT;

    /** One screen of lines: a district decider may have thousands waiting. */
    static final int DEFAULT_LIMIT = 50;

    @Reference
    WorkflowService workflow;

    /** Optional: school codes and names need the registry. */
    @Reference(optional = true)
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        Map<Long, School> byId = schools == null ? Map.of()
                : schools.listSchools(actor).stream().collect(Collectors.toMap(School::id, Function.identity()));
        Long schoolId = null;
        if (schoolCode != null) {
            if (schools == null) {
                System.err.println("未安装学籍模块，不能按学校代码筛选");
                return null;
            }
            schoolId = byId.values().stream().filter(s -> s.code().equalsIgnoreCase(schoolCode.strip()))
                    .map(School::id).findFirst().orElse(null);
            if (schoolId == null) {
                System.err.println("学校代码 " + schoolCode + " 不存在或不在您的权限范围内");
                return null;
            }
        }
        if (offset < 0 || limit < 1) {
            System.err.println("--offset 不能小于 0，--limit 至少为 1");
            return null;
        }
        PendingFilter filter = new PendingFilter(overdueOnly, schoolId);
        int total = workflow.countInbox(actor, filter);
        int overdue = overdueOnly ? total : workflow.countInbox(actor, filter.overdue());
        List<PendingStep> rows = workflow.inbox(actor, filter, offset, limit);
        ShellTable table = new ShellTable();
        table.column("申请").alignRight();
        table.column("类型");
        table.column("事项");
        table.column("学校");
        table.column("步骤");
        table.column("提交时间");
        table.column("截止日期");
        table.column("剩余工作日").alignRight();
        for (PendingStep p : rows) {
            School s = p.schoolId() == null ? null : byId.get(p.schoolId());
            String school = p.schoolId() == null ? "全区" : s == null ? p.schoolId().toString() : s.code() + " " + s.name();
            String left = p.workingDaysLeft() == null ? "—" : p.overdue() ? "已超期 " + -p.workingDaysLeft()
                    : String.valueOf(p.workingDaysLeft());
            table.addRow().addContent(p.requestId(), p.typeLabel().format(Locale.SIMPLIFIED_CHINESE), p.subject(Locale.SIMPLIFIED_CHINESE),
                    school, p.stepLabel().format(Locale.SIMPLIFIED_CHINESE), Shown.time(p.submittedAt()),
                    p.deadline().toString(), p.overdue() && p.workingDaysLeft() == null ? "已超期" : left);
        }
        table.print(System.out);
        System.out.println("共 " + total + " 条，其中已超期 " + overdue + " 条");
        if (rows.isEmpty() && total > 0) {
            System.out.println("第 " + (offset + 1) + " 条起没有事项");
        } else if (rows.size() < total) {
            System.out.println("显示第 " + (offset + 1) + "–" + (offset + rows.size()) + " 条；其余用 --offset "
                    + (offset + rows.size()) + " 查看");
        }
        return null;
    }
}
