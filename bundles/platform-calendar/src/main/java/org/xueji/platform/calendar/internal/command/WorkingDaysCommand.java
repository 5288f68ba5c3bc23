package org.xueji.platform.calendar.internal.command;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.xueji.platform.api.calendar.WorkingDayCalendar;

/**
 * Working-day arithmetic in the shell (D2, D5). The answer stands alone on the last line (an
 * ISO date or a count) so scripts can take it; a year without holiday data is an error naming
 * the year and prints no answer.
 */
@Service
@Command(scope = "xueji", name = "working-days",
        description = "工作日计算：add 日期 N（其后第 N 个工作日，不含该日）或 between 日期1 日期2（之间的工作日数） (D2)")
public class WorkingDaysCommand implements Action {

    @Argument(index = 0, name = "operation", required = true, description = "add 或 between")
    @Completion(value = StringsCompleter.class, values = {"add", "between"})
    String operation;

    @Argument(index = 1, name = "from", required = true, description = "起始日期 yyyy-MM-dd（不计入）")
    String from;

    @Argument(index = 2, name = "daysOrTo", required = true,
            description = "add：工作日数 N（≥ 0）；between：结束日期 yyyy-MM-dd（计入）")
    String daysOrTo;

    @Reference
    WorkingDayCalendar calendar;

    @Override
    public Object execute() {
        LocalDate start = ShellDates.parse(from);
        switch (operation) {
            case "add" -> {
                int days = ShellDates.count(daysOrTo);
                LocalDate result = calendar.addWorkingDays(start, days);
                System.out.println(start + " 之后第 " + days + " 个工作日（" + start + " 本身不计）：");
                System.out.println(result);
            }
            case "between" -> {
                LocalDate end = ShellDates.parse(daysOrTo);
                int count = calendar.workingDaysBetween(start, end);
                System.out.println(start + " 之后至 " + end + "（含）的工作日数：");
                System.out.println(count);
            }
            default -> throw new IllegalArgumentException("未知操作 “" + operation + "”：应为 add 或 between");
        }
        return null;
    }
}
