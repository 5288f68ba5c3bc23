package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.DisabilityType;
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
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.api.followup.HomeTeachingReferral;
import org.xueji.registry.api.followup.HomeTeachingReferrals;
import org.xueji.registry.api.followup.Placement;
import org.xueji.registry.api.followup.PlacementListener;
import org.xueji.specialneeds.api.Assessment;
import org.xueji.specialneeds.api.AssessmentData;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.specialneeds.api.Visit;
import org.xueji.specialneeds.api.VisitData;

/**
 * The special-needs module inside OSGi (issue 11): the placement decided through the real
 * workflow writes the registry's flag (seen in the record's history); a visit with a photo and a
 * guardian's code changes the child's R26 standing; a referral's placement reaches a
 * PlacementListener after commit; the shell commands; the module's bundles stop and start (D6).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SpecialNeedsIT {

    private static final Actor DISTRICT = Actor.system("itest-specialneeds");
    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final java.util.concurrent.atomic.AtomicInteger SEQ =
            new java.util.concurrent.atomic.AtomicInteger(601);

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject private BundleContext context;
    @Inject @Filter(timeout = 120_000) private SpecialNeedsService service;
    @Inject @Filter(timeout = 120_000) private HomeTeachingReferrals referrals;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private WorkflowService workflow;
    @Inject @Filter(timeout = 120_000) private PlatformClock clock;
    @Inject @Filter(timeout = 120_000) private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    private School school;
    private SchoolClass klass;

    private void newSchool() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        school = schools.createSchool(DISTRICT, new SchoolData("SN" + n, "送教校" + n, SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
        klass = schools.createClass(DISTRICT, school.id(), new ClassData(1, 1, 2026, 45, "班主任"));
    }

    private Student newStudent() {
        int seq = SEQ.getAndAdd(2);
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.SPECIAL_NEEDS, LocalDate.of(2018, 3, 1).plusDays(seq % 200), seq % 1000);
        return students.register(DISTRICT, new StudentData("送教" + seq, id.sex(), id.birthDate(),
                IdDocumentType.RESIDENT_ID, id.value(), null, null, "01", "CHN", "岳麓区",
                HouseholdType.NON_AGRICULTURAL, "岳麓区", YearMonth.of(2025, 9), EntryWay.NEARBY, StudyMode.DAY, false,
                true, LeftBehindStatus.NONE, false, false, false, false, DisabilityType.PHYSICAL, school.id(),
                klass.id(), List.of(new Guardian("家长", "母亲", "13800000000", null))));
    }

    private Actor registrar() {
        return Actor.of("sn-reg-" + school.code(), "学籍管理员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "itest");
    }

    private Actor leader() {
        return Actor.of("sn-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest");
    }

    private static AssessmentData assessment(Placement p, LocalDate day) {
        return new AssessmentData(day, "评估委员会", "肢体残疾", "稳定", "不能到校", p, null, null);
    }

    private Child placedAtHome(Student s) {
        Child c = service.register(registrar(), new ChildData(s.id(), "送教儿童", null, null, "含浦街道", "学士村",
                school.id(), DisabilityType.PHYSICAL, 2, null, null, "脑瘫", "家长", "13800000000"));
        Assessment a = service.assess(registrar(), c.id(), assessment(Placement.HOME_TEACHING, clock.today()));
        workflow.decide(leader(), a.workflowRequestId(), Decision.APPROVE, "同意");
        return service.child(DISTRICT, c.id());
    }

    @Test
    public void r26_thePlacementWorkflowSetsTheRegistryFlagAndLeavingHomeTeachingSetsInclusion() {
        newSchool();
        Student s = newStudent();
        Child c = placedAtHome(s);
        assertEquals(Placement.HOME_TEACHING, c.placement());
        List<StudentHistoryEntry> history = students.history(DISTRICT, s.id());
        assertTrue(history.toString(), history.stream().anyMatch(h -> h.field().equals("homeTeaching")
                && "true".equals(h.newValue())));
        assertTrue("the registry's record shows 送教上门", students.get(DISTRICT, s.id()).homeTeaching());
        // the child leaves home teaching for a regular class: the registry's 随班就读 flag
        Assessment back = service.assess(registrar(), c.id(), assessment(Placement.REGULAR_CLASS, clock.today()));
        workflow.decide(leader(), back.workflowRequestId(), Decision.APPROVE, null);
        assertTrue(students.get(DISTRICT, s.id()).data().inclusion());
        assertFalse("送教上门 ended", students.get(DISTRICT, s.id()).homeTeaching());
        assertTrue(students.history(DISTRICT, s.id()).stream().anyMatch(h -> h.field().equals("homeTeaching")
                && "false".equals(h.newValue())));
    }

    @Test
    public void r26_aVisitWithAPhotoAndTheGuardiansCodeChangesTheStatusAndTheCommandsShowIt() throws Exception {
        newSchool();
        Child c = placedAtHome(newStudent());
        LocalDate today = clock.today();
        ChildStatus before = service.status(registrar(), c.id());
        Actor teacher = Actor.of("sn-teacher-" + school.code(), "教师", Role.TEACHER, school.id(), Set.of(klass.id()),
                "itest");
        Visit v = service.logVisit(teacher, new VisitData(c.id(), today, LocalTime.of(9, 0), LocalTime.of(10, 30), 2,
                List.of(teacher.username()), "生活语文", "进步明显", false, "5927", null, List.of(PNG)));
        assertEquals(1, v.photoIds().size());
        ChildStatus after = service.status(registrar(), c.id());
        assertEquals(before.compliance().counted() + 1, after.compliance().counted());
        assertTrue(after.compliance().months().get(YearMonth.from(today)) >= 1);
        try {
            service.logVisit(teacher, new VisitData(c.id(), today.plusDays(1), LocalTime.of(9, 0),
                    LocalTime.of(10, 30), 2, List.of(teacher.username()), "未来", null, false, "1", null, List.of()));
            fail("a visit in the future is refused");
        } catch (DomainException expected) {
            // refused
        }
        String list = run("xueji:home-teaching --school " + school.code());
        assertTrue(list, list.contains(String.valueOf(c.id())));
        assertTrue(list, list.contains("共 1 名"));
        String visits = run("xueji:home-visits " + c.id());
        assertTrue(visits, visits.contains(today.toString()));
        assertTrue(visits, visits.contains("确认码"));
        assertTrue(visits, visits.contains("状态："));
    }

    @Test
    public void issue11_aReferredChildsPlacementReachesThePlacementListeners() throws Exception {
        newSchool();
        Student s = newStudent();
        List<String> heard = new CopyOnWriteArrayList<>();
        ServiceRegistration<PlacementListener> reg = context.registerService(PlacementListener.class,
                (source, studentId, placement, decidedOn) -> heard.add(source + ":" + studentId + ":" + placement),
                null);
        try {
            long childId = referrals.refer(registrar(), new HomeTeachingReferral(s.id(), null, "转介儿童", "含浦街道",
                    null, school.id(), "dropout:itest-" + school.code()));
            Assessment a = service.assess(registrar(), childId, assessment(Placement.HOME_TEACHING, clock.today()));
            workflow.decide(leader(), a.workflowRequestId(), Decision.APPROVE, null);
            long deadline = System.currentTimeMillis() + 90_000;
            while (heard.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(List.of("dropout:itest-" + school.code() + ":" + s.id() + ":HOME_TEACHING"), heard);
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void d6_theModuleStopsAndStartsWithoutRestart() throws Exception {
        String filter = "(objectClass=org.xueji.specialneeds.api.SpecialNeedsService)";
        assertEquals(1, ServiceWait.waitFor(context, Object.class, filter, n -> n == 1, 60_000));
        Bundle ui = bundle("org.xueji.ui-specialneeds");
        Bundle svc = bundle("org.xueji.specialneeds-service");
        ui.stop();
        svc.stop();
        try {
            assertEquals(0, ServiceWait.count(context, Object.class, filter));
            assertEquals(1, ServiceWait.count(context, StudentService.class, null));
        } finally {
            svc.start();
            ui.start();
        }
        assertEquals(1, ServiceWait.waitFor(context, Object.class, filter, n -> n == 1, 60_000));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        fail("bundle " + symbolicName + " not installed");
        return null;
    }

    private String run(String command) throws Exception {
        return ShellCommands.run(sessions, command);
    }
}
