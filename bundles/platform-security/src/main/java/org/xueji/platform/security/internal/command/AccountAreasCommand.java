package org.xueji.platform.security.internal.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.shell.ShellActors;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.AreaScope;

/**
 * Shows or assigns the towns and villages of a 乡镇/村干部 account (R22, R25):
 * {@code xueji:account-areas wangcun --town 城关镇 --village 河口镇/东村}.
 */
@Service
@Command(scope = "xueji", name = "account-areas",
        description = "查看或分配乡镇/村干部的乡镇和村 (show or assign a town/village official's areas)")
public class AccountAreasCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "用户名")
    String username;

    @Option(name = "--town", multiValued = true, description = "整个乡镇/街道（可重复）")
    List<String> towns;

    @Option(name = "--village", multiValued = true, description = "村/社区，写成“乡镇/村”（可重复）")
    List<String> villages;

    @Reference
    AccountAreas areas;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        boolean assigning = towns != null && !towns.isEmpty() || villages != null && !villages.isEmpty();
        if (assigning) {
            areas.assignAreas(actor, username, new AreaScope(false, towns == null ? Set.of() : new LinkedHashSet<>(towns),
                    villages == null ? Set.of() : new LinkedHashSet<>(villages)));
            System.out.println("已更新账号 " + username + " 的负责区域。");
        }
        AreaScope scope = areas.assignedAreas(actor, username);
        System.out.println("乡镇: " + (scope.towns().isEmpty() ? "—" : String.join("、", scope.towns())));
        System.out.println("村:   " + (scope.villages().isEmpty() ? "—" : String.join("、", scope.villages())));
        return null;
    }
}
