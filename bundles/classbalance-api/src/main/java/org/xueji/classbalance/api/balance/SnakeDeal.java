package org.xueji.classbalance.api.balance;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The snake deal (蛇形分班) as schools do it by hand: students by total score, best first
 * (without a score last, then by id), dealt to classes 1..N, N..1, 1..N … It knows nothing of
 * sex, groups or names; its figures are shown beside ours.
 */
public final class SnakeDeal {

    private SnakeDeal() {
    }

    /** 0-based class per student, input order. */
    public static int[] deal(BalanceProblem p) {
        Integer[] order = new Integer[p.n];
        for (int i = 0; i < p.n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, byTotalThenId(p));
        int[] classOf = new int[p.n];
        for (int pos = 0; pos < p.n; pos++) {
            classOf[order[pos]] = snakeClass(pos, p.classes);
        }
        return classOf;
    }

    /** Class (0-based) of the pos-th student dealt: 0..k-1, then k-1..0, … */
    static int snakeClass(int pos, int k) {
        int round = pos / k;
        int inRound = pos % k;
        return round % 2 == 0 ? inRound : k - 1 - inRound;
    }

    static Comparator<Integer> byTotalThenId(BalanceProblem p) {
        return (a, b) -> {
            double x = p.scores[0][a];
            double y = p.scores[0][b];
            boolean nx = Double.isNaN(x);
            boolean ny = Double.isNaN(y);
            if (nx != ny) {
                return nx ? 1 : -1;
            }
            if (!nx && x != y) {
                return Double.compare(y, x);
            }
            return p.input.students().get(a).id().compareTo(p.input.students().get(b).id());
        };
    }
}
