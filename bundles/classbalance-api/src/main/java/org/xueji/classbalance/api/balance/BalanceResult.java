package org.xueji.classbalance.api.balance;

import java.util.List;

/**
 * The outcome of a run: the class (1..N) of every student in input order, our metrics and the snake
 * deal's on the same input, and what reproduces it (seed and iterations; the input itself).
 */
public record BalanceResult(List<Integer> classes, BalanceMetrics ours, BalanceMetrics snake, long seed,
                            long iterations) {

    public BalanceResult {
        classes = List.copyOf(classes);
    }

    /** The class (1..N) of the student at {@code index} of the input. */
    public int classOf(int index) {
        return classes.get(index);
    }
}
