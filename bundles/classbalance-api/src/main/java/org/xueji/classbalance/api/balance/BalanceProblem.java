package org.xueji.classbalance.api.balance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xueji.registry.api.names.NameSounds;

/**
 * A validated balancing input: bad input and infeasible constraints are refused here, naming the
 * cause ({@link BalanceRefused}); what is left is indexed for the algorithm and the metrics.
 * Everything is in input order or sorted by key, never in hash order, so results are reproducible.
 */
public final class BalanceProblem {

    final BalanceInput input;
    final int n;
    final int classes;
    final int cap;
    /** Score dimensions: 0 = total, 1.. = subjects; NaN where missing. */
    final double[][] scores;
    final boolean[] male;
    final List<String> flagNames;
    /** flags[f][i] = 1 when student i carries flag f. */
    final int[][] flags;
    /** Together groups ("blocks"): a student without a together key is a block of one. */
    final int[][] blocks;
    final int[] blockOf;
    final Map<String, List<Integer>> togetherGroups;
    final List<int[]> apartPairs;
    final List<int[]> namePairs;

    private BalanceProblem(BalanceInput input, List<int[]> namePairs) {
        this.input = input;
        this.n = input.students().size();
        this.classes = input.classes();
        this.cap = input.cap();
        int dims = 1 + input.subjects().size();
        scores = new double[dims][n];
        male = new boolean[n];
        Set<String> flagSet = new TreeSet<>();
        input.students().forEach(s -> flagSet.addAll(s.flags()));
        flagNames = List.copyOf(flagSet);
        flags = new int[flagNames.size()][n];
        togetherGroups = new TreeMap<>();
        Map<String, List<Integer>> apartGroups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            BalanceStudent s = input.students().get(i);
            male[i] = s.male();
            scores[0][i] = s.total() == null ? Double.NaN : s.total();
            for (int d = 1; d < dims; d++) {
                Double v = s.subjects().get(d - 1);
                scores[d][i] = v == null ? Double.NaN : v;
            }
            for (int f = 0; f < flagNames.size(); f++) {
                flags[f][i] = s.flags().contains(flagNames.get(f)) ? 1 : 0;
            }
            if (s.together() != null) {
                togetherGroups.computeIfAbsent(s.together(), k -> new ArrayList<>()).add(i);
            }
            if (s.apart() != null) {
                apartGroups.computeIfAbsent(s.apart(), k -> new ArrayList<>()).add(i);
            }
        }
        blockOf = new int[n];
        List<int[]> blockList = new ArrayList<>();
        Set<Integer> grouped = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String key = input.students().get(i).together();
            if (key == null) {
                blockList.add(new int[] {i});
            } else if (grouped.add(i)) {
                List<Integer> members = togetherGroups.get(key);
                grouped.addAll(members);
                blockList.add(members.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        blocks = blockList.toArray(new int[0][]);
        for (int b = 0; b < blocks.length; b++) {
            for (int i : blocks[b]) {
                blockOf[i] = b;
            }
        }
        apartPairs = new ArrayList<>();
        for (List<Integer> members : apartGroups.values()) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    apartPairs.add(new int[] {members.get(a), members.get(b)});
                }
            }
        }
        this.namePairs = namePairs;
        refuseInfeasible(apartGroups);
    }

    /** Validates the input and refuses infeasible constraints; throws {@link BalanceRefused}. */
    public static BalanceProblem of(BalanceInput input) {
        validate(input);
        return new BalanceProblem(input, NamePairs.find(input.students()));
    }

    public int students() {
        return n;
    }

    public int classes() {
        return classes;
    }

    public List<String> flagNames() {
        return flagNames;
    }

    private static void validate(BalanceInput input) {
        if (input.classes() <= 0) {
            throw new BalanceRefused(BalanceMessages.CLASS_COUNT_INVALID, input.classes());
        }
        if (input.cap() <= 0) {
            throw new BalanceRefused(BalanceMessages.CAP_INVALID, input.cap());
        }
        if (input.students().isEmpty()) {
            throw new BalanceRefused(BalanceMessages.NO_STUDENTS);
        }
        Set<String> ids = new HashSet<>();
        int row = 0;
        for (BalanceStudent s : input.students()) {
            row++;
            if (s.id() == null || s.id().isBlank()) {
                throw new BalanceRefused(BalanceMessages.ID_MISSING, row);
            }
            if (!ids.add(s.id())) {
                throw new BalanceRefused(BalanceMessages.ID_DUPLICATE, s.id());
            }
            if (s.male() == null) {
                throw new BalanceRefused(BalanceMessages.SEX_MISSING, s.id());
            }
            checkScore(s.id(), "总分", s.total(), BalanceInput.MAX_TOTAL);
            if (s.subjects().size() != input.subjects().size()) {
                throw new BalanceRefused(BalanceMessages.SUBJECT_COUNT_MISMATCH, s.id(), s.subjects().size(),
                        input.subjects().size());
            }
            for (int d = 0; d < s.subjects().size(); d++) {
                checkScore(s.id(), input.subjects().get(d), s.subjects().get(d), BalanceInput.MAX_SUBJECT);
            }
        }
    }

    private static void checkScore(String id, String field, Double value, double max) {
        if (value == null) {
            return;
        }
        if (value.isNaN() || value.isInfinite()) {
            throw new BalanceRefused(BalanceMessages.SCORE_NOT_A_NUMBER, id, field);
        }
        if (value < 0 || value > max) {
            throw new BalanceRefused(BalanceMessages.SCORE_OUT_OF_RANGE, id, field, value, max);
        }
    }

    private void refuseInfeasible(Map<String, List<Integer>> apartGroups) {
        if ((long) cap * classes < n) {
            throw new BalanceRefused(BalanceMessages.TOO_MANY_STUDENTS, n, cap, classes);
        }
        for (Map.Entry<String, List<Integer>> g : togetherGroups.entrySet()) {
            if (g.getValue().size() > cap) {
                throw new BalanceRefused(BalanceMessages.TOGETHER_GROUP_OVER_CAP, g.getKey(), g.getValue().size(), cap);
            }
        }
        for (Map.Entry<String, List<Integer>> g : apartGroups.entrySet()) {
            if (g.getValue().size() > classes) {
                throw new BalanceRefused(BalanceMessages.APART_GROUP_OVER_CLASSES, g.getKey(), g.getValue().size(),
                        classes);
            }
        }
        for (int[] p : apartPairs) {
            if (blockOf[p[0]] == blockOf[p[1]]) {
                throw new BalanceRefused(BalanceMessages.TOGETHER_AND_APART, input.students().get(p[0]).together(),
                        input.students().get(p[0]).apart());
            }
        }
        for (int[] p : namePairs) {
            if (blockOf[p[0]] == blockOf[p[1]]) {
                throw new BalanceRefused(BalanceMessages.SAME_NAMES_TOGETHER, input.students().get(p[0]).together());
            }
        }
        // identical names form a clique: more of them than classes cannot be separated
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String c = NameSounds.compact(input.students().get(i).name());
            if (!c.isEmpty()) {
                byName.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : byName.values()) {
            if (same.size() > classes) {
                throw new BalanceRefused(BalanceMessages.SAME_NAMES_OVER_CLASSES, same.size(), classes,
                        input.students().get(same.get(0)).id());
            }
        }
    }
}
