package org.xueji.enrollment.service.internal.excel;

import java.util.List;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.RosterEntry;

/**
 * One row of a 人籍一致 roster, checked.
 *
 * @param entry  the person at school; null when the row has any issue
 * @param issues every problem of the row
 */
public record ParsedRosterRow(int row, RosterEntry entry, List<ImportIssue> issues) {

    public ParsedRosterRow {
        issues = List.copyOf(issues);
    }

    public boolean valid() {
        return entry != null;
    }
}
