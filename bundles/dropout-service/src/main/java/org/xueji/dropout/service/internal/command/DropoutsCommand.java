package org.xueji.dropout.service.internal.command;

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
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.LedgerCounts;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** The dropout ledgers (R23) in the shell, with the acting account's scope. */
@Service
@Command(scope = "xueji", name = "dropouts",
        description = "控辍台账：疑似辍学、辍学（--ledger suspected|dropout|age），可按学校、乡镇筛选 (R23 ledgers)")
public class DropoutsCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--ledger", description = "suspected（疑似辍学）、dropout（辍学）、closing（销号中）、closed（已销号）或 age（适龄儿童人数）；默认全部未销号")
    String ledger;

    @Option(name = "--school", description = "学校代码")
    String schoolCode;

    @Option(name = "--town", description = "乡镇名称")
    String town;

    @Option(name = "--limit", description = "最多列出条数，默认 100")
    int limit = 100;

    @Reference
    DropoutService dropouts;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        if ("age".equalsIgnoreCase(String.valueOf(ledger))) {
            LedgerCounts c = dropouts.counts(actor);
            System.out.println("排查登记的适龄儿童少年：" + c.ageChildren() + " 名");
            c.byStatus().forEach((s, n) -> System.out.println(label(s) + "：" + n));
            return null;
        }
        EntryStatus status = null;
        if (ledger != null) {
            status = switch (ledger.strip().toLowerCase(Locale.ROOT)) {
                case "suspected" -> EntryStatus.SUSPECTED;
                case "dropout" -> EntryStatus.DROPOUT;
                case "closing" -> EntryStatus.CLOSING;
                case "closed" -> EntryStatus.CLOSED;
                default -> throw new IllegalArgumentException("--ledger 应为 suspected、dropout、closing、closed 或 age：" + ledger);
            };
        }
        Long school = schoolCode == null ? null : Schools.idOf(schools, actor, schoolCode);
        List<Entry> rows = dropouts.list(actor, new EntryQuery(status, school, blankToNull(town), null), 0,
                Math.max(1, limit));
        Map<Long, String> names = Schools.names(schools, actor);
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("状态");
        table.column("姓名");
        table.column("身份证号");
        table.column("学校");
        table.column("乡镇");
        table.column("村");
        table.column("原因");
        table.column("发现日期");
        table.column("缺责任人");
        for (Entry e : rows) {
            table.addRow().addContent(e.id(), label(e.status()), e.name(), e.idNumberMasked(),
                    Schools.name(names, e.schoolId()), nz(e.town()), nz(e.village()), e.reason().format(ZH), e.foundOn(),
                    e.missingLines().isEmpty() ? "" : "!! " + e.missingLines().size());
        }
        table.print(System.out);
        System.out.println("共 " + rows.size() + " 条");
        return null;
    }

    static String label(EntryStatus s) {
        return switch (s) {
            case SUSPECTED -> "疑似辍学";
            case DROPOUT -> "辍学";
            case CLOSING -> "销号审批中";
            case CLOSED -> "已销号";
        };
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
