package org.xueji.classbalance.service.internal;

import java.util.ArrayList;
import java.util.List;
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.RunPlacement;
import org.xueji.classbalance.api.RunStatus;
import org.xueji.classbalance.api.balance.BalanceInput;
import org.xueji.classbalance.api.balance.BalanceMetrics;
import org.xueji.classbalance.api.balance.BalanceProblem;
import org.xueji.classbalance.api.balance.BalanceStudent;
import org.xueji.classbalance.api.balance.SnakeDeal;
import org.xueji.classbalance.service.internal.entity.RunEntity;

/** A stored run as the API shows it: the metrics are recomputed from the stored inputs and result. */
final class RunViews {

    private RunViews() {
    }

    static BalanceRun of(RunEntity e, boolean withPlacements) {
        BalanceInput input = RunCodec.parseInput(e.inputText);
        BalanceProblem problem = BalanceProblem.of(input);
        List<String[]> result = RunCodec.parseResult(e.resultText);
        int[] classOf = new int[input.students().size()];
        List<RunPlacement> placements = new ArrayList<>();
        for (int i = 0; i < classOf.length; i++) {
            BalanceStudent s = input.students().get(i);
            classOf[i] = Integer.parseInt(result.get(i)[1]) - 1;
            if (withPlacements) {
                placements.add(new RunPlacement(Long.parseLong(s.id()), s.name(), s.male(), s.total(), classOf[i] + 1));
            }
        }
        return new BalanceRun(e.id, e.schoolId, e.grade, e.schoolYear, e.classes, e.cap, e.seed, e.iterations,
                RunStatus.valueOf(e.status), e.proposedBy, e.proposedAt, e.decidedBy, e.decidedAt, e.hash,
                e.workflowRequestId, BalanceMetrics.of(problem, classOf),
                BalanceMetrics.of(problem, SnakeDeal.deal(problem)), placements);
    }
}
