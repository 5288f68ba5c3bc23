package org.xueji.classbalance.api.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xueji.registry.api.names.NameSounds;

/**
 * Pairs of students whose names are identical or read alike (同音, the registry's pinyin
 * matching): they must be in different classes. Names are first bucketed by length and by the
 * readings of their first and last characters, so that 5,000 names need not be compared all with all.
 */
final class NamePairs {

    private NamePairs() {
    }

    /** Pairs {i, j} with i &lt; j, in ascending order. */
    static List<int[]> find(List<BalanceStudent> students) {
        String[] compact = new String[students.size()];
        Map<String, List<Integer>> buckets = new TreeMap<>();
        for (int i = 0; i < students.size(); i++) {
            String c = NameSounds.compact(students.get(i).name());
            compact[i] = c;
            if (c.isEmpty()) {
                continue;
            }
            for (String first : NameSounds.readings(c.charAt(0))) {
                for (String last : NameSounds.readings(c.charAt(c.length() - 1))) {
                    buckets.computeIfAbsent(c.length() + ":" + first + ":" + last, x -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<Long> seen = new TreeSet<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    int i = bucket.get(a);
                    int j = bucket.get(b);
                    long key = (long) Math.min(i, j) * students.size() + Math.max(i, j);
                    if (!seen.contains(key)
                            && (compact[i].equals(compact[j]) || NameSounds.soundAlike(compact[i], compact[j]))) {
                        seen.add(key);
                    }
                }
            }
        }
        List<int[]> pairs = new ArrayList<>(seen.size());
        for (long key : seen) {
            pairs.add(new int[] {(int) (key / students.size()), (int) (key % students.size())});
        }
        return pairs;
    }
}
