package org.xueji.classbalance.api.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Balances a starting grade (R14, R15): starts from a snake deal of the together groups that never
 * passes the cap, then improves it by simulated annealing driven only by a {@link SplittableRandom}
 * of the recorded seed and a fixed number of steps (never the clock), so the same input and seed
 * always give the same classes.
 * <p>A step swaps two groups (mostly two students of the same sex) between two classes, or moves a
 * group to another class. The cost per class adds: size and boys away from the even share, each
 * score's class mean away from the grade mean (in standard deviations of the grade), the class's
 * spread of totals away from the grade's, and each flagged group away from its even share. Hard
 * constraints: a step over the cap is never taken; together groups move as one; apart and
 * same-name pairs in one class cost far more than any balance term, and an assignment that still
 * has one at the end is refused ({@link BalanceMessages#NO_ASSIGNMENT_FOUND}).
 */
public final class ClassBalancer {

    static final double W_HARD = 1_000;
    static final double W_SIZE = 50;
    static final double W_BOYS = 20;
    static final double W_FLAG = 5;
    static final double W_TOTAL = 4;
    static final double W_SUBJECT = 1;
    static final double W_SD = 0.2;
    static final double T_START = 0.05;
    static final double T_END = 1e-7;

    private final BalanceProblem p;
    private final int k;
    private final int dims;
    private final int nFlags;
    private final int nb;
    // blocks
    private final int[] bSize;
    private final int[] bBoys;
    private final double[][] bSum;
    private final int[][] bCnt;
    private final double[] bSq;
    private final int[][] bFlag;
    private final int[][] adj;
    // classes
    private final int[] size;
    private final int[] boys;
    private final double[][] sum;
    private final int[][] cnt;
    private final double[] sq;
    private final int[][] flag;
    private final int[][] members;
    private final int[] memberCount;
    private final int[] pos;
    private final int[] classOfBlock;
    /** Each class's cost at the current assignment, updated only for the two classes a taken step changes. */
    private final double[] classCost;
    // targets
    private final double meanSize;
    private final double meanBoys;
    private final double[] gMean;
    private final double[] gSd;
    private final double[] weight;
    private final double[] meanFlag;
    // scratch
    private final double[] sumX;
    private final double[] sumY;
    private final int[] cntX;
    private final int[] cntY;
    private final int[] flagX;
    private final int[] flagY;

    private ClassBalancer(BalanceProblem p) {
        this.p = p;
        k = p.classes;
        dims = p.scores.length;
        nFlags = p.flagNames.size();
        nb = p.blocks.length;
        bSize = new int[nb];
        bBoys = new int[nb];
        bSum = new double[nb][dims];
        bCnt = new int[nb][dims];
        bSq = new double[nb];
        bFlag = new int[nb][nFlags];
        for (int b = 0; b < nb; b++) {
            for (int i : p.blocks[b]) {
                bSize[b]++;
                bBoys[b] += p.male[i] ? 1 : 0;
                for (int d = 0; d < dims; d++) {
                    double v = p.scores[d][i];
                    if (!Double.isNaN(v)) {
                        bSum[b][d] += v;
                        bCnt[b][d]++;
                        if (d == 0) {
                            bSq[b] += v * v;
                        }
                    }
                }
                for (int f = 0; f < nFlags; f++) {
                    bFlag[b][f] += p.flags[f][i];
                }
            }
        }
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            neighbours.add(new ArrayList<>());
        }
        for (List<int[]> pairs : List.of(p.apartPairs, p.namePairs)) {
            for (int[] pair : pairs) {
                int a = p.blockOf[pair[0]];
                int b = p.blockOf[pair[1]];
                neighbours.get(a).add(b);
                neighbours.get(b).add(a);
            }
        }
        adj = new int[nb][];
        for (int b = 0; b < nb; b++) {
            adj[b] = neighbours.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        size = new int[k];
        boys = new int[k];
        sum = new double[k][dims];
        cnt = new int[k][dims];
        sq = new double[k];
        flag = new int[k][nFlags];
        members = new int[k][nb];
        memberCount = new int[k];
        pos = new int[nb];
        classOfBlock = new int[nb];
        classCost = new double[k];
        meanSize = (double) p.n / k;
        int allBoys = 0;
        for (boolean m : p.male) {
            allBoys += m ? 1 : 0;
        }
        meanBoys = (double) allBoys / k;
        gMean = new double[dims];
        gSd = new double[dims];
        weight = new double[dims];
        for (int d = 0; d < dims; d++) {
            double s = 0;
            double s2 = 0;
            int c = 0;
            for (double v : p.scores[d]) {
                if (!Double.isNaN(v)) {
                    s += v;
                    s2 += v * v;
                    c++;
                }
            }
            gMean[d] = c == 0 ? 0 : s / c;
            double sd = c == 0 ? 0 : Math.sqrt(Math.max(0, s2 / c - gMean[d] * gMean[d]));
            gSd[d] = sd > 1e-9 ? sd : 1;
            weight[d] = d == 0 ? W_TOTAL : W_SUBJECT;
        }
        meanFlag = new double[nFlags];
        for (int f = 0; f < nFlags; f++) {
            meanFlag[f] = (double) Arrays.stream(p.flags[f]).sum() / k;
        }
        sumX = new double[dims];
        sumY = new double[dims];
        cntX = new int[dims];
        cntY = new int[dims];
        flagX = new int[nFlags];
        flagY = new int[nFlags];
    }

    /** The default number of annealing steps for n students (part of a run's recorded parameters). */
    public static long defaultIterations(int n) {
        return Math.max(200_000L, 600L * n);
    }

    /** Validates, refuses infeasible inputs, balances with the default steps. */
    public static BalanceResult balance(BalanceInput input) {
        BalanceProblem p = BalanceProblem.of(input);
        return balance(p, defaultIterations(p.n));
    }

    public static BalanceResult balance(BalanceProblem p, long iterations) {
        ClassBalancer balancer = new ClassBalancer(p);
        balancer.start();
        balancer.anneal(new SplittableRandom(p.input.seed()), iterations);
        int[] classOf = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            classOf[i] = balancer.classOfBlock[p.blockOf[i]];
        }
        BalanceMetrics ours = BalanceMetrics.of(p, classOf);
        if (ours.hardViolations() > 0) {
            throw new BalanceRefused(BalanceMessages.NO_ASSIGNMENT_FOUND, ours.hardViolations());
        }
        List<Integer> classes = new ArrayList<>(p.n);
        for (int c : classOf) {
            classes.add(c + 1);
        }
        return new BalanceResult(classes, ours, BalanceMetrics.of(p, SnakeDeal.deal(p)), p.input.seed(), iterations);
    }

    /** Snake deal of the together groups by mean total; a class that is full passes its turn. */
    private void start() {
        Integer[] order = new Integer[nb];
        for (int b = 0; b < nb; b++) {
            order[b] = b;
        }
        Arrays.sort(order, (a, b) -> {
            double x = bCnt[a][0] == 0 ? Double.NaN : bSum[a][0] / bCnt[a][0];
            double y = bCnt[b][0] == 0 ? Double.NaN : bSum[b][0] / bCnt[b][0];
            boolean nx = Double.isNaN(x);
            boolean ny = Double.isNaN(y);
            if (nx != ny) {
                return nx ? 1 : -1;
            }
            if (!nx && x != y) {
                return Double.compare(y, x);
            }
            return p.input.students().get(p.blocks[a][0]).id().compareTo(p.input.students().get(p.blocks[b][0]).id());
        });
        int turn = 0;
        // first pass within ceil(n/k) per class (sizes even), then up to the cap
        int even = (int) Math.ceil(meanSize);
        for (int b : order) {
            int c = SnakeDeal.snakeClass(turn++, k);
            if (size[c] + bSize[b] > Math.min(even, p.cap)) {
                c = smallestFitting(bSize[b], Math.min(even, p.cap));
                if (c < 0) {
                    c = smallestFitting(bSize[b], p.cap);
                }
                if (c < 0) {
                    throw new BalanceRefused(BalanceMessages.NO_ASSIGNMENT_FOUND, 1);
                }
            }
            add(b, c);
        }
    }

    private int smallestFitting(int blockSize, int limit) {
        int best = -1;
        for (int c = 0; c < k; c++) {
            if (size[c] + blockSize <= limit && (best < 0 || size[c] < size[best])) {
                best = c;
            }
        }
        return best;
    }

    private void add(int b, int c) {
        classOfBlock[b] = c;
        pos[b] = memberCount[c];
        members[c][memberCount[c]++] = b;
        size[c] += bSize[b];
        boys[c] += bBoys[b];
        for (int d = 0; d < dims; d++) {
            sum[c][d] += bSum[b][d];
            cnt[c][d] += bCnt[b][d];
        }
        sq[c] += bSq[b];
        for (int f = 0; f < nFlags; f++) {
            flag[c][f] += bFlag[b][f];
        }
    }

    private void remove(int b) {
        int c = classOfBlock[b];
        int last = members[c][--memberCount[c]];
        members[c][pos[b]] = last;
        pos[last] = pos[b];
        size[c] -= bSize[b];
        boys[c] -= bBoys[b];
        for (int d = 0; d < dims; d++) {
            sum[c][d] -= bSum[b][d];
            cnt[c][d] -= bCnt[b][d];
        }
        sq[c] -= bSq[b];
        for (int f = 0; f < nFlags; f++) {
            flag[c][f] -= bFlag[b][f];
        }
    }

    private double cost(int sz, int by, double[] s, int[] n, double sqTotal, int[] fl) {
        double cost = W_SIZE * sq(sz - meanSize) + W_BOYS * sq(by - meanBoys);
        for (int d = 0; d < dims; d++) {
            if (n[d] > 0) {
                cost += weight[d] * sq((s[d] / n[d] - gMean[d]) / gSd[d]);
            }
        }
        if (n[0] > 1) {
            double m = s[0] / n[0];
            double sd = Math.sqrt(Math.max(0, sqTotal / n[0] - m * m));
            cost += W_SD * sq((sd - gSd[0]) / gSd[0]);
        }
        for (int f = 0; f < nFlags; f++) {
            cost += W_FLAG * sq(fl[f] - meanFlag[f]);
        }
        return cost;
    }

    private double classCost(int c) {
        return cost(size[c], boys[c], sum[c], cnt[c], sq[c], flag[c]);
    }

    private static double sq(double x) {
        return x * x;
    }

    private int neighboursIn(int b, int c, int except) {
        int count = 0;
        for (int o : adj[b]) {
            if (o != except && classOfBlock[o] == c) {
                count++;
            }
        }
        return count;
    }

    /** Cost change of moving block a (class x) to y and block b (class y, or -1 for none) to x. */
    private double delta(int a, int b, int x, int y) {
        int szX = size[x] - bSize[a];
        int szY = size[y] + bSize[a];
        int byX = boys[x] - bBoys[a];
        int byY = boys[y] + bBoys[a];
        double sqX = sq[x] - bSq[a];
        double sqY = sq[y] + bSq[a];
        for (int d = 0; d < dims; d++) {
            sumX[d] = sum[x][d] - bSum[a][d];
            cntX[d] = cnt[x][d] - bCnt[a][d];
            sumY[d] = sum[y][d] + bSum[a][d];
            cntY[d] = cnt[y][d] + bCnt[a][d];
        }
        for (int f = 0; f < nFlags; f++) {
            flagX[f] = flag[x][f] - bFlag[a][f];
            flagY[f] = flag[y][f] + bFlag[a][f];
        }
        int conflicts = neighboursIn(a, y, b) - neighboursIn(a, x, -1);
        if (b >= 0) {
            szX += bSize[b];
            szY -= bSize[b];
            byX += bBoys[b];
            byY -= bBoys[b];
            sqX += bSq[b];
            sqY -= bSq[b];
            for (int d = 0; d < dims; d++) {
                sumX[d] += bSum[b][d];
                cntX[d] += bCnt[b][d];
                sumY[d] -= bSum[b][d];
                cntY[d] -= bCnt[b][d];
            }
            for (int f = 0; f < nFlags; f++) {
                flagX[f] += bFlag[b][f];
                flagY[f] -= bFlag[b][f];
            }
            conflicts += neighboursIn(b, x, a) - neighboursIn(b, y, -1);
        }
        if (szX > p.cap || szY > p.cap) {
            return Double.POSITIVE_INFINITY;
        }
        return cost(szX, byX, sumX, cntX, sqX, flagX) + cost(szY, byY, sumY, cntY, sqY, flagY)
                - classCost[x] - classCost[y] + W_HARD * conflicts;
    }

    private void anneal(SplittableRandom rnd, long iterations) {
        if (k < 2) {
            return;
        }
        for (int c = 0; c < k; c++) {
            classCost[c] = classCost(c);
        }
        double t = T_START;
        double cooling = Math.pow(T_END / T_START, 1.0 / Math.max(1, iterations));
        for (long step = 0; step < iterations; step++, t *= cooling) {
            int a = rnd.nextInt(nb);
            int x = classOfBlock[a];
            int y = rnd.nextInt(k - 1);
            if (y >= x) {
                y++;
            }
            int b = -1;
            if (memberCount[y] > 0 && rnd.nextInt(10) != 0) {
                // swap, preferring a partner of the same size and boys (keeps sizes and boys even)
                for (int tries = 0; tries < 4; tries++) {
                    b = members[y][rnd.nextInt(memberCount[y])];
                    if (bSize[b] == bSize[a] && bBoys[b] == bBoys[a]) {
                        break;
                    }
                }
            }
            double delta = delta(a, b, x, y);
            if (delta <= 0 || (delta < Double.POSITIVE_INFINITY && rnd.nextDouble() < Math.exp(-delta / t))) {
                remove(a);
                if (b >= 0) {
                    remove(b);
                    add(b, x);
                }
                add(a, y);
                // the same function of the same state as before caching: results are unchanged
                classCost[x] = classCost(x);
                classCost[y] = classCost(y);
            }
        }
    }
}
