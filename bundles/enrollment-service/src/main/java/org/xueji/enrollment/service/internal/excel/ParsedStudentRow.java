package org.xueji.enrollment.service.internal.excel;

import java.util.List;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.registry.api.StudentData;

/**
 * One row of a student import, checked.
 *
 * @param row        the row number as Excel shows it
 * @param data       the normalised, valid record (school and class set); null when the row
 *                   has any issue
 * @param entryGrade the 年级 of the row (the grade the student is placed in), null if unreadable
 * @param issues     every problem of the row, empty when {@code data} is usable
 */
public record ParsedStudentRow(int row, StudentData data, Integer entryGrade, List<ImportIssue> issues) {

    public ParsedStudentRow {
        issues = List.copyOf(issues);
    }

    public boolean valid() {
        return data != null;
    }
}
