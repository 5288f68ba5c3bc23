package org.xueji.dropout.service.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.dropout.api.risk.RiskIndicator;
import org.xueji.dropout.api.risk.RiskService;
import org.xueji.dropout.api.risk.RiskWeights;
import org.xueji.dropout.api.risk.StudentRisk;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** The early-warning list of a school (issue 10 items 7 and 11), with the acting account's scope. */
@Service
@Command(scope = "xueji", name = "risk",
        description = "辍学预警：学校中风险分达到阈值的学生及其预警指标 (students above the early-warning threshold)")
public class RiskCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--school", required = true, description = "学校代码")
    String school;

    @Option(name = "--top", description = "只列出分数最高的 N 名（默认全部）")
    int top;

    @Reference
    RiskService risk;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        long schoolId = Schools.idOf(schools, actor, school);
        RiskWeights w = risk.weights(actor);
        List<StudentRisk> listed = risk.atRisk(actor, schoolId, top);
        System.out.println("预警阈值 " + w.threshold() + "；权重：" + java.util.Arrays.stream(RiskIndicator.values())
                .map(i -> i.format(ZH) + " " + w.weight(i)).collect(Collectors.joining("，")));
        ShellTable table = new ShellTable();
        table.column("学生ID").alignRight();
        table.column("姓名");
        table.column("身份证号");
        table.column("年级").alignRight();
        table.column("风险分").alignRight();
        table.column("预警指标");
        table.column("台账条目");
        for (StudentRisk r : listed) {
            table.addRow().addContent(r.studentId(), r.name(), r.idNumber(), r.gradeLevel() == null ? "—" : r.gradeLevel(),
                    r.score(), r.indicators().stream().map(i -> i.format(ZH)).collect(Collectors.joining("、")),
                    r.openEntryId() == null ? "—" : "#" + r.openEntryId());
        }
        table.print(System.out);
        System.out.println("达到阈值的学生：" + listed.size() + " 名");
        return null;
    }
}
