package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.StudyMode;

/**
 * R1, table-driven: for every method of the services that read or change school data, a
 * user of school A acting on school B's data is refused (or sees nothing of school B). The
 * table must name every method of these interfaces: a new method without a case (and so
 * without a scope check proven here) fails {@link #everyServiceMethodHasAScopeCase()}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchoolScopeIT {

    private static final Actor DISTRICT = Actor.system("itest-scope");
    /** Odd sequence numbers, unique in this container, for generated ID numbers. */
    private static final java.util.concurrent.atomic.AtomicInteger SEQ =
            new java.util.concurrent.atomic.AtomicInteger(401);
    private static final List<Class<?>> SERVICES = List.of(SchoolService.class, StudentService.class,
            AccountService.class, DataReleaseService.class, AuditService.class);

    /** Methods that carry no school data (authentication of oneself, configuration, writing the trail). */
    private static final Map<String, String> EXEMPT = Map.of(
            "SchoolService.classCap", "configuration value",
            "SchoolService.listSchoolYears", "school calendar, no school data",
            "AccountService.login", "authenticates oneself",
            "AccountService.isSessionCurrent", "one's own session",
            "AccountService.logout", "one's own session",
            "AccountService.sessionExpired", "one's own session",
            "AccountService.changePassword", "one's own password",
            "AccountService.checkPolicy", "policy check of a candidate password",
            "AccountService.actorFor", "resolves the shell's own login",
            "AuditService.record", "appends, reads nothing");

    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private AccountService accounts;
    @Inject @Filter(timeout = 120_000) private DataReleaseService releases;
    @Inject @Filter(timeout = 120_000) private AuditService audit;

    private School a;
    private School b;
    private SchoolClass classA;
    private SchoolClass classB;
    private Student studentB;
    private Actor registrarA;
    private String accountB;
    private DataRelease releaseB;
    private final Map<String, Runnable> cases = new LinkedHashMap<>();

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Before
    public void setUp() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        a = schools.createSchool(DISTRICT, new SchoolData("SA" + n, "甲校" + n, SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
        b = schools.createSchool(DISTRICT, new SchoolData("SB" + n, "乙校" + n, SchoolType.PRIMARY, "坪塘街道",
                List.of(), false, null, null));
        classA = schools.createClass(DISTRICT, a.id(), new ClassData(1, 1, 2026, 45, "甲班主任"));
        classB = schools.createClass(DISTRICT, b.id(), new ClassData(1, 1, 2026, 45, "乙班主任"));
        studentB = students.register(DISTRICT, student(b, classB, SEQ.getAndAdd(2)));
        registrarA = Actor.of("reg-a-" + n, "甲校学籍管理员", Role.SCHOOL_REGISTRAR, a.id(), Set.of(), "itest");
        accountB = "reg-b-" + n;
        accounts.createAccount(DISTRICT, new NewAccount(accountB, "乙校学籍管理员", Role.SCHOOL_REGISTRAR, b.id(),
                Set.of(), null, "Initial-Pass-2026".toCharArray(), false));
        Actor registrarB = Actor.of(accountB, "乙校学籍管理员", Role.SCHOOL_REGISTRAR, b.id(), Set.of(), "itest");
        releaseB = releases.request(registrarB, new NewDataRelease("升学统计", "区教育局", "乙校一年级名单", b.id(),
                "岳教函〔2026〕99号", null, null, 1, 7));
        releaseB = releases.approve(Actor.of("leader-" + n, "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest"),
                releaseB.id(), "同意");
        defineCases();
    }

    private void defineCases() {
        SchoolData bData = new SchoolData(b.code(), b.name() + "改", b.type(), b.town(), List.of(), false, null, null);
        StudentData newInB = student(b, classB, SEQ.getAndAdd(2));

        denied("SchoolService.getSchool", () -> schools.getSchool(registrarA, b.id()));
        denied("SchoolService.createSchool", () -> schools.createSchool(registrarA, bData));
        denied("SchoolService.updateSchool", () -> schools.updateSchool(registrarA, b.id(), bData));
        denied("SchoolService.saveSchoolYear", () -> schools.saveSchoolYear(registrarA, new SchoolYear(2030,
                LocalDate.of(2030, 9, 1), LocalDate.of(2031, 1, 20), LocalDate.of(2031, 2, 20),
                LocalDate.of(2031, 7, 10))));
        denied("SchoolService.listClasses", () -> schools.listClasses(registrarA, b.id()));
        denied("SchoolService.getClass", () -> schools.getClass(registrarA, classB.id()));
        denied("SchoolService.createClass", () -> schools.createClass(registrarA, b.id(),
                new ClassData(1, 2, 2026, 45, null)));
        cases.put("SchoolService.classSizes", () -> {
            expectDenied(() -> schools.classSizes(registrarA, b.id(), null));
            for (ClassSize c : schools.classSizes(registrarA, null, null)) {
                assertEquals("R1: class sizes of school A only", a.id(), c.schoolClass().schoolId());
            }
        });
        denied("SchoolService.enrollmentPlans", () -> schools.enrollmentPlans(registrarA, b.id()));
        denied("SchoolService.saveEnrollmentPlan", () -> schools.saveEnrollmentPlan(registrarA,
                new EnrollmentPlan(b.id(), 2026, 1, 2, 90)));
        cases.put("SchoolService.listSchools", () -> {
            List<School> seen = schools.listSchools(registrarA);
            assertEquals(1, seen.size());
            assertEquals(a.id(), seen.get(0).id());
        });
        cases.put("SchoolService.counts", () -> assertEquals(1, schools.counts(registrarA).schools()));

        cases.put("StudentService.count", () -> {
            expectDenied(() -> students.count(registrarA, StudentQuery.all().withSchool(b.id())));
            assertEquals(0, students.count(registrarA, StudentQuery.all().withIdNumber(studentB.data().idNumber())));
        });
        cases.put("StudentService.search", () -> {
            expectDenied(() -> students.search(registrarA, StudentQuery.all().withSchool(b.id()), 0, 10));
            for (StudentSummary s : students.search(registrarA, StudentQuery.all(), 0, 1000)) {
                assertEquals("R1: search stays in school A", a.id(), s.schoolId());
            }
        });
        denied("StudentService.get", () -> students.get(registrarA, studentB.id()));
        cases.put("StudentService.findByIdNumber", () ->
                assertFalse(students.findByIdNumber(registrarA, studentB.data().idNumber()).isPresent()));
        denied("StudentService.register", () -> students.register(registrarA, newInB));
        denied("StudentService.update", () -> students.update(registrarA, studentB.id(), studentB.version(),
                studentB.data()));
        denied("StudentService.registerAll", () -> students.registerAll(registrarA, List.of(newInB)));

        denied("AccountService.listAccounts", () -> accounts.listAccounts(registrarA));
        denied("AccountService.getAccount", () -> accounts.getAccount(registrarA, accountB));
        denied("AccountService.createAccount", () -> accounts.createAccount(registrarA, new NewAccount(
                "x" + accountB, "某人", Role.TEACHER, b.id(), Set.of(classB.id()), null,
                "Initial-Pass-2026".toCharArray(), false)));
        denied("AccountService.updateAccount", () -> accounts.updateAccount(registrarA, accountB, "改名",
                Role.SCHOOL_REGISTRAR, b.id(), Set.of(), null));
        denied("AccountService.resetPassword", () -> accounts.resetPassword(registrarA, accountB,
                "Another-Pass-2026".toCharArray()));
        denied("AccountService.unlock", () -> accounts.unlock(registrarA, accountB));
        denied("AccountService.setEnabled", () -> accounts.setEnabled(registrarA, accountB, false));
        cases.put("AccountService.schoolRoleHolders", () -> {
            for (SchoolRoleHolders h : accounts.schoolRoleHolders(registrarA)) {
                assertEquals("R6 holders of school A only", a.id(), h.schoolId());
            }
        });

        denied("DataReleaseService.request", () -> releases.request(registrarA, new NewDataRelease("统计", "区教育局",
                "名单", b.id(), "岳教函〔2026〕98号", null, null, 1, 7)));
        denied("DataReleaseService.approve", () -> releases.approve(registrarA, releaseB.id(), "越权"));
        denied("DataReleaseService.reject", () -> releases.reject(registrarA, releaseB.id(), "越权"));
        cases.put("DataReleaseService.list", () -> {
            for (DataRelease r : releases.list(registrarA)) {
                assertEquals(a.id(), (long) r.schoolId());
            }
        });
        cases.put("DataReleaseService.usable", () -> {
            for (DataRelease r : releases.usable(registrarA)) {
                assertEquals(a.id(), (long) r.schoolId());
            }
        });
        denied("DataReleaseService.authorizeExport", () -> releases.authorizeExport(registrarA, releaseB.id(),
                "students.csv", b.id()));

        denied("AuditService.count", () -> audit.count(registrarA, AuditQuery.all()));
        denied("AuditService.search", () -> audit.search(registrarA, AuditQuery.all(), 0, 10));
        denied("AuditService.verify", () -> audit.verify(registrarA));
    }

    @Test
    public void everyServiceMethodHasAScopeCase() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (Method m : service.getMethods()) {
                String key = service.getSimpleName() + "." + m.getName();
                if (!m.isDefault() && !cases.containsKey(key) && !EXEMPT.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals("R1: methods without a school-scope case (add one to this table)", Set.of(), missing);
    }

    @Test
    public void aUserOfSchoolAIsRefusedSchoolBData() {
        List<String> failures = new ArrayList<>();
        cases.forEach((name, check) -> {
            try {
                check.run();
            } catch (AssertionError | RuntimeException e) {
                failures.add(name + ": " + e);
            }
        });
        assertEquals("R1: calls that reached school B's data", List.of(), failures);
    }

    @Test
    public void aRefusedRequestIsAudited() {
        expectDenied(() -> students.get(registrarA, studentB.id()));
        long refusals = audit.count(DISTRICT, new AuditQuery(registrarA.username(), null, "access.denied", "student",
                String.valueOf(studentB.id()), null, null));
        assertTrue("R7: the refused request for another school's student is in the audit trail", refusals >= 1);
    }

    @Test
    public void aHeadTeacherSeesOnlyTheirClasses() {
        SchoolClass otherA = schools.createClass(DISTRICT, a.id(), new ClassData(1, 2, 2026, 45, "另一位"));
        Student inMine = students.register(DISTRICT, student(a, classA, SEQ.getAndAdd(2)));
        Student inOther = students.register(DISTRICT, student(a, otherA, SEQ.getAndAdd(2)));
        Actor headTeacher = Actor.of("ht-" + System.nanoTime(), "班主任", Role.HEAD_TEACHER, a.id(),
                Set.of(classA.id()), "itest");
        assertEquals(inMine.id(), students.get(headTeacher, inMine.id()).id());
        expectDenied(() -> students.get(headTeacher, inOther.id()));
        for (StudentSummary s : students.search(headTeacher, StudentQuery.all(), 0, 1000)) {
            assertEquals("R1: a head teacher's search stays in their class", classA.id(), (long) s.classId());
        }
    }

    private void denied(String name, Runnable call) {
        cases.put(name, () -> expectDenied(call));
    }

    private static void expectDenied(Runnable call) {
        try {
            call.run();
            fail("expected AccessDeniedException");
        } catch (AccessDeniedException expected) {
            // refused, as R1 wants
        }
    }

    private static void expectDenied(java.util.function.Supplier<?> call) {
        expectDenied((Runnable) call::get);
    }

    private static StudentData student(School school, SchoolClass c, int seq) {
        ChineseIdNumber id = ChineseIdNumber.of("430104", LocalDate.of(2018, 1, 1).plusDays(seq % 300),
                seq % 1000);
        return new StudentData("测试" + seq, id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID, id.value(), null,
                null, "01", "CHN", "岳麓区", HouseholdType.NON_AGRICULTURAL, "岳麓区", YearMonth.of(2025, 9),
                EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, school.id(), c.id(), List.of(new Guardian("家长", "父亲", "13800000000", null)));
    }
}
