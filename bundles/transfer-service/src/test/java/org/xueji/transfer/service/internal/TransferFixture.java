package org.xueji.transfer.service.internal;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.platform.persistence.SchemaMigration;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.platform.workflow.internal.Deadlines;
import org.xueji.platform.workflow.internal.Handlers;
import org.xueji.platform.workflow.internal.WorkflowEngine;
import org.xueji.platform.workflow.internal.WorkflowSchema;
import org.xueji.registry.service.internal.RecordChangesImpl;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;

/**
 * One in-memory Derby holding the three real schemas a change touches: the transfer module's
 * (TRF_*), the registry's (REG_*, written by the real {@link RecordChangesImpl}) and the
 * workflow's (WFL_*, the real engine). Two schools of the district, classes, students with
 * valid ID numbers.
 */
final class TransferFixture implements AutoCloseable {

    static final long SCHOOL_A = 1;  // sending
    static final long SCHOOL_B = 2;  // receiving
    static final long SCHOOL_BIG = 3; // 大校额
    static final long CLASS_A7 = 11;  // school A grade 7
    static final long CLASS_B7 = 21;  // school B grade 7
    static final long CLASS_B7_FULL = 22;
    static final long CLASS_B8 = 23;  // school B grade 8
    static final long CLASS_B6 = 24;  // school B grade 6
    static final long CLASS_BIG7 = 31;
    static final long CLASS_A7_2 = 12; // school A, another grade-7 class
    static final long CLASS_A6 = 13;   // school A grade 6

    static final Actor REGISTRAR_A = Actor.of("registrar-a", "学籍员甲", Role.SCHOOL_REGISTRAR, SCHOOL_A, null, "t");
    static final Actor REGISTRAR_B = Actor.of("registrar-b", "学籍员乙", Role.SCHOOL_REGISTRAR, SCHOOL_B, null, "t");
    static final Actor PRINCIPAL_A = Actor.of("principal-a", "校长甲", Role.PRINCIPAL, SCHOOL_A, null, "t");
    static final Actor PRINCIPAL_B = Actor.of("principal-b", "校长乙", Role.PRINCIPAL, SCHOOL_B, null, "t");
    static final Actor TEACHER_B = Actor.of("teacher-b", "教师乙", Role.TEACHER, SCHOOL_B, Set.of(CLASS_B7), "t");
    static final Actor ADMIN = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, null, "t");
    static final Actor LEADER = Actor.of("district-leader", "区领导", Role.DISTRICT_LEADER, null, null, "t");
    static final Actor LEADER2 = Actor.of("district-leader2", "区领导二", Role.DISTRICT_LEADER, null, null, "t");

    static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final byte[] EXE = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** The hourly budget of records of other schools found by number (R1), small so a test can spend it. */
    static final int LOOKUPS_PER_HOUR = 3;

    final ModuleTestStore store;
    final Handlers handlers = new Handlers();
    final WorkflowEngine workflow;
    final RecordChangesImpl records;
    final TransferServiceImpl service;
    final List<IncidentPost> ledgerPosts = new ArrayList<>();
    private long nextStudent = 1000;

    TransferFixture(TestWorkingDays calendar) {
        store = ModuleTestStore.of("xueji-transfer", TransferSchema.CHANGELOG, "TRF");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        SchemaMigration.migrate(store.dataSource(), "org/xueji/registry/service/db/changelog.xml", loader, "REGISTRY");
        SchemaMigration.migrate(store.dataSource(), WorkflowSchema.CHANGELOG, loader, WorkflowSchema.TABLE_PREFIX);
        store.clock().setToday(LocalDate.of(2026, 10, 12)); // a Monday
        records = new RecordChangesImpl(store.auditTrail(), store.auditService(), store.clock(), 55, LOOKUPS_PER_HOUR);
        for (WorkflowHandler h : TransferWorkflows.all(store.transactions(), records, store.auditTrail(), store.clock())) {
            handlers.add(h);
        }
        workflow = new WorkflowEngine(store.dataSource(), store.auditTrail(), store.deniedAccess(), store.clock(),
                new Deadlines(calendar, Map.of()), handlers);
        service = new TransferServiceImpl(store.support(), records, workflow, workflow, calendar, Limits.DEFAULT);
        service.bindLedger((LedgerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LedgerService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("post")) {
                        ledgerPosts.add((IncidentPost) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
        school(SCHOOL_A, "A001", false);
        school(SCHOOL_B, "B001", false);
        school(SCHOOL_BIG, "C001", true);
        schoolClass(CLASS_A7, SCHOOL_A, 7, 1);
        schoolClass(CLASS_A7_2, SCHOOL_A, 7, 2);
        schoolClass(CLASS_A6, SCHOOL_A, 6, 1);
        schoolClass(CLASS_B7, SCHOOL_B, 7, 1);
        schoolClass(CLASS_B7_FULL, SCHOOL_B, 7, 2);
        schoolClass(CLASS_B8, SCHOOL_B, 8, 1);
        schoolClass(CLASS_B6, SCHOOL_B, 6, 1);
        schoolClass(CLASS_BIG7, SCHOOL_BIG, 7, 1);
        for (int i = 0; i < 55; i++) {
            student(SCHOOL_B, CLASS_B7_FULL);
        }
    }

    void school(long id, String code, boolean oversize) {
        store.execute("INSERT INTO REG_SCHOOL (ID, CODE, NAME, SCHOOL_TYPE, OVERSIZE) VALUES (" + id + ", '" + code
                + "', '学校" + code + "', 'JUNIOR', " + oversize + ")");
    }

    void schoolClass(long id, long school, int grade, int number) {
        store.execute("INSERT INTO REG_CLASS (ID, SCHOOL_ID, GRADE_LEVEL, CLASS_NUMBER, ENTRY_YEAR, CAPACITY) VALUES ("
                + id + ", " + school + ", " + grade + ", " + number + ", " + (2026 - grade + 7) + ", 55)");
    }

    void plan(long school, int year, int grade, int planned) {
        store.execute("INSERT INTO REG_ENROLLMENT_PLAN (ID, SCHOOL_ID, SCHOOL_YEAR, GRADE_LEVEL, PLANNED_CLASSES, "
                + "PLANNED_STUDENTS) VALUES (" + (900 + school) + ", " + school + ", " + year + ", " + grade + ", 1, "
                + planned + ")");
    }

    /** A student with a valid ID number, entered September 2025, registered at the clock's now. */
    long student(long school, Long classId) {
        long id = nextStudent++;
        LocalDate birth = LocalDate.of(2013, 3, 1).plusDays(id % 300);
        String idNumber = ChineseIdNumber.of("430104", birth, (int) (id % 999) + 1).value();
        String regNo = StudentRegistryNumber.forIdNumber(ChineseIdNumber.parse(idNumber)).value();
        String sex = ChineseIdNumber.parse(idNumber).sex().code();
        store.execute("INSERT INTO REG_STUDENT (ID, REGISTRY_NUMBER, ID_NUMBER, ID_TYPE, NAME, SEX, BIRTH_DATE, ETHNICITY, "
                + "NATIONALITY, HOUSEHOLD_ADDRESS, HOUSEHOLD_TYPE, CURRENT_ADDRESS, ENTRY_YEAR_MONTH, ENTRY_WAY, "
                + "STUDY_MODE, LEFT_BEHIND, DISABILITY, SCHOOL_ID, CLASS_ID, CREATED_AT, UPDATED_AT) VALUES (" + id
                + ", '" + regNo + "', '" + idNumber + "', '1', '学生" + id + "', '" + sex + "', '" + birth + "', '01', "
                + "'CHN', '长沙市', '2', '长沙市', 202509, '11', '1', '0', '0', " + school + ", "
                + (classId == null ? "NULL" : classId) + ", '" + java.sql.Timestamp.from(store.clock().now()) + "', '"
                + java.sql.Timestamp.from(store.clock().now()) + "')");
        return id;
    }

    String idNumberOf(long studentId) {
        return text("SELECT ID_NUMBER FROM REG_STUDENT WHERE ID = " + studentId);
    }

    String text(String sql) {
        try (var c = store.dataSource().getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record's row as text, to compare "exactly as it was". */
    String row(long studentId) {
        try (var c = store.dataSource().getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT * FROM REG_STUDENT WHERE ID = " + studentId)) {
            r.next();
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                b.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append(';');
            }
            return b.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long schoolOf(long studentId) {
        return store.count("SELECT SCHOOL_ID FROM REG_STUDENT WHERE ID = " + studentId);
    }

    Long classOf(long studentId) {
        String v = text("SELECT CAST(CLASS_ID AS CHAR(20)) FROM REG_STUDENT WHERE ID = " + studentId);
        return v == null ? null : Long.valueOf(v.strip());
    }

    String statusOf(long studentId) {
        return text("SELECT RECORD_STATUS FROM REG_STUDENT WHERE ID = " + studentId);
    }

    static List<EvidenceUpload> transferEvidence() {
        return List.of(new EvidenceUpload(EvidenceCategory.HOUSEHOLD, "hukou.pdf", PDF),
                new EvidenceUpload(EvidenceCategory.REGISTRATION_FORM, "xuejibiao.pdf", PDF),
                new EvidenceUpload(EvidenceCategory.ADMISSION_CONDITIONS, "conditions.pdf", PDF));
    }

    @Override
    public void close() {
        store.close();
    }
}
