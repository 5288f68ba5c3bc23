package org.xueji.dropout.service.internal.homevisit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.xueji.dropout.api.homevisit.Frequency;
import org.xueji.dropout.api.homevisit.PriorityGroup;

/**
 * The R28 rule for one child: for each of the child's groups with a minimum of N contacts in D
 * days, count the contacts dated after {@code today − D} up to today; fewer than N in any group
 * is overdue. A child never contacted is overdue at once (the first visit is due now).
 */
final class DueRule {

    record Standing(Frequency binding, int made, boolean overdue) {
    }

    private DueRule() {
    }

    /** {@code contacts}: the child's contact dates (any order). */
    static Standing standing(Set<PriorityGroup> groups, List<LocalDate> contacts, HomeVisitConfig config,
                             LocalDate today) {
        Frequency binding = null;
        int bindingMade = 0;
        double bindingShare = Double.MAX_VALUE;
        boolean overdue = false;
        for (PriorityGroup g : PriorityGroup.values()) {
            Frequency f = config.of(g);
            if (!groups.contains(g) || f.contacts() <= 0) {
                continue;
            }
            LocalDate after = today.minusDays(f.days());
            int made = (int) contacts.stream().filter(d -> d.isAfter(after) && !d.isAfter(today)).count();
            double share = (double) made / f.contacts();
            // the binding group: the least satisfied; on a tie the shorter window
            if (share < bindingShare || share == bindingShare && f.days() < binding.days()) {
                binding = f;
                bindingMade = made;
                bindingShare = share;
            }
            overdue |= made < f.contacts();
        }
        return binding == null ? null : new Standing(binding, bindingMade, overdue);
    }
}
