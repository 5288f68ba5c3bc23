package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.registry.api.StudentExport;
import org.xueji.registry.api.StudentExportService;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;

/**
 * 学生查询's CSV export bound to its data release (R4): the release is checked for the actor
 * and the query before any row is read, and the rows and columns handed out are only those it
 * approved. School scope (R1) is the student service's: its search never reaches further.
 */
@Component(service = StudentExportService.class)
public class StudentExportServiceImpl implements StudentExportService {

    static final String KIND = "students.csv";
    private static final int PAGE = 1000;

    /** The list's columns, each in the field group a release must approve for it to be written. */
    enum ListColumn {
        // a G 学籍号 is "G" + the ID number: it is identity data, not a neutral key
        REGISTRY_NUMBER("学籍号", ReleaseField.IDENTITY, StudentSummary::registryNumber),
        NAME("姓名", ReleaseField.BASIC, StudentSummary::name),
        SEX("性别", ReleaseField.BASIC, s -> s.sex() == null ? null : s.sex().label()),
        BIRTH_DATE("出生日期", ReleaseField.IDENTITY, s -> date(s.birthDate())),
        ID_NUMBER("身份证号", ReleaseField.IDENTITY, StudentSummary::idNumber),
        SCHOOL("学校", ReleaseField.BASIC, StudentSummary::schoolName),
        CLASS("班级", ReleaseField.BASIC, StudentSummary::className);

        final String header;
        final ReleaseField field;
        final Function<StudentSummary, String> value;

        ListColumn(String header, ReleaseField field, Function<StudentSummary, String> value) {
            this.header = header;
            this.field = field;
            this.value = value;
        }
    }

    private final StudentService students;
    private final DataReleaseService releases;
    private final DeniedAccess denied;

    @Activate
    public StudentExportServiceImpl(@Reference StudentService students, @Reference DataReleaseService releases,
                                    @Reference AuditService auditService) {
        this.students = students;
        this.releases = releases;
        this.denied = new DeniedAccess(auditService);
    }

    @Override
    public StudentExport exportList(Actor actor, StudentQuery query, long releaseId) {
        return denied.guard(actor, "student.export", "school", query == null ? null : query.schoolId(), () -> {
            actor.require(Permission.EXPORT_DATA);
            if (query.schoolId() != null) {
                actor.requireSchool(query.schoolId());
            }
            StudentQuery scoped = actor.isDistrictWide() ? query : query.withSchool(actor.schoolId());
            // R4: refused here (and audited by the release service) before any row is read
            DataRelease release = releases.authorizeExport(actor, releaseId, new ExportRequest(KIND,
                    scoped.schoolId(), scoped.gradeLevel(), EnumSet.of(ReleaseField.BASIC)));
            ReleaseScope scope = release.scope();
            List<ListColumn> columns = columns(scope);
            List<List<String>> rows = new ArrayList<>();
            for (int offset = 0; offset < MAX_ROWS; offset += PAGE) {
                List<StudentSummary> page = students.search(actor, scoped, offset, Math.min(PAGE, MAX_ROWS - offset));
                for (StudentSummary s : page) {
                    // a search without a grade is narrowed to the approved grades
                    if (scope.coversGrade(s.gradeLevel())) {
                        rows.add(row(columns, s));
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            return new StudentExport(columns.stream().map(c -> c.header).toList(), rows, release.id(),
                    release.watermark());
        });
    }

    /** The columns of the approved field groups, in the list's order. */
    static List<ListColumn> columns(ReleaseScope scope) {
        List<ListColumn> columns = new ArrayList<>();
        for (ListColumn c : ListColumn.values()) {
            if (scope.covers(c.field)) {
                columns.add(c);
            }
        }
        return columns;
    }

    private static List<String> row(List<ListColumn> columns, StudentSummary s) {
        List<String> row = new ArrayList<>(columns.size());
        for (ListColumn c : columns) {
            String v = c.value.apply(s);
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
