package org.xueji.ui.enrollment.registration;

import java.util.List;
import org.xueji.registry.api.SchoolType;

/** The starting grades a school registers new students for (R19: grade 1 and grade 7). */
final class EntryGrades {

    private static final List<Integer> STARTING = List.of(1, 7);

    /** Grade 1 and/or 7, as far as the school teaches them; both when unknown or neither. */
    static List<Integer> offered(SchoolType type) {
        if (type == null) {
            return STARTING;
        }
        List<Integer> taught = STARTING.stream().filter(type::teaches).toList();
        return taught.isEmpty() ? STARTING : taught;
    }

    /** The usual one: 7 for a junior middle school, 1 otherwise. */
    static int defaultFor(SchoolType type) {
        return offered(type).get(0);
    }

    /** Whether the school takes new students in a starting grade (not senior high schools). */
    static boolean registers(SchoolType type) {
        return type == null || STARTING.stream().anyMatch(type::teaches);
    }

    private EntryGrades() {
    }
}
