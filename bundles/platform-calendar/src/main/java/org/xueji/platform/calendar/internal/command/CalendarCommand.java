package org.xueji.platform.calendar.internal.command;

import java.util.SortedSet;
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
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** A year's holidays and make-up working days, and the years held (D2, D5). */
@Service
@Command(scope = "xueji", name = "calendar",
        description = "工作日历：某年的节假日与调休上班日，以及已有数据的年份 (D2 statutory holidays)")
public class CalendarCommand implements Action {

    @Argument(index = 0, name = "year", description = "年份，如 2026；默认今年")
    Integer year;

    @Reference
    CalendarService calendar;

    @Reference
    PlatformClock clock;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        SortedSet<Integer> years = calendar.years(actor);
        int shown = year == null ? clock.today().getYear() : year;
        if (year != null || years.contains(shown)) {
            HolidaySchedule schedule = calendar.year(actor, shown);
            ShellTable table = new ShellTable();
            table.column("日期");
            table.column("星期");
            table.column("类型");
            table.column("名称");
            for (SpecialDay d : schedule.days()) {
                table.addRow().addContent(d.date(), ShellDates.weekday(d.date()), d.offDay() ? "放假" : "调休上班",
                        d.name());
            }
            System.out.println(shown + " 年节假日安排");
            table.print(System.out);
            System.out.println("放假 " + schedule.daysOff() + " 天（含假期内的周末），调休上班 " + schedule.makeUpDays() + " 天");
            schedule.papers().forEach(p -> System.out.println("依据：" + p));
        }
        System.out.println("已有数据的年份：" + (years.isEmpty() ? "无"
                : years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        return null;
    }
}
