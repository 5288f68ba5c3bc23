package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.xueji.dropout.api.Closing;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.reminder.ReminderProvider;
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
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.registry.api.followup.AtRiskSignalListener;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * The dropout module inside OSGi (issue 10, R22, R23): its schema migrated and services up, the
 * at-risk signal listener on the whiteboard (two feeds, one entry), the closing decided through
 * the platform workflow by the district, its reminders registered and {@code xueji:dropouts} /
 * {@code xueji:dropout-show} printing the entry.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DropoutIT {

    private static final Actor DISTRICT = Actor.system("itest-dropout");

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject private BundleContext context;
    @Inject @Filter(timeout = 120_000) private DropoutService dropouts;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private WorkflowService workflow;
    @Inject @Filter(timeout = 120_000) private PlatformClock clock;
    @Inject @Filter(timeout = 120_000) private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    private <T> T dropoutService(Class<T> type) throws Exception {
        for (ServiceReference<T> ref : context.getServiceReferences(type, null)) {
            if ("org.xueji.dropout-service".equals(ref.getBundle().getSymbolicName())) {
                return context.getService(ref);
            }
        }
        return null;
    }

    @Test
    public void r23_feedsOpenOneEntryWhichTheDistrictClosesThroughTheWorkflow() throws Exception {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        School s = schools.createSchool(DISTRICT, new SchoolData("DR" + n, "控辍校" + n, SchoolType.JUNIOR, "河口镇",
                List.of(), false, null, null));
        SchoolClass c = schools.createClass(DISTRICT, s.id(), new ClassData(7, 1, 2026, 45, "班主任"));
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.DROPOUT, LocalDate.of(2013, 4, 1), Integer.parseInt(n) % 500 * 2 + 1);
        Student child = students.register(DISTRICT, new StudentData("控辍" + n, id.sex(), id.birthDate(),
                IdDocumentType.RESIDENT_ID, id.value(), null, null, "01", "CHN", "岳麓区", HouseholdType.AGRICULTURAL,
                "岳麓区", YearMonth.of(2025, 9), EntryWay.NEARBY, StudyMode.DAY, false, false, LeftBehindStatus.NONE,
                false, false, false, false, DisabilityType.NONE, s.id(), c.id(),
                List.of(new Guardian("家长", "父亲", "13800000000", null))));

        AtRiskSignalListener listener = dropoutService(AtRiskSignalListener.class);
        assertNotNull("the dropout module listens to at-risk signals", listener);
        LocalDate today = clock.today();
        listener.atRisk(new AtRiskSignal(AtRiskSource.R18_NOT_PRESENT, child.id(), s.id(), today, "r18:it:" + n));
        listener.atRisk(new AtRiskSignal(AtRiskSource.TRANSFER_OUT_NOT_ARRIVED, child.id(), s.id(), today,
                "transfer:it:" + n));
        listener.atRisk(new AtRiskSignal(AtRiskSource.R18_NOT_PRESENT, child.id(), s.id(), today, "r18:it:" + n));

        List<Entry> seen = dropouts.list(DISTRICT, new EntryQuery(EntryStatus.SUSPECTED, s.id(), null, null), 0, 10);
        assertEquals("one suspected entry however many feeds", 1, seen.size());
        Entry e = seen.get(0);
        assertEquals(2, e.sources().size());

        Actor registrar = Actor.of("drp-reg-" + n, "学籍管理员", Role.SCHOOL_REGISTRAR, s.id(), Set.of(), "itest");
        dropouts.confirm(registrar, e.id(), null, null);
        Entry closing = dropouts.requestClose(registrar, e.id(), new Closing(ClosingOutcome.BACK_AT_SCHOOL, c.id(),
                null, null, false, null));
        assertEquals(EntryStatus.CLOSING, closing.status());
        assertNotNull(closing.closeRequest());

        Actor leader = Actor.of("drp-leader-" + n, "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest");
        workflow.decide(leader, closing.closeRequest(), Decision.APPROVE, null);
        Entry closed = dropouts.get(DISTRICT, e.id());
        assertEquals(EntryStatus.CLOSED, closed.status());
        assertEquals(ClosingOutcome.BACK_AT_SCHOOL, closed.outcome());

        String list = run("xueji:dropouts --ledger closed --school " + s.code());
        assertTrue(list, list.contains(String.valueOf(e.id())));
        assertTrue(list, list.contains("已销号"));
        String show = run("xueji:dropout-show " + e.id());
        // the R18 source by its name (registry-api followup: AtRiskSource.R18_NOT_PRESENT), not the constant
        assertTrue(show, show.contains("来源：人籍一致核查：籍在人不在"));
        assertTrue(show, show.contains("返校复学"));
    }

    @Test
    public void remindersAndTheSurveyCommandAreRegistered() throws Exception {
        assertNotNull("dropout reminders on the whiteboard", dropoutService(ReminderProvider.class));
        String out = run("xueji:surveys");
        assertTrue(out, out.contains("活动"));
    }

    private String run(String command) throws Exception {
        return ShellCommands.run(sessions, command);
    }
}
