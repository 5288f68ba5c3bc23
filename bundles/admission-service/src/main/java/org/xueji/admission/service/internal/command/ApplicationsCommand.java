package org.xueji.admission.service.internal.command;

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
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationQuery;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.PublicMask;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** Applications in the acting account's scope (a school sees its own), names and ID numbers masked. */
@Service
@Command(scope = "xueji", name = "applications",
        description = "入学申请：报名号、学校、类别、状态（姓名和身份证号已遮蔽），可按学校、状态筛选 (R24 applications)")
public class ApplicationsCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--school", description = "学校代码")
    String schoolCode;

    @Option(name = "--status", description = "状态：SUBMITTED、ELIGIBLE、REJECTED、ADMITTED、NOT_ADMITTED、PLACED、REGISTERED")
    String status;

    @Option(name = "--season", description = "招生季编号")
    Long season;

    @Option(name = "--limit", description = "最多列出条数，默认 200")
    int limit = 200;

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
        Long schoolId = schoolCode == null ? null : Schools.idOf(schools, actor, schoolCode);
        ApplicationStatus st = null;
        if (status != null) {
            try {
                st = ApplicationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("状态无效：" + status + "（可选：" + java.util.Arrays.toString(
                        ApplicationStatus.values()) + "）");
            }
        }
        Map<Long, String> names = Schools.labels(schools, actor);
        List<Application> list = admission.applications(actor, new ApplicationQuery(season, schoolId, st), 0,
                Math.max(1, limit));
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("报名号");
        table.column("学校");
        table.column("姓名");
        table.column("身份证号");
        table.column("类别");
        table.column("状态");
        table.column("录取学校");
        for (Application a : list) {
            table.addRow().addContent(a.id(), a.number(), names.getOrDefault(a.schoolId(), "#" + a.schoolId()),
                    PublicMask.name(a.form().childName()), IdentityMask.idNumber(a.form().idNumber()),
                    a.form().category().format(ZH), a.status().format(ZH),
                    a.placedSchoolId() == null ? "" : names.getOrDefault(a.placedSchoolId(), "#" + a.placedSchoolId()));
        }
        table.print(System.out);
        System.out.println("列出 " + list.size() + " 条");
        return null;
    }
}
