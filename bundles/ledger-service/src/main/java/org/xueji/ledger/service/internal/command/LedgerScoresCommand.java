package org.xueji.ledger.service.internal.command;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.ledger.api.AnnualAssessment;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.ledger.api.SchoolScore;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** The annual target assessment (年度目标考核, D4): score and ranking per school. */
@Service
@Command(scope = "xueji", name = "ledger-scores",
        description = "年度目标考核：各校得分（基础分减去各类台帐问题的权重）与全区排名 (D4 annual assessment)")
public class LedgerScoresCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Argument(index = 0, name = "year", description = "年度，如 2026；默认今年")
    Integer year;

    @Reference
    LedgerService ledger;

    @Reference
    PlatformClock clock;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        AnnualAssessment a = ledger.assessment(actor, year == null ? clock.today().getYear() : year);
        ShellTable table = new ShellTable();
        table.column("名次").alignRight();
        table.column("学校代码");
        table.column("学校");
        table.column("得分").alignRight();
        for (IncidentType t : IncidentType.values()) {
            table.column(t.name() + "×" + a.weights().get(t)).alignRight();
        }
        table.column("合计").alignRight();
        for (SchoolScore s : a.ranking()) {
            Object[] row = new Object[5 + IncidentType.values().length];
            row[0] = s.rank();
            row[1] = s.schoolCode();
            row[2] = s.schoolName();
            row[3] = s.score();
            int i = 4;
            for (IncidentType t : IncidentType.values()) {
                row[i++] = s.count(t);
            }
            row[i] = s.incidents();
            table.addRow().addContent(row);
        }
        System.out.println(a.year() + " 年度目标考核（基础分 " + a.baseScore() + "）");
        table.print(System.out);
        if (actor.isDistrictWide()) {
            System.out.println("教育局本级台帐（不参与学校排名）：" + a.bureauIncidents() + " 条");
        }
        return null;
    }
}
