package org.xueji.admission.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Allocation within one school's plan (R24): the eligible applicants are taken by priority group,
 * highest first; a group that fits in the seats left is admitted whole; the first group that does
 * not fit is decided by {@link Lottery} for the seats left; later groups get no seat. Applicants
 * whose category the order leaves out are not admitted.
 */
public final class Allocation {

    private Allocation() {
    }

    /** One eligible applicant: application number and priority rank (-1: not in the order). */
    public record Candidate(String number, int rank) {
    }

    /** A lottery the allocation needs: the group's rank, its sorted candidates, the seats, the draw. */
    public record GroupDraw(int rank, List<String> candidates, int seats, String seed, List<String> order) {
    }

    public record Outcome(List<String> admitted, List<String> notAdmitted, List<GroupDraw> draws) {
    }

    public static Outcome allocate(int seats, List<Candidate> candidates, String seasonSeed, long schoolId) {
        Map<Integer, List<String>> groups = new TreeMap<>();
        List<String> notAdmitted = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.rank() < 0) {
                notAdmitted.add(c.number());
            } else {
                groups.computeIfAbsent(c.rank(), r -> new ArrayList<>()).add(c.number());
            }
        }
        List<String> admitted = new ArrayList<>();
        List<GroupDraw> draws = new ArrayList<>();
        int left = seats;
        for (Map.Entry<Integer, List<String>> g : groups.entrySet()) {
            List<String> members = new ArrayList<>(g.getValue());
            members.sort(Comparator.naturalOrder());
            if (members.size() <= left) {
                admitted.addAll(members);
                left -= members.size();
            } else if (left > 0) {
                String seed = Lottery.groupSeed(seasonSeed, schoolId, g.getKey());
                List<String> order = Lottery.draw(members, seed);
                draws.add(new GroupDraw(g.getKey(), List.copyOf(members), left, seed, order));
                admitted.addAll(order.subList(0, left));
                notAdmitted.addAll(order.subList(left, order.size()));
                left = 0;
            } else {
                notAdmitted.addAll(members);
            }
        }
        return new Outcome(admitted, notAdmitted, draws);
    }
}
