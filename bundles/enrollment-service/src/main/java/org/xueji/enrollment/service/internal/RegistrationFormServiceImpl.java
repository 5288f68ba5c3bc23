package org.xueji.enrollment.service.internal;

import java.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.registry.api.StudentQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.enrollment.api.RegistrationFormService;
import org.xueji.enrollment.service.internal.pdf.HistoryEntry;
import org.xueji.enrollment.service.internal.pdf.RegistrationForm;
import org.xueji.enrollment.service.internal.pdf.RegistrationFormPdf;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.Grades;

/**
 * The printable 学籍登记表 (D3). The change history comes from the audit trail (R7), which
 * holds every change of the record; printing is itself audited.
 */
@Component(service = RegistrationFormService.class)
public class RegistrationFormServiceImpl implements RegistrationFormService {

    /** Changes printed on the form; views and prints are not changes. */
    static final Map<String, String> CHANGE_LABELS = Map.of(
            "student.register", "新建学籍",
            "student.register-batch", "批量导入建籍",
            "student.update", "修改学籍信息",
            "student.delete", "删除学籍");

    private final AuditService auditService;
    private final DeniedAccess denied;
    private final StudentService students;
    private final SchoolService schools;
    private final Clock clock;
    private final RegistrationFormPdf pdf;

    private final DataReleaseService releases;

    @Activate
    public RegistrationFormServiceImpl(@Reference AuditService auditService, @Reference StudentService students,
                                       @Reference SchoolService schools, @Reference PlatformClock platformClock,
                                       @Reference DataReleaseService releases) {
        this.auditService = auditService;
        this.releases = releases;
        this.denied = new DeniedAccess(auditService);
        this.students = students;
        this.schools = schools;
        this.clock = platformClock.clock();
        this.pdf = new RegistrationFormPdf(clock.getZone());
    }

    @Override
    public byte[] registrationForm(Actor actor, long studentId) {
        return denied.guard(actor, "student.print", "student", studentId, () -> {
            // printing personal data is an export (Permission.EXPORT_DATA); it stays inside the school
            actor.require(Permission.EXPORT_DATA);
            Student student = students.get(actor, studentId);
            String schoolName = schools.getSchool(actor, student.data().schoolId()).name();
            String className = null;
            if (student.data().classId() != null) {
                SchoolClass c = schools.getClass(actor, student.data().classId());
                className = Grades.className(c.gradeLevel(), c.classNumber());
            }
            byte[] bytes = pdf.render(new RegistrationForm(schoolName, className, student, history(actor, studentId),
                    LocalDateTime.now(clock), actor.displayName()));
            auditService.record(AuditEvent.of(actor, "student.print", "student", studentId,
                    student.data().schoolId()).withChanges(Map.of("form", "学籍登记表")));
            return bytes;
        });
    }

    @Override
    public byte[] registrationForms(Actor actor, StudentQuery query, long releaseId) {
        return denied.guard(actor, "student.print-batch", "school", query == null ? null : query.schoolId(), () -> {
            actor.require(Permission.EXPORT_DATA);
            if (query.schoolId() != null) {
                actor.requireSchool(query.schoolId());
            }
            StudentQuery scoped = actor.isDistrictWide() ? query : query.withSchool(actor.schoolId());
            if (students.countAtMost(actor, scoped, MAX_FORMS + 1L) > MAX_FORMS) {
                throw new DomainException(EnrollmentMessages.PRINT_TOO_MANY, MAX_FORMS);
            }
            // R4: the release is checked here, before anything is printed; the form shows every field group
            DataRelease release = releases.authorizeExport(actor, releaseId, new ExportRequest(
                    "registration-forms.zip", scoped.schoolId(), scoped.gradeLevel(), EnumSet.allOf(ReleaseField.class)));
            LocalDateTime printedAt = LocalDateTime.now(clock);
            Map<Long, SchoolClass> classes = new HashMap<>();
            Map<Long, String> schoolNames = new HashMap<>();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int printed = 0;
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                for (int offset = 0; offset <= MAX_FORMS; offset += 100) {
                    List<Student> page = students.exportPage(actor, scoped, offset, 100);
                    for (Student student : page) {
                        Long classId = student.data().classId();
                        SchoolClass c = classId == null ? null : classes.computeIfAbsent(classId,
                                id -> schools.getClass(actor, id));
                        if (!release.scope().coversGrade(c == null ? null : c.gradeLevel())) {
                            continue; // a search without a grade prints the approved grades only
                        }
                        String schoolName = schoolNames.computeIfAbsent(student.data().schoolId(),
                                id -> schools.getSchool(actor, id).name());
                        byte[] pdf = this.pdf.render(new RegistrationForm(schoolName,
                                c == null ? null : Grades.className(c.gradeLevel(), c.classNumber()), student,
                                history(actor, student.id()), printedAt, actor.displayName()));
                        printed++;
                        // numbered, not named: no personal data in the file names
                        zip.putNextEntry(new ZipEntry(String.format("学籍登记表-%03d.pdf", printed)));
                        zip.write(pdf);
                        zip.closeEntry();
                    }
                    if (page.size() < 100) {
                        break;
                    }
                }
                zip.putNextEntry(new ZipEntry("数据发布申请.txt"));
                zip.write((release.watermark() + "\r\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            auditService.record(AuditEvent.of(actor, "student.print-batch", "school", scoped.schoolId(),
                    scoped.schoolId()).withChanges(Map.of("form", "学籍登记表", "forms", printed,
                    "release", release.id())));
            return bytes.toByteArray();
        });
    }

    /**
     * The record's changes, oldest first: edits from the audit trail (read by the platform: the printer
     * need not be an auditor) and the registry changes (学籍异动) from the record's own history.
     */
    private List<HistoryEntry> history(Actor actor, long studentId) {
        List<HistoryEntry> all = new ArrayList<>(auditedChanges(studentId));
        Actor names = Actor.system("registration form history"); // school and class names are not personal data
        all.addAll(RegistryChangeLines.entries(RegistryChangeLines.of(students.history(actor, studentId),
                id -> schools.getSchool(names, id).name(),
                id -> {
                    SchoolClass c = schools.getClass(names, id);
                    return Grades.className(c.gradeLevel(), c.classNumber());
                }), java.util.Locale.SIMPLIFIED_CHINESE)); // the printed form is Chinese
        all.sort(java.util.Comparator.comparing(HistoryEntry::time,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return all;
    }

    private List<HistoryEntry> auditedChanges(long studentId) {
        List<AuditRecord> records = auditService.search(Actor.system("registration form history"),
                new AuditQuery(null, null, null, "student", String.valueOf(studentId), null, null), 0, 200);
        List<HistoryEntry> result = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            AuditRecord r = records.get(i);
            String label = CHANGE_LABELS.get(r.action());
            if (label != null) {
                result.add(new HistoryEntry(r.time(), label + changedFields(r), r.displayName()));
            }
        }
        return result;
    }

    /** "修改学籍信息：现住址、班级" from the audit row's changes (field names only). */
    private static String changedFields(AuditRecord r) {
        if (!"student.update".equals(r.action()) || r.changes() == null) {
            return "";
        }
        List<String> fields = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Za-z0-9]+)\"\\s*:").matcher(r.changes());
        while (m.find()) {
            fields.add(FieldLabels.label(m.group(1)));
        }
        return fields.isEmpty() ? "" : "：" + String.join("、", fields);
    }
}
