package org.xueji.balancing.command;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.FileBalance;
import org.xueji.classbalance.api.balance.BalanceInput;
import org.xueji.classbalance.api.balance.BalanceReport;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.documents.spreadsheet.CsvWriter;
import org.xueji.platform.shell.ShellActors;

/** File mode (issue 9 item 5): balances a UTF-8 CSV, writes 学生ID,班级 and prints ours beside the snake deal. Nothing goes to the registry. */
@Service
@Command(scope = "xueji", name = "balance-file",
        description = "阳光分班（文件模式）：读 UTF-8 CSV（学生ID,姓名,性别,总分,语文,数学,英语,同班组,分班组），写 学生ID,班级 (class balancing, file mode)")
public class BalanceFileCommand implements Action {

    @Option(name = "--in", required = true, description = "输入 CSV（UTF-8）")
    String in;

    @Option(name = "--out", required = true, description = "输出 CSV：学生ID,班级")
    String out;

    @Option(name = "--classes", required = true, description = "班级数")
    int classes;

    @Option(name = "--cap", description = "班额上限（R14，默认 55）")
    int cap = BalanceInput.DEFAULT_CAP;

    @Option(name = "--seed", description = "随机种子（默认 1；相同输入和种子得到相同结果）")
    long seed = 1;

    @Reference
    ClassBalanceService balancing;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() throws Exception {
        Actor actor = ShellActors.of(session, accounts);
        FileBalance result = balancing.balanceFile(actor, Files.readAllBytes(Path.of(in)), classes, cap, seed);
        write(result, Path.of(out));
        System.out.print(BalanceReport.format(result.result()));
        System.out.println("已写出 written: " + out + " (" + result.studentIds().size() + ")");
        return null;
    }

    static void write(FileBalance result, Path target) throws Exception {
        try (OutputStream os = Files.newOutputStream(target); CsvWriter csv = new CsvWriter(os)) {
            csv.row(List.of("学生ID", "班级"));
            for (int i = 0; i < result.studentIds().size(); i++) {
                csv.row(List.of(result.studentIds().get(i), String.valueOf(result.result().classOf(i))));
            }
        }
    }
}
