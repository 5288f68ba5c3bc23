package org.xueji.ui.enrollment.verification;

import java.util.List;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.DiscrepancyKind;

/** Questions the discrepancy lists ask of their rows. */
final class DiscrepancyRows {

    /** R18: a grade-9 student at school without a record, still open — must be fixed before 中考. */
    static boolean isGrade9Risk(Discrepancy d) {
        return d.kind() == DiscrepancyKind.PERSON_WITHOUT_RECORD && Integer.valueOf(9).equals(d.gradeLevel())
                && !d.resolved();
    }

    /** The rows of one list, in the service's order (grades 9, 8, 6 first; open before resolved). */
    static List<Discrepancy> ofKind(List<Discrepancy> all, DiscrepancyKind kind) {
        return all.stream().filter(d -> d.kind() == kind).toList();
    }

    static long unresolved(List<Discrepancy> rows) {
        return rows.stream().filter(d -> !d.resolved()).count();
    }

    private DiscrepancyRows() {
    }
}
