package org.xueji.dropout.service.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.dropout.api.inspection.Inspection;
import org.xueji.dropout.api.inspection.InspectionService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** Inspections (R30) in the shell, in the acting account's scope; overdue corrections marked. */
@Service
@Command(scope = "xueji", name = "inspections",
        description = "控辍检查：例行检查和抽查、整改期限与状态（--school 代码，--open 只列未结案）(R30)")
public class InspectionsCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--school", description = "学校代码")
    String schoolCode;

    @Option(name = "--open", description = "只列未结案的检查")
    boolean open;

    @Reference
    InspectionService inspections;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        Long school = schoolCode == null ? null : Schools.idOf(schools, actor, schoolCode);
        List<Inspection> rows = inspections.list(actor, school, open);
        Map<Long, String> names = Schools.names(schools, actor);
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("学校");
        table.column("类别");
        table.column("检查日期");
        table.column("检查人员");
        table.column("问题数").alignRight();
        table.column("整改期限");
        table.column("佐证").alignRight();
        table.column("状态");
        for (Inspection i : rows) {
            table.addRow().addContent(i.id(), Schools.name(names, i.schoolId()), i.kind().format(ZH), i.inspectedOn(),
                    i.inspectors(), i.findings().size(), i.correctBy() == null ? "—"
                            : i.correctBy() + (i.overdue() ? " !! 逾期" : ""), i.evidence().size(),
                    i.status().format(ZH));
        }
        table.print(System.out);
        System.out.println("共 " + rows.size() + " 项");
        return null;
    }
}
