package org.xueji.platform.security.internal.command;

import org.xueji.platform.shell.ShellActors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.SchoolRoleHolders;

/** R6: who holds the registry roles of each school; schools missing a leader or registrar are marked. */
@Service
@Command(scope = "xueji", name = "school-roles",
        description = "各校分管领导、学籍管理员、校长 (R6 registry role holders per school)")
public class SchoolRolesCommand implements Action {

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() {
        List<SchoolRoleHolders> schools = accounts.schoolRoleHolders(ShellActors.of(session, accounts));
        ShellTable table = new ShellTable();
        table.column("学校").alignRight();
        table.column("分管领导");
        table.column("学籍管理员");
        table.column("校长");
        table.column("状态");
        table.emptyTableText("（没有任何学校账号）");
        int incomplete = 0;
        for (SchoolRoleHolders s : schools) {
            List<String> missing = new ArrayList<>();
            if (s.leadersInCharge().isEmpty()) {
                missing.add("缺分管领导");
            }
            if (s.registrars().isEmpty()) {
                missing.add("缺学籍管理员");
            }
            if (!missing.isEmpty()) {
                incomplete++;
            }
            table.addRow().addContent(s.schoolId(), names(s.leadersInCharge()), names(s.registrars()),
                    names(s.principals()), missing.isEmpty() ? "齐全" : "! " + String.join("，", missing));
        }
        table.print(System.out);
        System.out.println(schools.size() + " 所学校有账号，其中 " + incomplete + " 所未配齐分管领导或学籍管理员。"
                + "尚无任何账号的学校不在此表中（见 xueji:schools）。");
        return null;
    }

    private static String names(List<Account> holders) {
        return holders.stream().map(a -> a.displayName() + "(" + a.username() + ")").collect(Collectors.joining("、"));
    }
}
