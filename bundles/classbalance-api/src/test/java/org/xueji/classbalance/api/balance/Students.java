package org.xueji.classbalance.api.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Test inputs: crafted students and generated grades (names are synthetic ids, never real people). */
final class Students {

    static final List<String> SUBJECTS = List.of("语文", "数学", "英语");

    private Students() {
    }

    static BalanceStudent s(String id, boolean male, Double total) {
        return new BalanceStudent(id, "学生" + id, male, total, Arrays.asList(null, null, null), Set.of(), null, null);
    }

    static BalanceStudent named(String id, String name, boolean male, double total) {
        return new BalanceStudent(id, name, male, total, Arrays.asList(null, null, null), Set.of(), null, null);
    }

    static BalanceStudent together(BalanceStudent s, String key) {
        return new BalanceStudent(s.id(), s.name(), s.male(), s.total(), s.subjects(), s.flags(), key, s.apart());
    }

    static BalanceStudent apart(BalanceStudent s, String key) {
        return new BalanceStudent(s.id(), s.name(), s.male(), s.total(), s.subjects(), s.flags(), s.together(), key);
    }

    static BalanceInput input(List<BalanceStudent> students, int classes, int cap, long seed) {
        return new BalanceInput(students, SUBJECTS, classes, cap, seed);
    }

    /** n students with three subjects, half boys, some flags; distinct names (ids). */
    static List<BalanceStudent> grade(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<BalanceStudent> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = Math.round(Math.min(100, Math.max(0, 70 + 15 * gauss(rnd))));
            double b = Math.round(Math.min(100, Math.max(0, 65 + 18 * gauss(rnd))));
            double c = Math.round(Math.min(100, Math.max(0, 72 + 12 * gauss(rnd))));
            Set<String> flags = rnd.nextInt(10) == 0 ? Set.of("留守") : rnd.nextInt(20) == 0 ? Set.of("随迁") : Set.of();
            result.add(new BalanceStudent(String.format("S%05d", i), "学生" + i, rnd.nextBoolean(), a + b + c,
                    List.of(a, b, c), flags, null, null));
        }
        return result;
    }

    private static double gauss(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    static int classOf(BalanceResult r, BalanceInput in, String id) {
        for (int i = 0; i < in.students().size(); i++) {
            if (in.students().get(i).id().equals(id)) {
                return r.classOf(i);
            }
        }
        throw new IllegalArgumentException(id);
    }
}
