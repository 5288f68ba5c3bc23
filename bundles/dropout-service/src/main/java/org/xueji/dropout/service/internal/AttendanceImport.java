package org.xueji.dropout.service.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xueji.dropout.api.AttendanceResult;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.dropout.service.internal.risk.ClassSheets;
import org.xueji.dropout.service.internal.risk.RiskRecords;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * The attendance feed (item 2): a class's month read from a spreadsheet (platform-documents
 * {@code SheetReader}), checked whole, and each student with a run of unexplained absences at
 * the threshold opened as a suspected entry (or given one more source), in one transaction; the
 * month's absences per student are kept for the early warning ({@code RiskRecords}).
 */
final class AttendanceImport {

    private final ModuleSupport support;
    private final Entries entries;
    private final SchoolService schools;
    private final StudentService students;

    AttendanceImport(ModuleSupport support, Entries entries, SchoolService schools, StudentService students) {
        this.support = support;
        this.entries = entries;
        this.schools = schools;
        this.students = students;
    }

    AttendanceResult run(Actor actor, long classId, YearMonth month, String fileName, InputStream content,
                         int threshold) {
        actor.require(Permission.RECORD_DROPOUT);
        LocalDate today = support.today();
        if (month == null || month.isAfter(YearMonth.from(today))) {
            throw new ValidationException(List.of(new FieldError("month", DropoutMessages.MONTH_IN_FUTURE,
                    String.valueOf(month))));
        }
        SchoolClass c = schools.getClass(actor, classId);
        actor.requireScope(c.schoolId(), classId);
        List<List<String>> cells = ClassSheets.read(content, fileName);
        List<AttendanceSheet.Row> rows = AttendanceSheet.parse(cells, month.lengthOfMonth());
        Map<String, StudentSummary> roster = new HashMap<>();
        students.schoolRoster(actor, c.schoolId()).stream().filter(s -> Long.valueOf(classId).equals(s.classId()))
                .filter(s -> s.idNumber() != null).forEach(s -> roster.put(s.idNumber().toUpperCase(), s));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<StudentSummary> flagged = new ArrayList<>();
        // the class's school days: days on which any student has a mark (a blank day for all is no school)
        int schoolDays = AttendanceSheet.schoolDays(rows);
        List<RiskRecords.AttendanceMonth> months = new ArrayList<>();
        for (AttendanceSheet.Row r : rows) {
            StudentSummary s = roster.get(r.idNumber());
            if (s == null) {
                errors.add(new FieldError("file", DropoutMessages.ATTENDANCE_UNKNOWN_STUDENT, r.rowNumber(),
                        AttendanceSheet.masked(r.idNumber())));
            } else if (!seen.add(r.idNumber())) {
                errors.add(new FieldError("file", DropoutMessages.ATTENDANCE_DUPLICATE, r.rowNumber()));
            } else {
                months.add(new RiskRecords.AttendanceMonth(s.id(), schoolDays, r.count(AttendanceSheet.Mark.UNEXPLAINED),
                        r.count(AttendanceSheet.Mark.EXPLAINED)));
                if (r.longestUnexplainedRun() >= threshold) {
                    flagged.add(s);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate foundOn = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        return support.transactions().inTransaction(em -> {
            // the month's figures for the early warning (a re-import replaces them)
            RiskRecords.replaceAttendance(em, classId, c.schoolId(), month, months);
            int opened = 0;
            for (StudentSummary s : flagged) {
                Entries.Child child = new Entries.Child(s.id(), s.name(), s.sex(), s.birthDate(), s.idNumber(),
                        s.schoolId(), s.classId());
                Entries.Opened o = entries.openOrAttach(em, actor, child, s.schoolId(), new Entries.Finding(null, null,
                        null, ReasonCategory.OTHER, AtRiskSource.ATTENDANCE,
                        "attendance:" + classId + ":" + month + ":" + s.id(), foundOn, null));
                opened += o.created() ? 1 : 0;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("class", classId);
            details.put("month", month.toString());
            details.put("rows", rows.size());
            details.put("flagged", flagged.size());
            support.audit(em, AuditEvent.of(actor, "dropout.attendance.import", "school-class", classId, c.schoolId())
                    .withChanges(details));
            return new AttendanceResult(rows.size(), flagged.stream().map(StudentSummary::id).toList(), opened,
                    threshold);
        });
    }
}
