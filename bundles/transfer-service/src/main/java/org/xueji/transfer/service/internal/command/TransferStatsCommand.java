package org.xueji.transfer.service.internal.command;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.transfer.api.TransferService;
import org.xueji.transfer.api.TransferStatistics;

/** Monthly transfer statistics of a year in the logged-in account's scope. */
@Service
@Command(scope = "xueji", name = "transfer-stats",
        description = "学籍异动月度统计：各校各月转入/转出、审批用时中位数与 90 分位、当前逾期数 (monthly statistics)")
public class TransferStatsCommand implements Action {

    @Argument(index = 0, name = "year", description = "年份，默认今年")
    Integer year;

    @Reference
    TransferService transfers;

    @Reference
    SchoolService schools;

    @Reference
    PlatformClock clock;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        TransferStatistics stats = transfers.statistics(actor, year == null ? clock.today().getYear() : year);
        Map<Long, String> names = schools.listSchools(actor).stream()
                .collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        ShellTable table = new ShellTable();
        table.column("学校");
        table.column("月份");
        table.column("转入").alignRight();
        table.column("转出").alignRight();
        for (TransferStatistics.Month m : stats.months()) {
            table.addRow().addContent(TransfersCommand.name(names, m.schoolId()), m.month(), m.in(), m.out());
        }
        table.print(System.out);
        System.out.println(stats.year() + " 年办结 " + stats.decided() + " 项；审批用时中位数 "
                + (stats.medianDays() == null ? "-" : stats.medianDays() + " 天") + "，90 分位 "
                + (stats.p90Days() == null ? "-" : stats.p90Days() + " 天") + "；当前逾期 " + stats.overdueNow() + " 项");
        return null;
    }
}
