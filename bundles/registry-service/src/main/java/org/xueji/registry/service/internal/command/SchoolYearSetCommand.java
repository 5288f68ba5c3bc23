package org.xueji.registry.service.internal.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.SurveyWindow;

/**
 * The district sets a school year's dates; options not given keep the year's present
 * values (stored or default). Refused whole when the dates do not stand (audited).
 */
@Service
@Command(scope = "xueji", name = "school-year-set",
        description = "设置学年的学期和关键日期（区教育局；未给出的选项保持原值）(set a school year's dates)")
public class SchoolYearSetCommand implements Action {

    @Argument(index = 0, name = "year", description = "学年起始年份，如 2026", required = true)
    int year;

    @Option(name = "--first-start", description = "第一学期开学 yyyy-MM-dd")
    String firstStart;
    @Option(name = "--first-end", description = "第一学期结束 yyyy-MM-dd")
    String firstEnd;
    @Option(name = "--second-start", description = "第二学期开学 yyyy-MM-dd")
    String secondStart;
    @Option(name = "--second-end", description = "第二学期结束 yyyy-MM-dd")
    String secondEnd;
    @Option(name = "--registration-deadline", description = "在校生学籍注册截止 yyyy-MM-dd")
    String registrationDeadline;
    @Option(name = "--zhongkao", description = "中考日期 yyyy-MM-dd")
    String zhongkao;
    @Option(name = "--survey1", description = "第一学期摸排时段 yyyy-MM-dd/yyyy-MM-dd")
    String survey1;
    @Option(name = "--survey2", description = "第二学期摸排时段 yyyy-MM-dd/yyyy-MM-dd")
    String survey2;

    @Reference
    SchoolYearService schoolYears;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        SchoolYearDates now = schoolYears.schoolYear(year);
        SchoolYear y = now.year();
        try {
            SchoolYear changed = new SchoolYear(year, date(firstStart, y.firstSemesterStart()),
                    date(firstEnd, y.firstSemesterEnd()), date(secondStart, y.secondSemesterStart()),
                    date(secondEnd, y.secondSemesterEnd()));
            List<SurveyWindow> windows = new ArrayList<>();
            windows.add(window(1, survey1, now));
            windows.add(window(2, survey2, now));
            SchoolYearDates saved = schoolYears.set(actor, new SchoolYearDates(changed,
                    date(registrationDeadline, now.autumnRegistrationDeadline()), date(zhongkao, now.zhongkaoDate()),
                    windows, true));
            System.out.print("已保存：\n" + SchoolYearCommand.format(saved));
        } catch (DateTimeParseException e) {
            System.err.println("日期格式应为 yyyy-MM-dd：" + e.getParsedString());
        }
        return null;
    }

    private static LocalDate date(String text, LocalDate present) {
        return text == null ? present : LocalDate.parse(text.strip());
    }

    private static SurveyWindow window(int semester, String text, SchoolYearDates now) {
        if (text == null) {
            return now.surveyWindow(semester).orElseThrow();
        }
        String[] ends = text.split("/", 2);
        if (ends.length != 2) {
            throw new DateTimeParseException("摸排时段", text, 0);
        }
        return new SurveyWindow(semester, LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip()));
    }
}
