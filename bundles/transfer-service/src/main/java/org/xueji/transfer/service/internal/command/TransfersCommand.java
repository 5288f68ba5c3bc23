package org.xueji.transfer.service.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.transfer.api.ChangeQuery;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.TransferService;

/** The registry changes in the shell, with the logged-in account's scope and permissions (R1). */
@Service
@Command(scope = "xueji", name = "transfers",
        description = "学籍异动列表：类型、学校、状态、当前步骤、剩余工作日 (registry changes, R17 days left)")
public class TransfersCommand implements Action {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--pending", description = "只列审批中的")
    boolean pending;

    @Option(name = "--overdue", description = "只列当前步骤已逾期的 (R17)")
    boolean overdue;

    @Option(name = "--school", description = "学校代码：该校转出或转入的")
    String schoolCode;

    @Option(name = "--limit", description = "最多列出条数，默认 100")
    int limit = 100;

    @Reference
    TransferService transfers;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        List<School> visible = schools.listSchools(actor);
        Long schoolId = null;
        if (schoolCode != null) {
            schoolId = visible.stream().filter(s -> s.code().equals(schoolCode.strip())).map(School::id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("没有代码为 " + schoolCode + " 的学校"));
        }
        Map<Long, String> names = visible.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        List<ChangeRequest> rows = transfers.list(actor, new ChangeQuery(pending, overdue, schoolId, null), 0,
                Math.max(1, limit));
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("类型");
        table.column("学生").alignRight();
        table.column("转出/所在学校");
        table.column("转入学校");
        table.column("日期");
        table.column("状态");
        table.column("当前步骤");
        table.column("剩余工作日").alignRight();
        org.xueji.transfer.api.LocalTypes local = transfers.localTypes(actor);
        for (org.xueji.transfer.api.LocalTypes.Problem p : local.problems()) {
            // a malformed localTypes entry was skipped: said here, the other types keep working
            System.out.println(org.xueji.transfer.api.TransferMessages.LOCAL_TYPE_SKIPPED.format(ZH, p.entry(),
                    p.reason()));
        }
        for (ChangeRequest r : rows) {
            String type = r.localCode() == null ? r.type().format(ZH) : local.find(r.localCode())
                    .map(t -> t.format(ZH)).orElse(r.type().format(ZH) + " " + r.localCode());
            table.addRow().addContent(r.id(), type, r.studentId(), name(names, r.fromSchoolId()),
                    name(names, r.toSchoolId()), r.effectiveDate(), r.status().format(ZH) + (r.readOnly() ? "（只读）" : ""),
                    r.currentStep() == null ? "" : r.currentStep(), daysLeft(r));
        }
        table.print(System.out);
        System.out.println("共 " + rows.size() + " 条");
        return null;
    }

    static String name(Map<Long, String> names, Long id) {
        return id == null ? "-" : names.getOrDefault(id, "#" + id);
    }

    /** "3" / "!! 逾期 2" (R17) / "" when decided or the calendar has no data. */
    static String daysLeft(ChangeRequest r) {
        if (r.workingDaysLeft() == null) {
            return "";
        }
        return r.workingDaysLeft() < 0 ? "!! 逾期 " + -r.workingDaysLeft() : String.valueOf(r.workingDaysLeft());
    }
}
