package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
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
import org.xueji.ledger.api.AnnualAssessment;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerExport;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.LedgerService;
import org.xueji.ledger.api.ManualIncident;
import org.xueji.ledger.api.NewFollowUp;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowListener;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;

/**
 * The ledger module inside OSGi (D4): incidents posted by a module and recorded by hand, read
 * back, followed up and closed; the R17 lapse listener registered as a workflow listener; the
 * export behind a real data release (R4); {@code xueji:ledger} and {@code xueji:ledger-scores}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LedgerIT {

    private static final Actor DISTRICT = Actor.system("itest-ledger");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject private BundleContext context;
    @Inject @Filter(timeout = 120_000) private LedgerService ledger;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private DataReleaseService releases;
    @Inject @Filter(timeout = 120_000) private PlatformClock clock;
    @Inject @Filter(timeout = 120_000) private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    private School newSchool(String prefix) {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        return schools.createSchool(DISTRICT, new SchoolData(prefix + n, "台帐校" + n, SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
    }

    @Test
    public void r11PostedAndR13RecordedIncidentsAreReadFollowedUpAndClosed() {
        School s = newSchool("LA");
        LocalDate today = clock.today();
        Incident posted = ledger.post(DISTRICT, new IncidentPost(IncidentType.R11_ADMISSION_CONDITIONS, "transfer",
                s.id(), today, IncidentText.R11_SUBMITTED_WITHOUT_CONDITIONS, List.of("31", s.code()), null,
                "transfer#31"));
        Incident manual = ledger.record(DISTRICT, new ManualIncident(IncidentType.R13_REGISTRY_ERROR, s.id(), today,
                "出生日期录入错误"));
        Actor registrar = Actor.of("ledger-reg", "学籍管理员", Role.SCHOOL_REGISTRAR, s.id(), Set.of(), "itest");
        List<Incident> seen = ledger.list(registrar, LedgerQuery.all().withMonth(YearMonth.from(today)), 0, 10);
        assertEquals(List.of(manual.id(), posted.id()), seen.stream().map(Incident::id).toList());

        Incident followed = ledger.followUp(registrar, manual.id(), NewFollowUp.selfReview("检查.pdf", PDF, null));
        assertEquals(IncidentStatus.FOLLOWED_UP, followed.status());
        byte[] stored = ledger.document(DISTRICT, followed.followUps().get(0).id()).content();
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), new String(stored, StandardCharsets.US_ASCII));
        try {
            ledger.close(registrar, manual.id(), null);
            fail("a school closes nothing");
        } catch (DomainException expected) {
            // refused
        }
        assertEquals(IncidentStatus.CLOSED, ledger.close(DISTRICT, manual.id(), "整改到位").status());

        AnnualAssessment a = ledger.assessment(registrar, today.getYear());
        assertEquals(1, a.ranking().size());
        // defaults: 100 − 3 (R11) − 2 (R13)
        assertEquals(95, a.ranking().get(0).score());
    }

    @Test
    public void r17LapseListenerIsRegisteredAndPostsAgainstTheResponsibleSchool() throws Exception {
        School s = newSchool("LB");
        WorkflowListener listener = null;
        for (ServiceReference<WorkflowListener> ref : context.getServiceReferences(WorkflowListener.class, null)) {
            if ("org.xueji.ledger-service".equals(ref.getBundle().getSymbolicName())) {
                listener = context.getService(ref);
            }
        }
        assertNotNull("the ledger listens to workflow lapses", listener);
        LocalDate today = clock.today();
        listener.stepLapsed(new LapsedStep("transfer", 77, "receiving-principal", s.id(), today.minusDays(1), today));
        List<Incident> of = ledger.list(DISTRICT, LedgerQuery.all().withSchool(s.id()), 0, 10);
        assertEquals(1, of.size());
        assertEquals(IncidentType.R17_DEADLINE_LAPSED, of.get(0).type());
        assertEquals(List.of("transfer", "77", "receiving-principal", today.minusDays(1).toString()),
                of.get(0).descriptionArgs());
    }

    @Test
    public void r4ExportNeedsAnApprovedRelease() {
        School s = newSchool("LC");
        ledger.record(DISTRICT, new ManualIncident(IncidentType.R17_REPRIMAND, s.id(), clock.today(), "上级通报"));
        Actor registrar = Actor.of("ledger-exp", "学籍管理员", Role.SCHOOL_REGISTRAR, s.id(), Set.of(), "itest");
        DataRelease pending = releases.request(registrar, new NewDataRelease("台帐统计", "区教育局", "本校台帐", s.id(),
                "岳教函〔2026〕55号", null, null, 1, 7,
                org.xueji.platform.api.release.ReleaseScope.of(java.util.Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
                        java.util.EnumSet.allOf(org.xueji.platform.api.release.ReleaseField.class))));
        try {
            ledger.export(registrar, LedgerQuery.all(), pending.id());
            fail("R4: no export with a pending release");
        } catch (DomainException expected) {
            // refused by DataReleaseService.authorizeExport
        }
        releases.approve(Actor.of("ledger-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest"),
                pending.id(), "同意");
        LedgerExport export = ledger.export(registrar, LedgerQuery.all(), pending.id());
        assertEquals(1, export.incidents().size());
        assertTrue(export.watermark(), export.watermark().contains("岳教函〔2026〕55号"));
    }

    @Test
    public void ledgerCommandsPrintTheSchoolsIncidentsAndTheRanking() throws Exception {
        School s = newSchool("LD");
        LocalDate today = clock.today();
        Incident i = ledger.record(DISTRICT, new ManualIncident(IncidentType.R16_CLASS_SIZE, s.id(), today,
                "一年级3班58人"));
        String out = run("xueji:ledger --school " + s.code() + " --month " + YearMonth.from(today));
        assertTrue(out, out.contains(String.valueOf(i.id())));
        assertTrue(out, out.contains("大班额或违规分班（R16）"));
        assertTrue(out, out.contains("一年级3班58人"));
        assertTrue(out, out.contains("共 1 条"));
        String scores = run("xueji:ledger-scores " + today.getYear());
        assertTrue(scores, scores.contains(s.code()));
        assertTrue(scores, scores.contains("年度目标考核"));
    }

    private String run(String command) throws Exception {
        return ShellCommands.run(sessions, command);
    }
}
