package org.xueji.classbalance.api;

import java.time.Instant;
import java.util.List;
import org.xueji.classbalance.api.balance.BalanceMetrics;

/**
 * A stored run: its parameters, seed, status, metrics of ours and of the snake deal, and (once
 * confirmed) the SHA-256 of inputs, parameters, seed and result.
 */
public record BalanceRun(long id, long schoolId, int grade, int schoolYear, int classes, int cap, long seed,
                         long iterations, RunStatus status, String proposedBy, Instant proposedAt,
                         String confirmedBy, Instant confirmedAt, String hash, Long workflowRequestId,
                         BalanceMetrics ours, BalanceMetrics snake, List<RunPlacement> placements) {

    public BalanceRun {
        placements = placements == null ? List.of() : List.copyOf(placements);
    }

    public boolean editable() {
        return status == RunStatus.PROPOSED;
    }
}
