package org.xueji.specialneeds.service.internal.command;

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
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceFinding;
import org.xueji.specialneeds.api.ComplianceStatus;
import org.xueji.specialneeds.api.RulePart;
import org.xueji.specialneeds.api.SpecialNeedsService;

/** Children taught at home (送教上门) and their R26 standing, in the acting account's scope. */
@Service
@Command(scope = "xueji", name = "home-teaching",
        description = "送教上门儿童及本学期达标情况（≥5 次、每月 ≥1 次、每次 ≥2 课时）(R26 home teaching)")
public class HomeTeachingCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--school", description = "学校代码")
    String schoolCode;

    @Option(name = "--status", description = "只列出：breached（未达标）或 at-risk（有风险）")
    String status;

    @Reference
    SpecialNeedsService service;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        List<School> inScope = schools.listSchools(actor);
        Long schoolId = null;
        if (schoolCode != null) {
            schoolId = inScope.stream().filter(s -> s.code().equals(schoolCode.strip())).map(School::id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("没有代码为 " + schoolCode + " 的学校"));
        }
        ComplianceStatus filter = null;
        if (status != null) {
            filter = switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "breached" -> ComplianceStatus.BREACHED;
                case "at-risk" -> ComplianceStatus.AT_RISK;
                default -> throw new IllegalArgumentException("--status 只能是 breached 或 at-risk：" + status);
            };
        }
        Map<Long, String> names = inScope.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        List<ChildStatus> rows = service.homeTeaching(actor, schoolId, filter);
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("姓名");
        table.column("学校");
        table.column("乡镇");
        table.column("状态");
        table.column("本学期").alignRight();
        table.column("一人一案");
        table.column("问题").maxSize(70);
        for (ChildStatus s : rows) {
            table.addRow().addContent(s.child().id(), s.child().data().name(),
                    names.getOrDefault(s.child().data().schoolId(), "#" + s.child().data().schoolId()),
                    s.child().data().town(), s.status().format(ZH),
                    s.compliance() == null ? "—" : s.compliance().counted() + "/" + service.rule().minVisits(),
                    !s.hasApprovedPlan() ? "无" : s.planHasTeachers() ? "有" : "无送教教师",
                    s.compliance() == null ? "" : findings(s.compliance().findings()));
        }
        table.print(System.out);
        System.out.println("共 " + rows.size() + " 名" + (rows.isEmpty() ? "" : "，学期 "
                + rows.get(0).compliance().semester().label()));
        return null;
    }

    static String findings(List<ComplianceFinding> findings) {
        return findings.stream().map(f -> (f.status() == ComplianceStatus.BREACHED ? "!! " : "") + (f.part()
                == RulePart.VISITS_PER_MONTH ? f.part().format(ZH, f.month().toString(), f.counted(), f.required())
                : f.part().format(ZH, f.counted(), f.required()))).collect(Collectors.joining("；"));
    }
}
