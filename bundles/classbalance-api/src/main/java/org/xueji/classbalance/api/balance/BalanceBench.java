package org.xueji.classbalance.api.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The benchmark of issue 9 item 6 (printed figures, never a timed test): generated grades of
 * 5,000 → 100, 2,000 → 37 and 300 → 6 classes, three subjects 0–100, 2 % of the students in
 * together pairs and 2 % in apart pairs, 10 % 留守 and 5 % 随迁. Names are synthetic (a small
 * table of surnames and given-name characters, so identical and same-sounding names occur).
 * Run by {@code xueji:bench-balance} or {@link #main}.
 */
public final class BalanceBench {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "浩宇轩子睿博文泽俊杰涛明辰昊然欣怡梓涵雨萱思佳诗琪婷晴妍可馨悦雅静梦彤语嘉";

    private BalanceBench() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20260901L;
        for (int[] size : new int[][] {{5000, 100}, {2000, 37}, {300, 6}}) {
            System.out.println(run(size[0], size[1], seed));
        }
    }

    /** Generates, balances and reports one size; the time covers validation, balancing and both metrics. */
    public static String run(int students, int classes, long seed) {
        BalanceInput input = new BalanceInput(generate(students, seed), BalanceCsv.SUBJECTS, classes,
                BalanceInput.DEFAULT_CAP, seed);
        long start = System.nanoTime();
        BalanceResult result = ClassBalancer.balance(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return String.format(Locale.ROOT, "== %d students → %d classes: %d ms%n", students, classes, millis)
                + BalanceReport.format(result);
    }

    public static List<BalanceStudent> generate(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<BalanceStudent> list = new ArrayList<>(n);
        int pairs = Math.max(1, n / 100); // 2 % of the students in pairs of each kind
        for (int i = 0; i < n; i++) {
            double[] s = new double[3];
            double total = 0;
            for (int d = 0; d < 3; d++) {
                s[d] = Math.round(Math.min(100, Math.max(0, 70 + 15 * gauss(rnd))));
                total += s[d];
            }
            String name = SURNAMES.charAt(rnd.nextInt(SURNAMES.length())) + ""
                    + GIVEN.charAt(rnd.nextInt(GIVEN.length())) + GIVEN.charAt(rnd.nextInt(GIVEN.length()));
            int f = rnd.nextInt(100);
            Set<String> flags = f < 10 ? Set.of("留守") : f < 15 ? Set.of("随迁") : Set.of();
            String together = i < 2 * pairs ? "T" + i / 2 : null;
            String apart = i >= 2 * pairs && i < 4 * pairs ? "P" + i / 2 : null;
            list.add(new BalanceStudent(String.format(Locale.ROOT, "B%06d", i), name, rnd.nextBoolean(), total,
                    List.of(s[0], s[1], s[2]), flags, together, apart));
        }
        return list;
    }

    private static double gauss(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
