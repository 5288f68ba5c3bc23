package org.xueji.classbalance.api.balance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One student of a balancing input.
 *
 * @param id         unique within the input (the registry id or the file's 学生ID)
 * @param name       for the identical / same-sounding (同音) name rule; may be blank
 * @param male       {@code null} is refused (SEX_MISSING)
 * @param total      total score or {@code null}
 * @param subjects   one score per subject of {@link BalanceInput#subjects()}, entries may be {@code null}
 * @param flags      flagged groups to spread evenly (留守, 随迁, 残疾/随班就读, run marks such as former class leader)
 * @param together   students sharing a non-blank key are placed in one class (twins, siblings)
 * @param apart      students sharing a non-blank key are placed in different classes
 */
public record BalanceStudent(String id, String name, Boolean male, Double total, List<Double> subjects,
                             Set<String> flags, String together, String apart) {

    public BalanceStudent {
        subjects = subjects == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(subjects));
        flags = flags == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(flags));
        together = blankToNull(together);
        apart = blankToNull(apart);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
