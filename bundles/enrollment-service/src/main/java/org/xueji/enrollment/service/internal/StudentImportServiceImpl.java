package org.xueji.enrollment.service.internal;

import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.ImportMode;
import org.xueji.enrollment.api.ImportProgress;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.ImportStatus;
import org.xueji.enrollment.api.RegistrationDeadline;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.enrollment.service.internal.entity.ImportEntity;
import org.xueji.enrollment.service.internal.entity.ImportIssueEntity;
import org.xueji.enrollment.service.internal.excel.NationalTemplate;
import org.xueji.enrollment.service.internal.excel.ParsedStudentRow;
import org.xueji.enrollment.service.internal.excel.SpreadsheetReader;
import org.xueji.enrollment.service.internal.excel.StudentRowParser;
import org.xueji.enrollment.service.internal.excel.StudentSheetWriter;
import org.xueji.enrollment.service.internal.excel.TemplateWriter;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.BatchStoppedException;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.PendingRegistration;
import org.xueji.registry.api.PersonKey;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;

/**
 * Imports in three steps: read and check every row (nothing written), then write all rows,
 * the valid rows, or nothing in one registry transaction, then keep the report. The
 * import's own row ({@code ENR_IMPORT}) says RUNNING meanwhile; a stop of this bundle asks
 * the running batch to roll back and waits for it, and a crash leaves a RUNNING row that
 * the next start marks ABORTED: either way no record of the batch exists.
 */
// immediate: an import interrupted by a crash is marked aborted when the system starts, not when
// someone next happens to use the import (a delayed component would activate only then)
@Component(service = StudentImportService.class, configurationPid = "org.xueji.enrollment", immediate = true)
public class StudentImportServiceImpl implements StudentImportService {

    private static final Logger LOG = LoggerFactory.getLogger(StudentImportServiceImpl.class);

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final Clock clock;
    private final StudentService students;
    private final SchoolService schools;
    private final DataReleaseService releases;
    private final RegistrationService registration;
    private final SpreadsheetReader reader = new SpreadsheetReader(NationalTemplate.COLUMNS);
    private volatile boolean stopping;
    private final AtomicInteger running = new AtomicInteger();
    private final ImportSlots slots;
    private volatile ImportConfig config;

    @Activate
    public StudentImportServiceImpl(@Reference(target = "(osgi.unit.name=xueji-enrollment)") EntityManagerFactory emf,
                                    @Reference AuditTrail audit, @Reference AuditService auditService,
                                    @Reference PlatformClock platformClock, @Reference StudentService students,
                                    @Reference SchoolService schools, @Reference DataReleaseService releases,
                                    @Reference RegistrationService registration, ImportConfig config) {
        this.tx = new Transactions(emf);
        this.audit = audit;
        this.denied = new DeniedAccess(auditService);
        this.clock = platformClock.clock();
        this.students = students;
        this.schools = schools;
        this.releases = releases;
        this.registration = registration;
        this.config = config;
        this.slots = new ImportSlots(() -> this.config.maxConcurrentImports());
        abortLeftovers();
    }

    /** An import that was RUNNING when the system went down stored nothing (one transaction). */
    private void abortLeftovers() {
        int n = tx.inTransaction(em -> em.createQuery("update Import i set i.status = :aborted, i.storedRows = 0,"
                        + " i.finishedAt = :now where i.status = :running")
                .setParameter("aborted", ImportStatus.ABORTED.name()).setParameter("running", ImportStatus.RUNNING.name())
                .setParameter("now", Instant.now(clock)).executeUpdate());
        if (n > 0) {
            LOG.warn("{} import(s) interrupted by a shutdown were marked aborted; nothing of them was stored", n);
        }
    }

    @Modified
    void modified(ImportConfig newConfig) {
        this.config = newConfig;
    }

    /** Stopping the bundle stops a running import: its batch rolls back before we return. */
    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        long until = System.currentTimeMillis() + 60_000;
        while (running.get() > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
    }

    @Override
    public ImportReport importStudents(Actor actor, long schoolId, String fileName, InputStream content,
                                       ImportMode mode, ImportProgress progress) {
        return denied.guard(actor, "enrollment.import", "school", schoolId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            actor.requireSchool(schoolId);
            if (mode == null) {
                throw new IllegalArgumentException("import mode is required");
            }
            schools.getSchool(actor, schoolId);
            // R5: one import per account, a few in the whole system
            slots.acquire(actor);
            running.incrementAndGet();
            try {
                return run(actor, schoolId, fileName == null ? "" : fileName, content, mode,
                        progress == null ? ImportProgress.NONE : progress);
            } finally {
                running.decrementAndGet();
                slots.release(actor);
            }
        });
    }

    private ImportReport run(Actor actor, long schoolId, String fileName, InputStream content, ImportMode mode,
                             ImportProgress progress) {
        String batchId = UUID.randomUUID().toString();
        Instant started = Instant.now(clock);
        tx.run(em -> {
            ImportEntity e = new ImportEntity();
            e.batchId = batchId;
            e.schoolId = schoolId;
            e.fileName = abbreviate(fileName.isBlank() ? "（未命名）" : fileName, 200);
            e.mode = mode.name();
            e.status = ImportStatus.RUNNING.name();
            e.startedAt = started;
            e.startedBy = actor.username();
            em.persist(e);
        });
        List<ImportIssue> issues = new ArrayList<>();
        List<ParsedStudentRow> rows = new ArrayList<>();
        try {
            // 1. read and check every row; nothing is written yet
            Map<String, Long> classIds = new HashMap<>();
            for (SchoolClass c : schools.listClasses(actor, schoolId)) {
                classIds.put(c.gradeLevel() + "/" + c.classNumber(), c.id());
            }
            StudentRowParser parser = new StudentRowParser(schoolId, (grade, number) -> classIds.get(grade + "/" + number),
                    LocalDate.now(clock));
            reader.read(content, fileName, row -> {
                rows.add(parser.parse(row));
                if (rows.size() % 1000 == 0) {
                    checkNotStopping();
                    progress.update(ImportProgress.Phase.READ, rows.size(), 0);
                }
            });
            progress.update(ImportProgress.Phase.CHECK, 0, rows.size());
            Set<Integer> badRows = crossRowChecks(actor, rows, issues);
            List<PendingRegistration> valid = new ArrayList<>();
            Map<Integer, Map<Integer, LocalDate>> deadlines = new HashMap<>();
            int currentYear = registration.currentSchoolYear();
            LocalDate today = LocalDate.now(clock);
            for (ParsedStudentRow row : rows) {
                addIssues(issues, row.issues());
                if (!row.valid() || badRows.contains(row.row())) {
                    continue;
                }
                valid.add(new PendingRegistration(row.data(), details(actor, row, batchId, currentYear, today,
                        deadlines)));
            }
            int invalid = rows.size() - valid.size();
            if (rows.isEmpty() || valid.isEmpty() || mode == ImportMode.ALL_OR_NOTHING && invalid > 0) {
                return finish(actor, batchId, ImportStatus.REJECTED, rows.size(), valid.size(), 0, issues);
            }
            // 2. one transaction: every valid row, or nothing
            progress.update(ImportProgress.Phase.WRITE, 0, valid.size());
            checkNotStopping();
            int total = valid.size();
            int stored = students.registerAll(actor, valid, new BatchControl(() -> stopping,
                    n -> progress.update(ImportProgress.Phase.WRITE, n, total)));
            return finish(actor, batchId, ImportStatus.COMPLETED, rows.size(), valid.size(), stored, issues);
        } catch (SpreadsheetException e) {
            issues.add(0, SpreadsheetReader.fileIssue(e));
            return finish(actor, batchId, ImportStatus.REJECTED, rows.size(), 0, 0, issues);
        } catch (BatchStoppedException | ImportStopped e) {
            issues.add(0, new ImportIssue(0, null, "导入被中止（系统停止或模块升级），未导入任何数据，请重新导入。"));
            return finish(actor, batchId, ImportStatus.ABORTED, rows.size(), 0, 0, issues);
        } catch (DomainException e) {
            // e.g. a duplicate that appeared since the check: the batch rolled back
            issues.add(0, new ImportIssue(0, null, e.getMessage() + "（未导入任何数据）"));
            return finish(actor, batchId, ImportStatus.REJECTED, rows.size(), 0, 0, issues);
        } catch (RuntimeException e) {
            LOG.error("import {} of school {} failed", batchId, schoolId, e);
            issues.add(0, new ImportIssue(0, null, "导入出错，未导入任何数据：" + e.getClass().getSimpleName()));
            finish(actor, batchId, ImportStatus.ABORTED, rows.size(), 0, 0, issues);
            throw e;
        }
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new ImportStopped();
        }
    }

    /** The module is stopping: end the import before anything is written. */
    private static final class ImportStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Checks across rows and against the district: an ID number twice in the file, an ID
     * number that already has a record (named school, D1), a student without ID who may be
     * recorded already (needs a written reason: register that one in the form).
     */
    private Set<Integer> crossRowChecks(Actor actor, List<ParsedStudentRow> rows, List<ImportIssue> issues) {
        Set<Integer> bad = new HashSet<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<String> idNumbers = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        for (ParsedStudentRow row : rows) {
            StudentData d = row.data();
            if (!row.valid() || d.idNumber() == null || d.idNumber().isBlank()) {
                continue;
            }
            Integer first = firstRowOf.putIfAbsent(d.idNumber(), row.row());
            if (first != null) {
                issues.add(new ImportIssue(row.row(), NationalTemplate.ID_NUMBER.header(),
                        "与第 " + first + " 行的身份证件号重复（一人一籍）"));
                bad.add(row.row());
            } else if (d.idType() == IdDocumentType.RESIDENT_ID) {
                idNumbers.add(d.idNumber());
                rowOf.put(d.idNumber(), row.row());
            }
        }
        students.idNumberHolders(actor, idNumbers).forEach((idNumber, holder) -> {
            int row = rowOf.get(idNumber);
            // R1: a school the importer may not see is not named — guessed numbers reveal no school
            issues.add(new ImportIssue(row, NationalTemplate.ID_NUMBER.header(), holder.withheld()
                    ? EnrollmentMessages.ID_NUMBER_HELD_ELSEWHERE.format(Locale.SIMPLIFIED_CHINESE)
                    : "该身份证件号已有学籍，学籍在「" + holder.schoolName() + "」（一人一籍，需办理转学）"));
            bad.add(row);
        });
        List<ParsedStudentRow> withoutId = rows.stream().filter(row -> row.valid() && !bad.contains(row.row())
                && row.data().idType() != IdDocumentType.RESIDENT_ID).toList();
        Map<PersonKey, List<SimilarStudent>> similarByPerson = students.similarStudents(actor, withoutId.stream()
                .map(row -> new PersonKey(row.data().name(), row.data().sex(), row.data().birthDate())).toList());
        Map<PersonKey, Integer> firstWithoutId = new HashMap<>();
        for (ParsedStudentRow row : withoutId) {
            StudentData d = row.data();
            Integer earlier = firstWithoutId.putIfAbsent(new PersonKey(d.name(), d.sex(), d.birthDate()), row.row());
            if (earlier != null) {
                issues.add(new ImportIssue(row.row(), NationalTemplate.NAME.header(), "与第 " + earlier
                        + " 行姓名、性别、出生日期相同，疑似同一学生（一人一籍）"));
                bad.add(row.row());
                continue;
            }
            List<SimilarStudent> similar = similarByPerson.getOrDefault(new PersonKey(d.name(), d.sex(),
                    d.birthDate()), List.of());
            if (!similar.isEmpty()) {
                issues.add(new ImportIssue(row.row(), NationalTemplate.NAME.header(), similar.get(0).withheld()
                        ? EnrollmentMessages.SIMILAR_RECORD_ELSEWHERE.format(Locale.SIMPLIFIED_CHINESE)
                        : "疑似重复学籍：「" + similar.get(0).schoolName()
                        + "」已有同名（或同音）、同性别、同出生日期的学生；请在「新生注册」中逐个登记并填写说明"));
                bad.add(row.row());
            }
        }
        return bad;
    }

    /** New students of the current school year get a due date and a late flag; older records are migrated. */
    private RegistrationDetails details(Actor actor, ParsedStudentRow row, String batchId, int currentYear,
                                        LocalDate today, Map<Integer, Map<Integer, LocalDate>> deadlines) {
        StudentData d = row.data();
        if (DueDates.schoolYearOf(d.entryYearMonth()) != currentYear) {
            return new RegistrationDetails(row.entryGrade(), null, false, null, batchId);
        }
        LocalDate due = DueDates.dueDate(d.entryYearMonth(), row.entryGrade(), (year, grade) -> deadlines
                .computeIfAbsent(year, y -> {
                    Map<Integer, LocalDate> m = new HashMap<>();
                    for (RegistrationDeadline dl : registration.deadlines(actor, y)) {
                        m.put(dl.gradeLevel(), dl.dueDate());
                    }
                    return m;
                }).get(grade));
        return new RegistrationDetails(row.entryGrade(), due, DueDates.late(today, due), null, batchId);
    }

    private static void addIssues(List<ImportIssue> issues, List<ImportIssue> more) {
        for (ImportIssue i : more) {
            if (issues.size() >= ImportReport.MAX_ISSUES) {
                return;
            }
            issues.add(i);
        }
    }

    private ImportReport finish(Actor actor, String batchId, ImportStatus status, int total, int valid, int stored,
                                List<ImportIssue> issues) {
        List<ImportIssue> sorted = new ArrayList<>(issues.subList(0, Math.min(issues.size(), ImportReport.MAX_ISSUES)));
        sorted.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        return tx.inTransaction(em -> {
            ImportEntity e = em.find(ImportEntity.class, batchId);
            e.status = status.name();
            e.totalRows = total;
            e.validRows = valid;
            e.storedRows = stored;
            e.finishedAt = Instant.now(clock);
            int n = 0;
            for (ImportIssue i : sorted) {
                ImportIssueEntity ie = new ImportIssueEntity();
                ie.batchId = batchId;
                ie.row = i.row();
                ie.column = i.column() == null ? null : abbreviate(i.column(), 50);
                ie.message = abbreviate(i.message(), 500);
                em.persist(ie);
                if (++n % 500 == 0) {
                    em.flush();
                    em.clear();
                    e = em.find(ImportEntity.class, batchId);
                }
            }
            em.flush();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("batch", batchId);
            changes.put("file", e.fileName);
            changes.put("mode", e.mode);
            changes.put("status", status.name());
            changes.put("rows", total);
            changes.put("valid", valid);
            changes.put("stored", stored);
            audit.append(em, AuditEvent.of(actor, "enrollment.import", "import", batchId, e.schoolId)
                    .withChanges(changes));
            return report(e, sorted);
        });
    }

    @Override
    public List<ImportReport> recentImports(Actor actor, Long schoolId, int limit) {
        return denied.guard(actor, "enrollment.imports", "school", schoolId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            Long school = schoolId;
            if (!actor.isDistrictWide()) {
                if (school != null) {
                    actor.requireSchool(school);
                }
                school = actor.schoolId();
            }
            Long filter = school;
            return tx.read(em -> {
                var q = em.createQuery("select i from Import i" + (filter == null ? "" : " where i.schoolId = :s")
                        + " order by i.startedAt desc", ImportEntity.class);
                if (filter != null) {
                    q.setParameter("s", filter);
                }
                return q.setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList().stream()
                        .map(e -> report(e, List.of())).toList();
            });
        });
    }

    @Override
    public ImportReport report(Actor actor, String batchId) {
        return denied.guard(actor, "enrollment.import-report", "import", batchId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> {
                ImportEntity e = em.find(ImportEntity.class, batchId);
                if (e == null) {
                    throw new NotFoundException(EnrollmentMessages.IMPORT_NOT_FOUND, batchId);
                }
                actor.requireSchool(e.schoolId);
                List<ImportIssue> issues = em.createQuery("select i from ImportIssue i where i.batchId = :b"
                                + " order by i.row, i.id", ImportIssueEntity.class).setParameter("b", batchId)
                        .getResultList().stream().map(i -> new ImportIssue(i.row, i.column, i.message)).toList();
                return report(e, issues);
            });
        });
    }

    private static ImportReport report(ImportEntity e, List<ImportIssue> issues) {
        return new ImportReport(e.batchId, e.schoolId, e.fileName, ImportMode.valueOf(e.mode),
                ImportStatus.valueOf(e.status), e.totalRows, e.validRows, e.storedRows, issues, e.startedAt,
                e.finishedAt, e.startedBy);
    }

    @Override
    public void writeTemplate(OutputStream out) {
        new TemplateWriter().writeTemplate(out);
    }

    @Override
    public int exportStudents(Actor actor, StudentQuery query, long releaseId, OutputStream out) {
        return denied.guard(actor, "enrollment.export", "school", query.schoolId(), () -> {
            actor.require(Permission.EXPORT_DATA);
            StudentQuery scoped = actor.isDistrictWide() ? query : query.withSchool(actor.schoolId());
            if (query.schoolId() != null) {
                actor.requireSchool(query.schoolId());
            }
            // R4: one download of an approved release, checked against the school and grade asked
            // for before any row is read; its watermark goes into the file
            DataRelease release = releases.authorizeExport(actor, releaseId, new ExportRequest("students.xlsx",
                    scoped.schoolId(), scoped.gradeLevel(), EnumSet.of(ReleaseField.BASIC)));
            ReleaseScope scope = release.scope();
            Map<Long, SchoolClass> classes = new HashMap<>();
            int written = 0;
            // only the columns of the approved field groups
            StudentSheetWriter writer = new TemplateWriter().open(out, release.watermark(), scope.fields());
            try {
                for (int offset = 0; ; offset += 1000) {
                    List<Student> page = students.exportPage(actor, scoped, offset, 1000);
                    for (Student s : page) {
                        SchoolClass c = s.data().classId() == null ? null : classes.computeIfAbsent(
                                s.data().classId(), id -> schools.getClass(actor, id));
                        if (!scope.coversGrade(c == null ? null : c.gradeLevel())) {
                            continue; // a query without a grade is narrowed to the approved grades
                        }
                        writer.add(s.data(), s.registryNumber(), c == null ? null : c.gradeLevel(),
                                c == null ? null : c.classNumber());
                        written++;
                    }
                    if (page.size() < 1000) {
                        break;
                    }
                }
            } catch (RuntimeException e) {
                // never hand out a complete-looking file with part of the students
                writer.discard();
                throw e;
            }
            writer.close();
            return written;
        });
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
