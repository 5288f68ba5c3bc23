package org.xueji.admission.service.internal.command;

import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.Season;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** The admission plans of each season (R24) in the shell, with the acting account's permissions. */
@Service
@Command(scope = "xueji", name = "admission-plans",
        description = "招生计划：各招生季各校的班数、班额、预留学位、招生学位和报名时间 (R24 admission plans)")
public class AdmissionPlansCommand implements Action {

    @Option(name = "--year", description = "学年（起始年份），如 2026")
    Integer year;

    @Reference
    AdmissionService admission;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        Map<Long, String> names = Schools.labels(schools, actor);
        ShellTable table = new ShellTable();
        table.column("招生季").alignRight();
        table.column("学年").alignRight();
        table.column("年级").alignRight();
        table.column("报名时间");
        table.column("学校");
        table.column("班数").alignRight();
        table.column("班额").alignRight();
        table.column("预留").alignRight();
        table.column("学位").alignRight();
        table.column("审批");
        int rows = 0;
        for (Season s : admission.seasons(actor)) {
            if (year != null && s.setup().year() != year) {
                continue;
            }
            String window = s.setup().windowOpens() + " ~ " + s.setup().windowCloses();
            for (org.xueji.admission.api.PlanApproval a : s.planApprovals()) {
                SchoolPlan p = a.plan();
                table.addRow().addContent(s.id(), s.setup().year(), s.setup().grade(), window,
                        names.getOrDefault(p.schoolId(), "#" + p.schoolId()), p.classes(), p.classCap(),
                        p.reservedForTransfers(), p.seats(), a.status().format(java.util.Locale.SIMPLIFIED_CHINESE));
                rows++;
            }
        }
        table.print(System.out);
        System.out.println("共 " + rows + " 个招生计划");
        return null;
    }
}
