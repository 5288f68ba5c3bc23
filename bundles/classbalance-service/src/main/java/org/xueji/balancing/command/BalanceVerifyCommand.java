package org.xueji.balancing.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.HeadTeacherVerification;
import org.xueji.classbalance.api.RunVerification;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** 阳光分班 transparency: re-runs a run from its stored inputs and seed and compares the hash. */
@Service
@Command(scope = "xueji", name = "balance-verify", description = "复核分班方案：按存档的输入与随机种子重算并比对哈希，并复核班主任抽签 (verify a balancing run and its head-teacher draw)")
public class BalanceVerifyCommand implements Action {

    @Argument(index = 0, name = "runId", required = true, description = "分班方案编号")
    long runId;

    @Reference
    ClassBalanceService balancing;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        RunVerification v = balancing.verify(actor, runId);
        System.out.println("存档哈希 stored:     " + (v.storedHash() == null ? "（未确认 not confirmed）" : v.storedHash()));
        System.out.println("重算哈希 recomputed: " + v.recomputedHash());
        System.out.println(v.matches() ? "一致 MATCH" : "不一致 MISMATCH");
        // the head-teacher draw, when one was made: redone from its stored candidates and seed
        if (balancing.headTeachers(actor, runId).isPresent()) {
            HeadTeacherVerification h = balancing.verifyHeadTeachers(actor, runId);
            System.out.println("班主任抽签 head teachers (seed " + h.seed() + "): "
                    + (h.matches() ? "一致 MATCH" : "不一致 MISMATCH"));
        }
        return null;
    }
}
