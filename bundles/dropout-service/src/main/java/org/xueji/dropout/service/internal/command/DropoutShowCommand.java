package org.xueji.dropout.service.internal.command;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.ResponsibleLine;
import org.xueji.dropout.api.Visit;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** One ledger entry with its sources, responsible persons and 劝返 visits. */
@Service
@Command(scope = "xueji", name = "dropout-show", description = "控辍条目详情：来源、责任人、劝返记录 (R22, R23)")
public class DropoutShowCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Argument(index = 0, name = "id", required = true, description = "条目编号")
    long id;

    @Reference
    DropoutService dropouts;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        Entry e = dropouts.get(actor, id);
        System.out.println("编号：" + e.id() + "  状态：" + DropoutsCommand.label(e.status()));
        System.out.println("儿童：" + e.name() + "  " + DropoutsCommand.nz(e.idNumberMasked())
                + (e.studentId() == null ? "  （无学籍）" : "  学籍 #" + e.studentId()));
        System.out.println("户籍：" + DropoutsCommand.nz(e.town()) + " " + DropoutsCommand.nz(e.village()) + "  "
                + DropoutsCommand.nz(e.household()));
        System.out.println("原因：" + e.reason().format(ZH) + "  发现：" + e.foundOn());
        e.sources().forEach(s -> System.out.println("来源：" + s.source().format(ZH) + " " + s.foundOn()));
        if (e.confirmedBy() != null) {
            System.out.println("确认辍学：" + e.confirmedBy() + " " + e.confirmedOn());
        }
        if (e.outcome() != null) {
            System.out.println("销号结果：" + e.outcome().format(ZH) + (e.closedOn() == null ? "（审批中，申请 #"
                    + e.closeRequest() + "）" : "  " + e.closedOn()));
        }
        for (ResponsibleLine line : ResponsibleLine.values()) {
            String who = e.responsible().stream().filter(p -> p.line() == line)
                    .map(p -> p.displayName() + "（" + p.username() + "）").findFirst().orElse("!! 缺");
            System.out.println(line.format(ZH) + "：" + who);
        }
        for (Visit v : dropouts.visits(actor, id)) {
            System.out.println("劝返 " + v.visitedOn() + "：" + v.visitors() + " 见 " + v.met() + " — " + v.outcome()
                    + (v.evidenceBytes() > 0 ? "  [佐证 " + v.evidenceType() + "]" : ""));
        }
        return null;
    }
}
