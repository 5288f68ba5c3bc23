package org.xueji.balancing.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xueji.classbalance.api.balance.BalanceBench;

/** Issue 9 item 6: the balancing benchmark, printed figures (5,000 → 100, 2,000 → 37, 300 → 6), ours and the snake deal's. */
@Service
@Command(scope = "xueji", name = "bench-balance",
        description = "阳光分班基准测试：5000 人分 100 班、2000 人分 37 班、300 人分 6 班，打印耗时与指标（含蛇形分班对照）")
public class BenchBalanceCommand implements Action {

    @Option(name = "--seed", description = "生成数据和分班所用的随机种子")
    long seed = 20260901L;

    @Override
    public Object execute() {
        for (int[] size : new int[][] {{5000, 100}, {2000, 37}, {300, 6}}) {
            System.out.println(BalanceBench.run(size[0], size[1], seed));
        }
        return null;
    }
}
