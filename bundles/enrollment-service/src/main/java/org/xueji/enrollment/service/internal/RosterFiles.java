package org.xueji.enrollment.service.internal;

import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.FileRejectedException;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.enrollment.service.internal.excel.ParsedRosterRow;
import org.xueji.enrollment.service.internal.excel.RosterRowParser;
import org.xueji.enrollment.service.internal.excel.SpreadsheetReader;

/**
 * Reads a 人籍一致 roster file (.xlsx, .xls, .csv: 姓名, 身份证件号, 年级, 班级) whole, or
 * refuses it with its row report: a comparison against half a roster would list students
 * as missing who are not.
 */
final class RosterFiles {

    private final SpreadsheetReader reader = new SpreadsheetReader(RosterRowParser.COLUMNS);

    List<RosterEntry> read(String fileName, InputStream content) {
        RosterRowParser parser = new RosterRowParser();
        List<RosterEntry> roster = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        try {
            reader.read(content, fileName, row -> {
                ParsedRosterRow parsed = parser.parse(row);
                if (parsed.valid()) {
                    roster.add(parsed.entry());
                } else if (issues.size() < ImportReport.MAX_ISSUES) {
                    issues.addAll(parsed.issues());
                }
            });
        } catch (SpreadsheetException e) {
            throw new FileRejectedException(List.of(SpreadsheetReader.fileIssue(e)), e.messageKey(), e.args());
        }
        if (!issues.isEmpty()) {
            throw new FileRejectedException(issues, EnrollmentMessages.ROSTER_REJECTED, issues.size());
        }
        return roster;
    }
}
