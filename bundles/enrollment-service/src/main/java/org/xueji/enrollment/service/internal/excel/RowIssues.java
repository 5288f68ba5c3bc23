package org.xueji.enrollment.service.internal.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.platform.api.MessageKey;

/** Collects the problems of one row, messages formatted in Chinese for the report. */
final class RowIssues {

    private final int row;
    private final List<ImportIssue> issues = new ArrayList<>();

    RowIssues(int row) {
        this.row = row;
    }

    RowIssues(int row, List<ImportIssue> earlier) {
        this(row);
        issues.addAll(earlier);
    }

    void add(Column column, MessageKey key, Object... args) {
        add(column == null ? null : column.header(), key.format(Locale.SIMPLIFIED_CHINESE, args));
    }

    void add(String columnHeader, String message) {
        issues.add(new ImportIssue(row, columnHeader, message));
    }

    boolean has(Column column) {
        return issues.stream().anyMatch(issue -> column.header().equals(issue.column()));
    }

    boolean isEmpty() {
        return issues.isEmpty();
    }

    List<ImportIssue> list() {
        return List.copyOf(issues);
    }
}
