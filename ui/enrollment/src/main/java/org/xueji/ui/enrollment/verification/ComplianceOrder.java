package org.xueji.ui.enrollment.verification;

import java.util.Comparator;
import java.util.List;
import org.xueji.enrollment.api.SemesterCompliance;

/** Compliance rows with the schools that need attention first. */
final class ComplianceOrder {

    /** Fewest closed checks first, then most grade-9 students without a record, then by name. */
    static List<SemesterCompliance> shortFirst(List<SemesterCompliance> rows) {
        return rows.stream()
                .sorted(Comparator.comparingInt(SemesterCompliance::closedChecks)
                        .thenComparing(Comparator.comparingInt(SemesterCompliance::grade9WithoutRecord).reversed())
                        .thenComparing(c -> c.schoolName() == null ? "" : c.schoolName()))
                .toList();
    }

    /** The names of the schools below R18's two checks, at most {@code limit}. */
    static List<String> shortNames(List<SemesterCompliance> rows, int limit) {
        return shortFirst(rows).stream().filter(c -> !c.enough()).limit(limit).map(SemesterCompliance::schoolName)
                .toList();
    }

    private ComplianceOrder() {
    }
}
