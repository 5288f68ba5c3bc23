package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.WorkflowListener;
import org.xueji.platform.api.workflow.WorkflowMessages;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;

/**
 * R3/R4/R17 in OSGi: data releases decided through the approval workflow, the 待办 inbox in
 * scope, {@code xueji:pending} in a shell session, and a lapse heard once by a listener.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WorkflowIT {

    private static final Actor DISTRICT = Actor.system("itest-workflow");

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject @Filter(timeout = 120_000) private WorkflowService workflow;
    @Inject @Filter(timeout = 120_000) private DataReleaseService releases;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private AccountService accounts;
    @Inject @Filter(timeout = 120_000) private SessionFactory sessions;
    @Inject @Filter(timeout = 120_000) private ConfigurationAdmin configurations;
    @Inject @Filter(timeout = 120_000) private PlatformClock clock;
    @Inject private BundleContext context;

    private String n;
    private School school;
    private Actor registrar;
    private Actor principal;
    private Actor otherPrincipal;
    private Actor leader;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Before
    public void setUp() {
        n = String.valueOf(System.nanoTime() % 100_000_000);
        school = schools.createSchool(DISTRICT, new SchoolData("WF" + n, "流程校" + n, SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
        School other = schools.createSchool(DISTRICT, new SchoolData("WO" + n, "他校" + n, SchoolType.PRIMARY,
                "坪塘街道", List.of(), false, null, null));
        registrar = Actor.of("wf-reg-" + n, "学籍管理员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "itest");
        principal = Actor.of("wf-pri-" + n, "校长", Role.PRINCIPAL, school.id(), Set.of(), "itest");
        otherPrincipal = Actor.of("wf-opri-" + n, "他校校长", Role.PRINCIPAL, other.id(), Set.of(), "itest");
        leader = Actor.of("wf-leader-" + n, "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest");
    }

    private DataRelease request() {
        return releases.request(registrar, new NewDataRelease("流程测试" + n, "区教育局", "一年级名单", school.id(),
                "岳教函〔2026〕7号", null, null, 1, 7,
                org.xueji.platform.api.release.ReleaseScope.of(java.util.Set.of(1),
                        java.util.EnumSet.allOf(org.xueji.platform.api.release.ReleaseField.class))));
    }

    private PendingStep lineOf(Actor actor, DataRelease release) {
        return workflow.inbox(actor, PendingFilter.ALL).stream()
                .filter(p -> p.type().equals("data-release") && p.subjectRef().equals(String.valueOf(release.id())))
                .findFirst().orElse(null);
    }

    @Test
    public void aDataReleaseIsDecidedThroughTheWorkflow() {
        DataRelease release = request();
        PendingStep line = lineOf(leader, release);
        assertNotNull("R3: the release waits in the bureau's inbox", line);
        assertEquals("流程测试" + n, line.subject());
        assertEquals(school.id(), (long) line.schoolId());
        assertFalse(line.overdue());
        assertTrue("R17: 7 working days to decide", line.workingDaysLeft() != null && line.workingDaysLeft() == 7);
        assertEquals("数据发布申请", line.typeLabel().format(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("Data release request", line.typeLabel().format(java.util.Locale.ENGLISH));
        // R1: schools do not decide releases; another school sees nothing of this one
        assertEquals(null, lineOf(principal, release));
        assertEquals(null, lineOf(otherPrincipal, release));
        try {
            workflow.decide(otherPrincipal, line.requestId(), Decision.APPROVE, null);
            fail("R1: outside the step's scope");
        } catch (AccessDeniedException expected) {
            // refused and audited
        }
        try {
            workflow.decide(leader, line.requestId(), Decision.REJECT, " ");
            fail("R17: a rejection needs a reason");
        } catch (ValidationException expected) {
            // nothing stored
        }
        WorkflowRequest decided = workflow.decide(leader, line.requestId(), Decision.APPROVE, "同意");
        assertEquals(RequestStatus.APPROVED, decided.status());
        DataRelease approved = releases.list(leader).stream().filter(r -> r.id() == release.id()).findFirst()
                .orElseThrow();
        assertEquals("R4: the release is approved in the decision's transaction", DataReleaseStatus.APPROVED,
                approved.status());
        assertEquals(leader.username(), approved.decidedBy());
        assertNotNull(approved.validUntil());
        assertEquals(null, lineOf(leader, release));
        try {
            workflow.decide(leader, line.requestId(), Decision.APPROVE, null);
            fail("decided already");
        } catch (org.xueji.platform.api.DomainException e) {
            assertEquals(WorkflowMessages.REQUEST_DECIDED, e.messageKey());
        }
        // the release service's own path goes through the workflow too
        DataRelease second = request();
        releases.reject(leader, second.id(), "用途不明确");
        assertEquals(null, lineOf(leader, second));
        DataRelease rejected = releases.list(leader).stream().filter(r -> r.id() == second.id()).findFirst()
                .orElseThrow();
        assertEquals(DataReleaseStatus.REJECTED, rejected.status());
        assertEquals("用途不明确", rejected.decisionNote());
        // R3: the history of the approved request names its decider
        assertEquals(leader.username(), workflow.request(registrar, line.requestId()).steps().get(0).decidedBy());
    }

    @Test
    public void pendingCommandPrintsTheInbox() throws Exception {
        String account = "wf-cmd-" + n;
        accounts.createAccount(DISTRICT, new NewAccount(account, "区领导" + n, Role.DISTRICT_LEADER, null, Set.of(),
                null, "Initial-Pass-2026".toCharArray(), false));
        DataRelease release = request();
        PendingStep line = lineOf(leader, release);
        assertNotNull(line);

        String all = shell(account, "xueji:pending");
        assertTrue(all, all.contains("数据发布申请"));
        assertTrue(all, all.contains("流程测试" + n));
        assertTrue(all, all.contains(line.deadline().toString()));
        assertTrue(all, all.contains("共 "));
        String bySchool = shell(account, "xueji:pending --school WF" + n);
        assertTrue(bySchool, bySchool.contains("流程测试" + n));
        assertTrue(bySchool, bySchool.contains("共 1 条"));
        String overdue = shell(account, "xueji:pending --overdue");
        assertFalse("nothing is overdue yet: " + overdue, overdue.contains("流程测试" + n));

        String decided = shell(account, "xueji:decide " + line.requestId() + " approve");
        assertTrue(decided, decided.contains("已批准"));
        assertEquals(null, lineOf(leader, release));
    }

    @Test
    public void aLapsedStepIsHeardOnceAndReminded() throws Exception {
        List<LapsedStep> heard = new CopyOnWriteArrayList<>();
        WorkflowListener listener = heard::add;
        ServiceRegistration<WorkflowListener> registration = context.registerService(WorkflowListener.class,
                listener, null);
        org.osgi.service.cm.Configuration clockConfig = configurations.getConfiguration("org.xueji.clock", null);
        try {
            DataRelease release = request();
            PendingStep line = lineOf(leader, release);
            LocalDate today = clock.today();
            long days = ChronoUnit.DAYS.between(today, line.deadline().plusDays(1));
            Dictionary<String, Object> moved = new Hashtable<>();
            moved.put("offsetMinutes", days * 24 * 60);
            clockConfig.update(moved);
            long until = System.currentTimeMillis() + 20_000;
            while (!clock.today().equals(line.deadline().plusDays(1)) && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(line.deadline().plusDays(1), clock.today());

            // (the scheduler may have found it first: either way it is heard exactly once)
            workflow.checkLapses(DISTRICT);
            assertEquals(1, heard.stream().filter(l -> l.requestId() == line.requestId()).count());
            assertEquals("R17: the bureau let it lapse", null, heard.stream()
                    .filter(l -> l.requestId() == line.requestId()).findFirst().orElseThrow().responsibleSchoolId());
            workflow.checkLapses(DISTRICT);
            assertEquals("R17: exactly once", 1, heard.stream().filter(l -> l.requestId() == line.requestId()).count());

            PendingStep late = lineOf(leader, release);
            assertTrue(late.overdue());
            assertTrue(late.lapsed());
            boolean reminded = false;
            for (org.osgi.framework.ServiceReference<ReminderProvider> ref
                    : context.getServiceReferences(ReminderProvider.class, null)) {
                for (Reminder r : context.getService(ref).reminders(leader)) {
                    reminded |= r.message() == WorkflowMessages.REMINDER_OVERDUE;
                }
            }
            assertTrue("R17: the decider is reminded", reminded);
        } finally {
            Dictionary<String, Object> back = new Hashtable<>();
            back.put("offsetMinutes", 0L);
            clockConfig.update(back);
            registration.unregister();
        }
    }

    private String shell(String user, String command) throws Exception {
        return ShellCommands.runAs(sessions, user, command);
    }
}
