package org.xueji.admission.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.DrawVerification;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** Recomputes a recorded lottery from its list and seed (the published algorithm, see Lottery) and compares. */
@Service
@Command(scope = "xueji", name = "lottery-verify",
        description = "复核电脑派位：按记录的名单和种子重新计算，与记录的派位结果比较 (R24 lottery verification)")
public class LotteryVerifyCommand implements Action {

    @Argument(index = 0, name = "DRAW_ID", required = true, description = "派位记录编号")
    long drawId;

    @Reference
    AdmissionService admission;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        DrawVerification v = admission.verifyDraw(actor, drawId);
        System.out.println("派位 " + drawId + "：" + v.recorded().size() + " 人");
        if (v.matches()) {
            System.out.println("一致 MATCH：重新计算的顺序与记录的顺序相同");
        } else {
            for (int i = 0; i < Math.max(v.recorded().size(), v.recomputed().size()); i++) {
                String r = i < v.recorded().size() ? v.recorded().get(i) : "-";
                String c = i < v.recomputed().size() ? v.recomputed().get(i) : "-";
                if (!r.equals(c)) {
                    System.out.println("  第 " + (i + 1) + " 位：记录 " + r + "，重算 " + c);
                }
            }
            System.out.println("不一致 MISMATCH");
        }
        return null;
    }
}
