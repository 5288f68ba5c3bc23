package org.xueji.dropout.service.internal.command;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.xueji.dropout.api.crosscheck.CheckKind;
import org.xueji.dropout.api.crosscheck.CrossCheckFinding;
import org.xueji.dropout.api.crosscheck.CrossCheckRun;
import org.xueji.dropout.api.crosscheck.CrossCheckService;
import org.xueji.dropout.api.crosscheck.FindingQuery;
import org.xueji.dropout.api.crosscheck.FindingStatus;
import org.xueji.dropout.api.crosscheck.ImportedList;
import org.xueji.dropout.api.crosscheck.ListKind;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/**
 * 四查三比对 (R29) in the shell: the latest run's findings in the acting account's scope;
 * {@code --import KIND FILE [--town T]} and {@code --run} for the district.
 */
@Service
@Command(scope = "xueji", name = "crosschecks",
        description = "四查三比对：比对结果（--check, --all）；区级 --import household|aid|poverty 文件 [--town 乡镇]、--run (R29)")
public class CrossChecksCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Option(name = "--import", description = "导入名单：household（公安户籍，需 --town）、aid（学生资助）、poverty（建档立卡/低保）")
    String importKind;

    @Option(name = "--file", description = "名单文件（xlsx、xls、csv）")
    String file;

    @Option(name = "--town", description = "户籍名单的乡镇")
    String town;

    @Option(name = "--run", description = "进行比对")
    boolean run;

    @Option(name = "--check", description = "not-enrolled、not-present、dropout-aid、dropout-poverty")
    String check;

    @Option(name = "--all", description = "含已处理的结果")
    boolean all;

    @Reference
    CrossCheckService crossChecks;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() throws Exception {
        Actor actor = ShellActors.of(session, accounts);
        if (importKind != null) {
            ListKind kind = switch (importKind.strip().toLowerCase(Locale.ROOT)) {
                case "household" -> ListKind.HOUSEHOLD_REGISTER;
                case "aid" -> ListKind.FINANCIAL_AID;
                case "poverty" -> ListKind.POVERTY;
                default -> throw new IllegalArgumentException("--import 应为 household、aid 或 poverty：" + importKind);
            };
            if (file == null) {
                throw new IllegalArgumentException("请用 --file 指定名单文件");
            }
            Path path = Path.of(file);
            try (InputStream in = Files.newInputStream(path)) {
                ImportedList l = crossChecks.importList(actor, kind, town, path.getFileName().toString(), in);
                System.out.println("已导入 " + l.kind().format(ZH) + (l.town() == null ? "" : "（" + l.town() + "）")
                        + "：" + l.rows() + " 行");
            }
            return null;
        }
        if (run) {
            CrossCheckRun r = crossChecks.run(actor);
            System.out.println("比对 #" + r.id() + " 完成：");
            r.counts().forEach((k, n) -> System.out.println("  " + k.format(ZH) + "：" + n));
            return null;
        }
        CheckKind kind = check == null ? null : CheckKind.valueOf(check.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        List<CrossCheckFinding> rows = crossChecks.findings(actor, new FindingQuery(null, kind,
                all ? null : FindingStatus.OPEN, null, null), 0, 1000);
        Map<Long, String> names = Schools.names(schools, actor);
        ShellTable table = new ShellTable();
        table.column("编号").alignRight();
        table.column("比对项目");
        table.column("姓名");
        table.column("身份证号");
        table.column("学校");
        table.column("乡镇/村");
        table.column("标记");
        table.column("状态");
        for (CrossCheckFinding f : rows) {
            String flags = (f.jointFollowUp() ? "联合跟踪 " : "") + (f.entryId() == null ? "" : "台账#" + f.entryId());
            table.addRow().addContent(f.id(), f.kind().format(ZH), f.name(), f.idNumber(),
                    Schools.name(names, f.schoolId()), f.town() == null ? "" : f.town() + " "
                            + (f.village() == null ? "" : f.village()), flags.strip(),
                    f.status() == FindingStatus.OPEN ? "待处理" : "已处理");
        }
        table.print(System.out);
        System.out.println("共 " + rows.size() + " 条");
        return null;
    }
}
