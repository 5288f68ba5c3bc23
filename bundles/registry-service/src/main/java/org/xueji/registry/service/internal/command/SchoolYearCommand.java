package org.xueji.registry.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.SurveyWindow;

/** The semesters and key dates of a school year (the current one without an argument). */
@Service
@Command(scope = "xueji", name = "school-year",
        description = "学年的学期和关键日期（不带参数为当前学年）(semesters and key dates of a school year)")
public class SchoolYearCommand implements Action {

    @Argument(index = 0, name = "year", description = "学年起始年份，如 2026", required = false)
    Integer year;

    @Reference
    SchoolYearService schoolYears;

    @Override
    public Object execute() {
        SchoolYearDates d = year == null ? schoolYears.current() : schoolYears.schoolYear(year);
        System.out.print(format(d));
        return null;
    }

    static String format(SchoolYearDates d) {
        StringBuilder out = new StringBuilder();
        out.append(d.year().label()).append(d.districtSet() ? "（区教育局设置）" : "（默认日期）").append('\n');
        out.append("第一学期        ").append(d.first().start()).append(" 至 ").append(d.first().end()).append('\n');
        out.append("第二学期        ").append(d.second().start()).append(" 至 ").append(d.second().end()).append('\n');
        out.append("在校生注册截止  ").append(d.autumnRegistrationDeadline()).append('\n');
        out.append("中考            ").append(d.zhongkaoDate()).append('\n');
        for (SurveyWindow w : d.surveyWindows()) {
            out.append("第").append(w.semester()).append("学期摸排    ").append(w.opens()).append(" 至 ")
                    .append(w.closes()).append('\n');
        }
        return out.toString();
    }
}
