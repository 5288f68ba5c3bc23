package org.xueji.ledger.service.internal.command;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** The monthly ledger (台帐, D4) in the shell (D5), with the acting account's scope. */
@Service
@Command(scope = "xueji", name = "ledger",
        description = "台帐：各校各月的问题记录（类型、来源、状态），可按学校、月份、类型、状态筛选 (D4 monthly ledger)")
public class LedgerCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--school", description = "学校代码；--school BUREAU 为教育局本级")
    String schoolCode;

    @Option(name = "--month", description = "月份，如 2026-10")
    String month;

    @Option(name = "--type", description = "类型，如 R13_REGISTRY_ERROR")
    String type;

    @Option(name = "--status", description = "状态：OPEN、FOLLOWED_UP、CLOSED")
    String status;

    @Option(name = "--limit", description = "最多列出条数，默认 100")
    int limit = 100;

    @Reference
    LedgerService ledger;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        LedgerQuery query = LedgerQuery.all();
        if (SchoolCodes.BUREAU.equalsIgnoreCase(String.valueOf(schoolCode))) {
            query = query.bureauOnly();
        } else if (schoolCode != null) {
            query = query.withSchool(SchoolCodes.idOf(schools, actor, schoolCode));
        }
        if (month != null) {
            try {
                query = query.withMonth(YearMonth.parse(month.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("月份格式应为 YYYY-MM，如 2026-10：" + month);
            }
        }
        if (type != null) {
            query = query.withType(SchoolCodes.parse(IncidentType.class, type, "类型"));
        }
        if (status != null) {
            query = query.withStatus(SchoolCodes.parse(IncidentStatus.class, status, "状态"));
        }
        Map<Long, String> names = SchoolCodes.names(schools, actor);
        long total = ledger.count(actor, query);
        List<Incident> incidents = ledger.list(actor, query, 0, Math.max(1, limit));
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("日期");
        table.column("学校");
        table.column("类型");
        table.column("来源");
        table.column("状态");
        table.column("整改").alignRight();
        table.column("说明").maxSize(60);
        for (Incident i : incidents) {
            table.addRow().addContent(i.id(), i.occurredOn(), SchoolCodes.name(names, i.schoolId()),
                    i.type().format(ZH), i.sourceModule(),
                    i.status() == IncidentStatus.OPEN ? "!! " + i.status().format(ZH) : i.status().format(ZH),
                    i.followUps().size(), i.description(ZH));
        }
        table.print(System.out);
        System.out.println("共 " + total + " 条" + (total > incidents.size() ? "（列出 " + incidents.size() + " 条）" : ""));
        return null;
    }
}
