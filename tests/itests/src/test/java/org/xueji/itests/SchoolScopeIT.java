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
import java.util.Locale;
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
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.ImportMode;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.NewRegistration;
import org.xueji.enrollment.api.NewVerificationCampaign;
import org.xueji.enrollment.api.RegistrationDeadline;
import org.xueji.enrollment.api.RegistrationFormService;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.SemesterCompliance;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.LedgerService;
import org.xueji.ledger.api.ManualIncident;
import org.xueji.ledger.api.NewFollowUp;
import org.xueji.ledger.api.SchoolScore;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.SpecialDay;
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
@ExamReactorStrategy(PerSuite.class)
public class SchoolScopeIT {

    private static final Actor DISTRICT = Actor.system("itest-scope");
    /** Odd sequence numbers, unique in this container, for generated ID numbers. */
    private static final java.util.concurrent.atomic.AtomicInteger SEQ =
            new java.util.concurrent.atomic.AtomicInteger(401);
    private static final List<Class<?>> SERVICES = List.of(SchoolService.class, StudentService.class,
            AccountService.class, DataReleaseService.class, AuditService.class, RegistrationService.class,
            VerificationService.class, StudentImportService.class, RegistrationFormService.class,
            CalendarService.class, LedgerService.class,
            org.xueji.platform.api.workflow.WorkflowService.class,
            org.xueji.registry.api.SchoolYearService.class,
            org.xueji.enrollment.api.AutumnRegistrationService.class,
            org.xueji.enrollment.api.Grade9EscalationService.class,
            org.xueji.registry.api.RolloverService.class,
            org.xueji.registry.api.StudentExportService.class,
            org.xueji.platform.api.security.AccountAreas.class,
            org.xueji.platform.api.backup.DatabaseBackup.class,
            org.xueji.dropout.api.DropoutService.class,
            org.xueji.dropout.api.SurveyService.class,
            org.xueji.specialneeds.api.SpecialNeedsService.class,
            org.xueji.admission.api.AdmissionService.class,
            org.xueji.classbalance.api.ClassBalanceService.class,
            org.xueji.registry.api.placement.ClassPlacement.class,
            // issue 14: registry changes (学籍异动)
            org.xueji.transfer.api.TransferService.class,
            // issue 12: pending registrations of admitted children (新生注册)
            org.xueji.enrollment.api.intake.IntakeRegistrationService.class,
            org.xueji.registry.api.intake.PendingRegistrations.class,
            // issue 14, R18 one-click start: 人在籍不在 findings acted on by the transfer module
            org.xueji.registry.api.finding.PresenceFindings.class,
            // issue 10 items 8, 9: cross-checks (R29), inspections (R30), awareness (R20)
            org.xueji.dropout.api.crosscheck.CrossCheckService.class,
            org.xueji.dropout.api.inspection.InspectionService.class,
            org.xueji.dropout.api.inspection.AwarenessService.class,
            // issue 10 item 7: early warning (预警)
            org.xueji.dropout.api.risk.RiskService.class,
            // issue 10 items 6, 10, 1: home visits, reports, the registry's priority groups
            org.xueji.dropout.api.homevisit.HomeVisitService.class,
            org.xueji.dropout.api.report.ReportService.class,
            org.xueji.registry.api.priority.PriorityRoster.class);

    /** R4: a release scope covering grade 1 (the classes made here) and every field group. */
    private static final org.xueji.platform.api.release.ReleaseScope ALL_FIELDS_GRADE_1 =
            org.xueji.platform.api.release.ReleaseScope.of(Set.of(1),
                    java.util.EnumSet.allOf(org.xueji.platform.api.release.ReleaseField.class));

    /** Methods that carry no school data (authentication of oneself, configuration, writing the trail). */
    private static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("SchoolService.classCap", "configuration value"),
            Map.entry("SchoolService.listSchoolYears", "school calendar, no school data"),
            Map.entry("AccountService.login", "authenticates oneself"),
            Map.entry("AccountService.isSessionCurrent", "one's own session"),
            Map.entry("AccountService.logout", "one's own session"),
            Map.entry("AccountService.sessionExpired", "one's own session"),
            Map.entry("AccountService.changePassword", "one's own password"),
            Map.entry("AccountService.checkPolicy", "policy check of a candidate password"),
            Map.entry("AccountService.actorFor", "resolves the shell's own login"),
            Map.entry("AuditService.record", "appends, reads nothing"),
            Map.entry("RegistrationService.deadlines", "district calendar, no school data"),
            Map.entry("RegistrationService.currentSchoolYear", "calendar"),
            Map.entry("VerificationService.campaigns", "district campaigns, no school data"),
            Map.entry("StudentImportService.writeTemplate", "empty template"),
            Map.entry("LedgerService.weights", "configuration values"),
            // issue 15: the district's school calendar holds no school data
            Map.entry("SchoolYearService.semesterOf", "school calendar, no school data"),
            Map.entry("SchoolYearService.semesterEnd", "school calendar, no school data"),
            Map.entry("SchoolYearService.schoolYear", "school calendar, no school data"),
            Map.entry("SchoolYearService.schoolYearOf", "school calendar, no school data"),
            Map.entry("SchoolYearService.current", "school calendar, no school data"),
            Map.entry("AutumnRegistrationService.campaign", "district campaign, no school data"),
            // issue 10: survey campaigns are the district's (title and semester), no school data
            Map.entry("SurveyService.campaigns", "district campaigns, no school data"),
            // issue 11: the R26 thresholds in force
            Map.entry("SpecialNeedsService.rule", "configuration values"),
            // issue 12: seasons are the district's published set-up (plans, areas), no personal data
            Map.entry("AdmissionService.seasons", "published set-up, no personal data"),
            Map.entry("AdmissionService.season", "published set-up, no personal data"),
            // issue 9: the file mode and a score sheet read the uploaded file only, never the registry
            Map.entry("ClassBalanceService.balanceFile", "file mode, no registry data"),
            Map.entry("ClassBalanceService.readScores", "reads the uploaded sheet, no registry data"),
            // issue 12: an SPI called inside the offering module's own checked decision, on its EntityManager; reads nothing
            Map.entry("PendingRegistrations.offer", "writes within the caller's checked decision, no actor"));

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private AccountService accounts;
    @Inject @Filter(timeout = 120_000) private DataReleaseService releases;
    @Inject @Filter(timeout = 120_000) private AuditService audit;
    @Inject @Filter(timeout = 120_000) private org.xueji.platform.api.backup.DatabaseBackup databaseBackup;
    @Inject @Filter(timeout = 120_000) private RegistrationService registration;
    @Inject @Filter(timeout = 120_000) private VerificationService verification;
    @Inject @Filter(timeout = 120_000) private StudentImportService imports;
    @Inject @Filter(timeout = 120_000) private RegistrationFormService forms;
    @Inject @Filter(timeout = 120_000) private org.xueji.registry.api.StudentExportService studentExports;
    @Inject @Filter(timeout = 120_000) private CalendarService calendar;
    @Inject @Filter(timeout = 120_000) private LedgerService ledger;
    @Inject @Filter(timeout = 120_000) private org.xueji.platform.api.workflow.WorkflowService workflow;
    @Inject @Filter(timeout = 120_000) private org.xueji.registry.api.SchoolYearService schoolYears;
    @Inject @Filter(timeout = 120_000) private org.xueji.enrollment.api.AutumnRegistrationService autumnRegistration;
    @Inject @Filter(timeout = 120_000) private org.xueji.enrollment.api.Grade9EscalationService grade9;
    @Inject @Filter(timeout = 120_000) private org.xueji.registry.api.RolloverService rollover;
    @Inject @Filter(timeout = 120_000) private org.xueji.platform.api.security.AccountAreas areas;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.DropoutService dropouts;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.SurveyService surveys;
    @Inject @Filter(timeout = 120_000) private org.xueji.specialneeds.api.SpecialNeedsService specialNeeds;
    @Inject @Filter(timeout = 120_000) private org.xueji.admission.api.AdmissionService admission;
    @Inject @Filter(timeout = 120_000) private org.xueji.classbalance.api.ClassBalanceService balancing;
    @Inject @Filter(timeout = 120_000) private org.xueji.registry.api.placement.ClassPlacement placement;
    @Inject @Filter(timeout = 120_000) private org.xueji.transfer.api.TransferService transfers;
    @Inject @Filter(timeout = 120_000) private org.xueji.enrollment.api.intake.IntakeRegistrationService intakes;
    @Inject @Filter(timeout = 120_000) private org.xueji.registry.api.finding.PresenceFindings presenceFindings;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.crosscheck.CrossCheckService crossChecks;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.inspection.InspectionService inspections;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.inspection.AwarenessService awareness;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.risk.RiskService risk;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.homevisit.HomeVisitService homeVisits;
    @Inject @Filter(timeout = 120_000) private org.xueji.dropout.api.report.ReportService dropoutReports;
    @Inject @Filter(timeout = 120_000) private org.xueji.registry.api.priority.PriorityRoster priorityRoster;

    private School a;
    private School b;
    private SchoolClass classA;
    private SchoolClass classB;
    private Student studentB;
    private Actor registrarA;
    private String accountB;
    private DataRelease releaseB;
    private final Map<String, Runnable> cases = new LinkedHashMap<>();
    private VerificationCampaign campaign;
    private SchoolVerification verificationB;
    private Discrepancy discrepancyB;
    private ImportReport importB;
    private Incident incidentB;
    private DataRelease pendingReleaseB;

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
                "岳教函〔2026〕99号", null, null, 1, 7, ALL_FIELDS_GRADE_1));
        releaseB = releases.approve(Actor.of("leader-" + n, "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest"),
                releaseB.id(), "同意");
        // school B's 人籍一致 check with one finding, and an import into school B, made by the district
        campaign = verification.openCampaign(DISTRICT, new NewVerificationCampaign(2026, 1, "核查" + n,
                LocalDate.of(2026, 12, 31)));
        verificationB = verification.forSchool(DISTRICT, campaign.id(), b.id());
        verification.submitPresence(DISTRICT, verificationB.id(), classB.id(), Set.of(), List.of());
        discrepancyB = verification.discrepancies(DISTRICT, verificationB.id()).get(0);
        importB = imports.importStudents(DISTRICT, b.id(), "empty.csv",
                new java.io.ByteArrayInputStream(new byte[0]), ImportMode.ALL_OR_NOTHING, null);
        // issue 8: a ledger entry of school B with a written self-review (D4)
        incidentB = ledger.record(DISTRICT, new ManualIncident(IncidentType.R13_REGISTRY_ERROR, b.id(),
                LocalDate.now().minusDays(1), "乙校学籍错误"));
        incidentB = ledger.followUp(DISTRICT, incidentB.id(), NewFollowUp.selfReview("review.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), null));
        // R3/R17: a data release of school B still waiting for the bureau's decision
        pendingReleaseB = releases.request(registrarB, new NewDataRelease("转学核查", "区教育局", "乙校名单", b.id(),
                "岳教函〔2026〕97号", null, null, 1, 7, ALL_FIELDS_GRADE_1));
        defineCases();
        defineLedgerCases();
        defineSchoolYearCases();
        defineRolloverCases();
        defineDropoutCases();
        defineSpecialNeedsCases();
        defineAdmissionCases();
        defineClassBalanceCases();
        defineTransferCases();
        defineIntakeCases();
        defineFindingCases();
        defineCrossCheckInspectionCases();
        defineRiskCases();
        defineHomeVisitAndReportCases();
        defineTransferInCases();
    }

    /**
     * Issue 10 (R22, R23): every DropoutService and SurveyService method, school A's registrar on
     * school B's child, entry and household; a village official of 河口镇/东村 on a child of 河口镇/西村.
     */
    private void defineDropoutCases() {
        String n = registrarA.username();
        String teacherB = "tch-b-" + n.substring(6);
        accounts.createAccount(DISTRICT, new NewAccount(teacherB, "乙校教师", Role.TEACHER, b.id(), Set.of(classB.id()),
                null, "Initial-Pass-2026".toCharArray(), false));
        String official = "drp-official-" + n.substring(6);
        accounts.createAccount(DISTRICT, new NewAccount(official, "东村干部", Role.VILLAGE_OFFICIAL, null, null, null,
                "Initial-Pass-2026".toCharArray(), false));
        areas.assignAreas(DISTRICT, official, new org.xueji.platform.api.security.AreaScope(false, Set.of(),
                Set.of("河口镇/东村")));
        Actor villageOfficial = Actor.of(official, "东村干部", Role.VILLAGE_OFFICIAL, null, null, "itest");
        org.xueji.dropout.api.Entry entryB = dropouts.report(DISTRICT, new org.xueji.dropout.api.NewEntry(
                org.xueji.dropout.api.ChildData.ofStudent(studentB.id()), null, "乙户", "河口镇", "西村",
                org.xueji.dropout.api.ReasonCategory.OTHER, org.xueji.registry.api.followup.AtRiskSource.REPORT,
                LocalDate.now().minusDays(1), null));
        org.xueji.dropout.api.Visit visitB = dropouts.recordVisit(DISTRICT, entryB.id(),
                new org.xueji.dropout.api.NewVisit(LocalDate.now().minusDays(1), "乙校教师", "母亲", "同意返校", null,
                        "note.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        org.xueji.dropout.api.Campaign survey = surveys.open(DISTRICT, "排查" + n);
        org.xueji.dropout.api.Household householdB = surveys.assign(DISTRICT, new org.xueji.dropout.api.NewHousehold(
                survey.id(), b.id(), "河口镇", "西村", "乙户", teacherB));

        denied("DropoutService.report", () -> dropouts.report(registrarA, new org.xueji.dropout.api.NewEntry(
                org.xueji.dropout.api.ChildData.ofStudent(studentB.id()), null, null, "河口镇", null,
                org.xueji.dropout.api.ReasonCategory.OTHER, org.xueji.registry.api.followup.AtRiskSource.REPORT,
                LocalDate.now(), null)));
        cases.put("DropoutService.get", () -> {
            expectDenied(() -> dropouts.get(registrarA, entryB.id()));
            expectDenied(() -> dropouts.get(villageOfficial, entryB.id()));
        });
        cases.put("DropoutService.list", () -> {
            for (org.xueji.dropout.api.Entry e : dropouts.list(registrarA, org.xueji.dropout.api.EntryQuery.open(), 0,
                    1000)) {
                assertEquals("R1: the ledger of school A only", a.id(), (long) e.schoolId());
            }
            for (org.xueji.dropout.api.Entry e : dropouts.list(villageOfficial,
                    org.xueji.dropout.api.EntryQuery.open(), 0, 1000)) {
                assertEquals("R22: a village official sees only their villages", "东村", e.village());
            }
        });
        cases.put("DropoutService.counts", () -> {
            assertTrue("R1: counts of school A only", dropouts.counts(registrarA).bySchool().keySet().stream()
                    .allMatch(k -> k != null && k == a.id()));
            assertEquals("R22: nothing of 西村 counted for the 东村 official", 0L,
                    dropouts.counts(villageOfficial).bySchool().values().stream().mapToLong(Long::longValue).sum());
        });
        denied("DropoutService.confirm", () -> dropouts.confirm(registrarA, entryB.id(), null, null));
        cases.put("DropoutService.assign", () -> {
            expectDenied(() -> dropouts.assign(registrarA, entryB.id(),
                    org.xueji.dropout.api.ResponsibleLine.SCHOOL_LEADER, registrarA.username()));
            expectDenied(() -> dropouts.assign(villageOfficial, entryB.id(),
                    org.xueji.dropout.api.ResponsibleLine.GOVERNMENT, official));
        });
        denied("DropoutService.recordVisit", () -> dropouts.recordVisit(registrarA, entryB.id(),
                new org.xueji.dropout.api.NewVisit(LocalDate.now(), "越权", "越权", "越权", null, null, null)));
        denied("DropoutService.visits", () -> dropouts.visits(villageOfficial, entryB.id()));
        denied("DropoutService.evidence", () -> dropouts.evidence(registrarA, visitB.id()));
        denied("DropoutService.requestClose", () -> dropouts.requestClose(registrarA, entryB.id(),
                new org.xueji.dropout.api.Closing(org.xueji.dropout.api.ClosingOutcome.DECEASED, null, null, null,
                        true, "越权")));
        denied("DropoutService.referToHomeTeaching", () -> dropouts.referToHomeTeaching(registrarA, entryB.id()));
        cases.put("DropoutService.importAttendance", () -> {
            expectDenied(() -> dropouts.importAttendance(registrarA, classB.id(), java.time.YearMonth.now(),
                    "att.csv", new java.io.ByteArrayInputStream(new byte[0])));
            expectDenied(() -> dropouts.importAttendance(villageOfficial, classB.id(), java.time.YearMonth.now(),
                    "att.csv", new java.io.ByteArrayInputStream(new byte[0])));
        });
        denied("SurveyService.open", () -> surveys.open(registrarA, "越权"));
        denied("SurveyService.assign", () -> surveys.assign(registrarA, new org.xueji.dropout.api.NewHousehold(
                survey.id(), b.id(), "河口镇", "西村", "越权户", teacherB)));
        cases.put("SurveyService.households", () -> {
            for (org.xueji.dropout.api.Household h : surveys.households(registrarA, survey.id())) {
                assertEquals("R1: households of school A only", a.id(), h.schoolId());
            }
            assertTrue("R22: 西村 is not the 东村 official's", surveys.households(villageOfficial, survey.id()).isEmpty());
        });
        denied("SurveyService.record", () -> surveys.record(registrarA, householdB.id(), List.of()));
        cases.put("SurveyService.progress", () -> {
            for (org.xueji.dropout.api.CampaignProgress p : surveys.progress(registrarA, survey.id(), false)) {
                assertEquals("R1: progress of school A only", String.valueOf(a.id()), p.key());
            }
        });
        denied("SurveyService.close", () -> surveys.close(registrarA, survey.id()));
    }

    /**
     * Issue 11 (R25, R26): a child of school B's service area in 坪塘街道, placed for home teaching,
     * with a plan awaiting approval and a visit with a photo. School A's registrar and a town
     * official of school A's town (含浦街道) see none of it.
     */
    private void defineSpecialNeedsCases() {
        org.xueji.specialneeds.api.Child childB = specialNeeds.register(DISTRICT, new org.xueji.specialneeds.api.ChildData(
                studentB.id(), "乙校儿童", null, null, b.town(), "坪塘村", b.id(), DisabilityType.PHYSICAL, 2, null,
                null, null, null, null));
        org.xueji.specialneeds.api.Assessment assessmentB = specialNeeds.assess(DISTRICT, childB.id(),
                new org.xueji.specialneeds.api.AssessmentData(LocalDate.now().minusDays(1), "评估委员会", "肢体", "稳定",
                        "不能到校", org.xueji.registry.api.followup.Placement.HOME_TEACHING, null, null));
        workflow.decide(Actor.of("sn-scope-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest"),
                assessmentB.workflowRequestId(), org.xueji.platform.api.workflow.Decision.APPROVE, null);
        org.xueji.specialneeds.api.Plan planB = specialNeeds.savePlan(DISTRICT, childB.id(),
                new org.xueji.specialneeds.api.PlanData(2026, 1, "自理", "沟通", "运动", "文化", "内容",
                        List.of("teacher-b"), null, "每月两次"));
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                + "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        org.xueji.specialneeds.api.Visit visitB = specialNeeds.logVisit(DISTRICT, new org.xueji.specialneeds.api.VisitData(
                childB.id(), LocalDate.now(), java.time.LocalTime.of(8, 0), java.time.LocalTime.of(9, 30), 2,
                List.of("teacher-b-" + registrarA.username()), "内容", null, false, "1234", null, List.of(png)));
        // 乡镇/村干部 holding 含浦街道 (school A's town), assigned by the district; a child of that town
        String townOfficial = "sn-town-" + registrarA.username();
        accounts.createAccount(DISTRICT, new NewAccount(townOfficial, "含浦街道干部", Role.VILLAGE_OFFICIAL, null, null,
                null, "Initial-Pass-2026".toCharArray(), false));
        areas.assignAreas(DISTRICT, townOfficial, new org.xueji.platform.api.security.AreaScope(false,
                Set.of(a.town()), Set.of()));
        Actor townA = Actor.of(townOfficial, "含浦街道干部", Role.VILLAGE_OFFICIAL, null, null, "itest");
        org.xueji.specialneeds.api.Child childA = specialNeeds.register(DISTRICT, new org.xueji.specialneeds.api.ChildData(
                // a new child per case: R26 registers a child (ID number) once, and every case's setUp registers one
                null, "甲镇儿童", ChineseIdNumber.of(TestIds.SCHOOL_SCOPE, LocalDate.of(2017, 7, 7), SEQ.addAndGet(2) % 1000).value(),
                null, a.town(), null, a.id(), DisabilityType.HEARING, 1, null,
                null, null, null, null));
        denied("SpecialNeedsService.register", () -> specialNeeds.register(registrarA,
                new org.xueji.specialneeds.api.ChildData(null, "越权", "430104201801020012", null, b.town(), null, b.id(),
                        DisabilityType.PHYSICAL, 0, null, null, null, null, null)));
        cases.put("SpecialNeedsService.child", () -> {
            expectDenied(() -> specialNeeds.child(registrarA, childB.id()));
            expectDenied(() -> specialNeeds.child(townA, childB.id()));
        });
        cases.put("SpecialNeedsService.children", () -> {
            expectDenied(() -> specialNeeds.children(registrarA, new org.xueji.specialneeds.api.ChildQuery(b.id(), null,
                    null)));
            for (var c : specialNeeds.children(registrarA, org.xueji.specialneeds.api.ChildQuery.ALL)) {
                assertEquals("R25: school A's children only", a.id(), (long) c.data().schoolId());
            }
            List<org.xueji.specialneeds.api.Child> seen = specialNeeds.children(townA,
                    org.xueji.specialneeds.api.ChildQuery.ALL);
            assertTrue("R25: the official sees the children of their town", seen.stream()
                    .anyMatch(c -> c.id() == childA.id()));
            for (var c : seen) {
                assertEquals("R25: a town official sees only their town", a.town(), c.data().town());
            }
            expectDenied(() -> specialNeeds.register(townA, new org.xueji.specialneeds.api.ChildData(null, "越权",
                    "430104201801020012", null, a.town(), null, a.id(), DisabilityType.PHYSICAL, 0, null, null, null,
                    null, null)));
        });
        denied("SpecialNeedsService.assess", () -> specialNeeds.assess(registrarA, childB.id(),
                new org.xueji.specialneeds.api.AssessmentData(LocalDate.now(), "越权", "x", "x", "x",
                        org.xueji.registry.api.followup.Placement.SPECIAL_SCHOOL, null, null)));
        denied("SpecialNeedsService.assessments", () -> specialNeeds.assessments(registrarA, childB.id()));
        denied("SpecialNeedsService.savePlan", () -> specialNeeds.savePlan(registrarA, childB.id(),
                new org.xueji.specialneeds.api.PlanData(2026, 1, null, null, null, null, "越权", List.of(), null, "x")));
        denied("SpecialNeedsService.plans", () -> specialNeeds.plans(registrarA, childB.id()));
        cases.put("SpecialNeedsService.planPdf", () -> {
            expectDenied(() -> specialNeeds.planPdf(registrarA, planB.id()));
            expectDenied(() -> specialNeeds.planPdf(townA, planB.id()));
        });
        denied("SpecialNeedsService.logVisit", () -> specialNeeds.logVisit(registrarA,
                new org.xueji.specialneeds.api.VisitData(childB.id(), LocalDate.now(), java.time.LocalTime.of(14, 0),
                        java.time.LocalTime.of(15, 30), 2, List.of(registrarA.username()), "越权", null, false, "1",
                        null, List.of())));
        denied("SpecialNeedsService.visits", () -> specialNeeds.visits(registrarA, childB.id()));
        cases.put("SpecialNeedsService.evidence", () -> {
            expectDenied(() -> specialNeeds.evidence(registrarA, visitB.photoIds().get(0)));
            expectDenied(() -> specialNeeds.evidence(townA, visitB.photoIds().get(0)));
        });
        cases.put("SpecialNeedsService.status", () -> {
            expectDenied(() -> specialNeeds.status(registrarA, childB.id()));
            expectDenied(() -> specialNeeds.status(townA, childB.id()));
        });
        cases.put("SpecialNeedsService.homeTeaching", () -> {
            expectDenied(() -> specialNeeds.homeTeaching(registrarA, b.id(), null));
            assertTrue("R25: none of school B's children", specialNeeds.homeTeaching(registrarA, null, null).stream()
                    .noneMatch(s -> s.child().id() == childB.id()));
            assertTrue("R25: none outside the official's town", specialNeeds.homeTeaching(townA, null, null).stream()
                    .noneMatch(s -> s.child().id() == childB.id()));
        });
        cases.put("SpecialNeedsService.summary", () -> {
            for (var s : specialNeeds.summary(registrarA)) {
                assertEquals("R1: school A's figures only", a.id(), (long) s.schoolId());
            }
            for (var s : specialNeeds.summary(townA)) {
                assertEquals("R25: the official's town only", a.town(), s.town());
            }
        });
        cases.put("SpecialNeedsService.updateChild", () -> {
            expectDenied(() -> specialNeeds.updateChild(registrarA, childB.id(), childB.data()));
            expectDenied(() -> specialNeeds.updateChild(townA, childA.id(), childA.data()));
            org.xueji.specialneeds.api.ChildData d = childA.data();
            // R1: school A's registrar cannot hand its child over to school B
            expectDenied(() -> specialNeeds.updateChild(registrarA, childA.id(), new org.xueji.specialneeds.api.ChildData(
                    d.studentId(), d.name(), d.idNumber(), d.birthDate(), d.town(), d.village(), b.id(), d.disability(),
                    d.degree(), d.certificateNumber(), d.certificateDate(), d.health(), d.guardianName(),
                    d.guardianPhone())));
            assertEquals("nothing moved", a.id(), (long) specialNeeds.child(DISTRICT, childA.id()).data().schoolId());
        });
        cases.put("SpecialNeedsService.removeChild", () -> {
            expectDenied(() -> specialNeeds.removeChild(registrarA, childB.id(),
                    org.xueji.specialneeds.api.RemovalReason.DUPLICATE));
            expectDenied(() -> specialNeeds.removeChild(townA, childA.id(),
                    org.xueji.specialneeds.api.RemovalReason.DUPLICATE));
            assertEquals("nothing removed", childA.id(), specialNeeds.child(DISTRICT, childA.id()).id());
        });
    }

    /** Issue 12 (R24, R27): a season whose lottery at school B has run; A's registrar reaches none of B's. */
    private static final java.util.concurrent.atomic.AtomicInteger ADMISSION_YEAR =
            new java.util.concurrent.atomic.AtomicInteger(2001);

    private void defineAdmissionCases() {
        int year = ADMISSION_YEAR.getAndIncrement();
        LocalDate today = LocalDate.now();
        org.xueji.admission.api.SeasonSetup open = new org.xueji.admission.api.SeasonSetup(year, 1,
                today.minusDays(5), today.plusDays(5), LocalDate.of(year, 8, 31), 6, 8, 0, null, today.minusDays(10),
                today.plusDays(6));
        long season = admission.createSeason(DISTRICT, open).id();
        admission.savePlan(DISTRICT, season, new org.xueji.admission.api.SchoolPlan(b.id(), 1, 1, 0));
        admission.savePlan(DISTRICT, season, new org.xueji.admission.api.SchoolPlan(a.id(), 1, 1, 0));
        // issue 12, item 1: plans count once the district approved them through the workflow
        for (org.xueji.admission.api.PlanApproval p : admission.season(DISTRICT, season).planApprovals()) {
            workflow.decide(Actor.of("zs-scope-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest"),
                    p.requestId(), org.xueji.platform.api.workflow.Decision.APPROVE, null);
        }
        admission.saveArea(DISTRICT, season, new org.xueji.admission.api.ServiceArea("坪塘街道", "坪塘社区",
                Set.of(a.id(), b.id())));
        List<org.xueji.admission.api.Application> atB = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ChineseIdNumber child = ChineseIdNumber.of(TestIds.SCHOOL_SCOPE, LocalDate.of(year - 6, 3, 1 + i), 11 + 2 * i);
            org.xueji.admission.api.Application applied = admission.apply(DISTRICT, season,
                    new org.xueji.admission.api.ApplicationForm(b.id(), "测试" + i, child.value(),
                            org.xueji.admission.api.Category.HOUSEHOLD, null, null, "坪塘街道", "坪塘社区", null, null,
                            Set.of()));
            atB.add(admission.review(DISTRICT, applied.id(), true, null));
        }
        // issue 12, item 2: a migrant child's application at B (left unreviewed) with its residence permit's scan
        ChineseIdNumber migrantChild = ChineseIdNumber.of(TestIds.SCHOOL_SCOPE, LocalDate.of(year - 6, 3, 9), 31);
        org.xueji.admission.api.Application migrantB = admission.apply(DISTRICT, season,
                new org.xueji.admission.api.ApplicationForm(b.id(), "测试随迁", migrantChild.value(),
                        org.xueji.admission.api.Category.MIGRANT, null, null, "坪塘街道", "坪塘社区", null,
                        new org.xueji.admission.api.ResidencePermit("43010400000001", "岳麓分局", "坪塘街道", "坪塘社区",
                                LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31), LocalDate.of(year - 1, 1, 1)),
                        Set.of()));
        long evidenceB = admission.uploadEvidence(DISTRICT, migrantB.id(), "RESIDENCE_PERMIT", "permit.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).id();
        admission.publishSeed(DISTRICT, season, "scope-" + year);
        admission.updateSeason(DISTRICT, season, new org.xueji.admission.api.SeasonSetup(year, 1, today.minusDays(5),
                today.minusDays(1), LocalDate.of(year, 8, 31), 6, 8, 0, null, today.minusDays(10), today));
        admission.allocate(DISTRICT, season);
        org.xueji.admission.api.Draw drawB = admission.draws(DISTRICT, season).get(0);
        org.xueji.admission.api.Application admittedB = admission.applications(DISTRICT,
                new org.xueji.admission.api.ApplicationQuery(season, b.id(),
                        org.xueji.admission.api.ApplicationStatus.ADMITTED), 0, 1).get(0);
        org.xueji.admission.api.Application notAdmittedB = admission.applications(DISTRICT,
                new org.xueji.admission.api.ApplicationQuery(season, b.id(),
                        org.xueji.admission.api.ApplicationStatus.NOT_ADMITTED), 0, 1).get(0);
        org.xueji.admission.api.SeasonSetup next = org.xueji.admission.api.SeasonSetup.typical(year, 7,
                today, today.plusDays(3));
        denied("AdmissionService.createSeason", () -> admission.createSeason(registrarA, next));
        denied("AdmissionService.updateSeason", () -> admission.updateSeason(registrarA, season, open));
        denied("AdmissionService.savePlan", () -> admission.savePlan(registrarA, season,
                new org.xueji.admission.api.SchoolPlan(b.id(), 9, 9, 0)));
        denied("AdmissionService.saveArea", () -> admission.saveArea(registrarA, season,
                new org.xueji.admission.api.ServiceArea("坪塘街道", "坪塘社区", Set.of(a.id()))));
        denied("AdmissionService.saveDocumentRule", () -> admission.saveDocumentRule(registrarA, season,
                new org.xueji.admission.api.DocumentRule(org.xueji.admission.api.Category.OTHER, List.of(), "", "")));
        denied("AdmissionService.publishSeed", () -> admission.publishSeed(registrarA, season, "x"));
        denied("AdmissionService.apply", () -> admission.apply(registrarA, season, atB.get(0).form()));
        denied("AdmissionService.review", () -> admission.review(registrarA, atB.get(0).id(), false, "越权"));
        cases.put("AdmissionService.applications", () -> {
            expectDenied(() -> admission.applications(registrarA,
                    new org.xueji.admission.api.ApplicationQuery(season, b.id(), null), 0, 10));
            for (org.xueji.admission.api.Application x : admission.applications(registrarA,
                    new org.xueji.admission.api.ApplicationQuery(season, null, null), 0, 100)) {
                assertEquals("R1: applications of school A only", a.id(), x.schoolId());
            }
        });
        cases.put("AdmissionService.countApplications", () -> {
            expectDenied(() -> admission.countApplications(registrarA,
                    new org.xueji.admission.api.ApplicationQuery(season, b.id(), null)));
            assertEquals("R1: A counts its own applications only",
                    admission.countApplications(DISTRICT, new org.xueji.admission.api.ApplicationQuery(season, a.id(), null)),
                    admission.countApplications(registrarA, new org.xueji.admission.api.ApplicationQuery(season, null, null)));
            assertTrue("B's applications exist, so the count could leak them",
                    admission.countApplications(DISTRICT, new org.xueji.admission.api.ApplicationQuery(season, b.id(), null)) > 0);
        });
        denied("AdmissionService.application", () -> admission.application(registrarA, atB.get(0).id()));
        denied("AdmissionService.allocate", () -> admission.allocate(registrarA, season));
        cases.put("AdmissionService.draws", () -> assertEquals("R1: B's draw is not A's", List.of(),
                admission.draws(registrarA, season)));
        denied("AdmissionService.verifyDraw", () -> admission.verifyDraw(registrarA, drawB.id()));
        denied("AdmissionService.placeByDistrict", () -> admission.placeByDistrict(registrarA, notAdmittedB.id(),
                a.id()));
        denied("AdmissionService.seatsLeft", () -> admission.seatsLeft(registrarA, season, b.id()));
        denied("AdmissionService.results", () -> admission.results(registrarA, season, b.id()));
        cases.put("AdmissionService.statistics", () -> {
            for (org.xueji.admission.api.SchoolStatistics st : admission.statistics(registrarA, season)) {
                assertEquals("R1: statistics of school A only", a.id(), st.schoolId());
            }
        });
        denied("AdmissionService.markRegistered", () -> admission.markRegistered(registrarA, admittedB.id()));
        denied("AdmissionService.uploadEvidence", () -> admission.uploadEvidence(registrarA, admittedB.id(),
                "RESIDENCE_PERMIT", "x.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        denied("AdmissionService.evidence", () -> admission.evidence(registrarA, admittedB.id()));
        denied("AdmissionService.evidenceFile", () -> admission.evidenceFile(registrarA, evidenceB));
        cases.put("AdmissionService.schoolResults", () -> {
            for (org.xueji.admission.api.SchoolResult r : admission.schoolResults(registrarA, season, null, 0, 100)) {
                assertEquals("R1: results of school A only", a.id(), r.schoolId());
            }
            assertEquals("R1: asking for B gives nothing", List.of(),
                    admission.schoolResults(registrarA, season, Set.of(b.id()), 0, 100));
        });
        cases.put("AdmissionService.countSchoolResults", () -> assertEquals("R1: B not counted for A", 0,
                admission.countSchoolResults(registrarA, season, Set.of(b.id()))));
        admittedNumberB = admittedB.number();
    }

    /** The application number of school B's admitted child (offered to B's 新生注册 by the allocation). */
    private String admittedNumberB;

    /** Issue 12, item 5: school B's pending registration is neither listed for nor completed by school A. */
    private void defineIntakeCases() {
        org.xueji.enrollment.api.intake.PendingIntake pendingB = intakes.pending(DISTRICT).stream()
                .filter(p -> p.offer().reference().equals(admittedNumberB)).findFirst().orElseThrow();
        assertEquals(b.id(), pendingB.offer().schoolId());
        cases.put("IntakeRegistrationService.pending", () -> {
            for (org.xueji.enrollment.api.intake.PendingIntake p : intakes.pending(registrarA)) {
                assertEquals("R1: pending registrations of school A only", a.id(), p.offer().schoolId());
            }
        });
        denied("IntakeRegistrationService.complete", () -> intakes.complete(registrarA, pendingB.offer().source(),
                admittedNumberB, new org.xueji.enrollment.api.NewRegistration(pendingB.prefill(), 1, null)));
    }

    /** Issue 9: class balancing and the registry's placement; school A's users never touch school B's intake or runs. */
    private void defineClassBalanceCases() {
        // school B's grade-1 intake of 2025 (studentB entered 2025-09 in a grade-1 class) into a class of that year
        schools.createClass(DISTRICT, b.id(), new ClassData(1, 2, 2025, 45, null));
        long runB = balancing.propose(DISTRICT, new org.xueji.classbalance.api.NewRun(b.id(), 1, 2025, 1, 55, 1L,
                List.of())).id();
        Actor principalA = Actor.of("pri-cb-" + registrarA.username(), "甲校校长", Role.PRINCIPAL, a.id(), Set.of(),
                "itest");
        denied("ClassPlacement.intake", () -> placement.intake(registrarA, b.id(), 1, 2025));
        denied("ClassPlacement.classes", () -> placement.classes(registrarA, b.id(), 1, 2025));
        denied("ClassPlacement.place", () -> placement.place(null, principalA, b.id(), 1, 2025,
                Map.of(studentB.id(), 2), 55));
        denied("ClassBalanceService.propose", () -> balancing.propose(registrarA,
                new org.xueji.classbalance.api.NewRun(b.id(), 1, 2025, 1, 55, 1L, List.of())));
        denied("ClassBalanceService.rerun", () -> balancing.rerun(registrarA, runB, 2));
        denied("ClassBalanceService.run", () -> balancing.run(principalA, runB));
        denied("ClassBalanceService.runs", () -> balancing.runs(registrarA, b.id()));
        denied("ClassBalanceService.submit", () -> balancing.submit(registrarA, runB));
        denied("ClassBalanceService.verify", () -> balancing.verify(registrarA, runB));
        denied("ClassBalanceService.publication", () -> balancing.publication(principalA, runB));
        cases.put("ClassBalanceService.monitor", () -> {
            expectDenied(() -> balancing.monitor(registrarA, b.id(), null));
            expectDenied(() -> balancing.monitor(registrarA, null, null));
            for (org.xueji.classbalance.api.ClassMonitorRow row : balancing.monitor(registrarA, a.id(), null)) {
                assertEquals("R1: the monitor of school A only", a.id(), row.schoolId());
            }
        });
        denied("ClassPlacement.setHeadTeachers", () -> placement.setHeadTeachers(null, principalA, b.id(), 1, 2025,
                Map.of(2, "甲校老师")));
        denied("ClassBalanceService.drawHeadTeachers", () -> balancing.drawHeadTeachers(principalA, runB,
                new org.xueji.classbalance.api.NewHeadTeacherDraw(List.of(), List.of("甲校老师"), "s")));
        denied("ClassBalanceService.headTeachers", () -> balancing.headTeachers(principalA, runB));
        denied("ClassBalanceService.verifyHeadTeachers", () -> balancing.verifyHeadTeachers(registrarA, runB));
        denied("ClassBalanceService.exportResult", () -> balancing.exportResult(registrarA, runB, 1L));
    }

    /**
     * Issue 14: every TransferService method, school A's registrar on a change of school B's
     * student (a suspension with evidence, submitted by the district). The exact-number look-up
     * across the district is allowed (the receiving school must find the student, R10) but shows
     * the number masked and is audited.
     */
    private void defineTransferCases() {
        java.time.LocalDate today = java.time.LocalDate.now();
        org.xueji.transfer.api.NewChange suspendB = new org.xueji.transfer.api.NewChange(
                org.xueji.transfer.api.ChangeType.SUSPENSION, studentB.id(), null, null, null, today, "因病休学",
                today.plusMonths(3), null, true, null, null, List.of(new org.xueji.transfer.api.EvidenceUpload(
                org.xueji.transfer.api.EvidenceCategory.OTHER, "medical.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        org.xueji.transfer.api.ChangeRequest changeB = transfers.submit(DISTRICT, suspendB);
        long evidenceB = transfers.evidenceOf(DISTRICT, changeB.id()).get(0).id();
        cases.put("TransferService.find", () -> {
            org.xueji.transfer.api.FoundStudent found = transfers.find(registrarA, studentB.data().idNumber())
                    .orElseThrow();
            assertTrue("R1: the number is masked", !found.maskedRegistryNumber().contains(studentB.data().idNumber()));
        });
        denied("TransferService.check", () -> transfers.check(registrarA, suspendB));
        denied("TransferService.submit", () -> transfers.submit(registrarA, suspendB));
        denied("TransferService.withdraw", () -> transfers.withdraw(registrarA, studentB.id(), "误录", List.of()));
        denied("TransferService.decide", () -> transfers.decide(registrarA, changeB.id(),
                org.xueji.platform.api.workflow.Decision.APPROVE, null));
        denied("TransferService.recordReply", () -> transfers.recordReply(registrarA, changeB.id(), true, null));
        denied("TransferService.confirmArrival", () -> transfers.confirmArrival(registrarA, changeB.id()));
        denied("TransferService.get", () -> transfers.get(registrarA, changeB.id()));
        cases.put("TransferService.list", () -> {
            expectDenied(() -> transfers.list(registrarA, new org.xueji.transfer.api.ChangeQuery(false, false, b.id(),
                    null), 0, 10));
            for (org.xueji.transfer.api.ChangeRequest r : transfers.list(registrarA,
                    org.xueji.transfer.api.ChangeQuery.ALL, 0, 500)) {
                assertTrue("R1: changes of school A only", r.fromSchoolId() == a.id()
                        || r.toSchoolId() != null && r.toSchoolId() == a.id());
            }
        });
        denied("TransferService.ofStudent", () -> transfers.ofStudent(registrarA, studentB.id()));
        denied("TransferService.evidenceOf", () -> transfers.evidenceOf(registrarA, changeB.id()));
        denied("TransferService.evidence", () -> transfers.evidence(registrarA, evidenceB));
        denied("TransferService.contactForm", () -> transfers.contactForm(registrarA, changeB.id()));
        cases.put("TransferService.statistics", () -> {
            for (org.xueji.transfer.api.TransferStatistics.Month m : transfers.statistics(registrarA, today.getYear())
                    .months()) {
                assertEquals("R1: statistics of school A only", a.id(), m.schoolId());
            }
        });
        // the entered record of a transfer in is read in the change's scope (refused before the change's type is looked at)
        denied("TransferService.enteredRecord", () -> transfers.enteredRecord(registrarA, changeB.id()));
    }

    /** Issue 15: the rollover is the district's; a school user neither plans nor runs it, nor marks B's students. */
    private void defineRolloverCases() {
        denied("RolloverService.plan", () -> rollover.plan(registrarA, 2025, b.id()));
        denied("RolloverService.run", () -> rollover.run(registrarA, 2025, b.id(),
                org.xueji.registry.api.BatchControl.NONE));
        denied("RolloverService.markRepeating", () -> rollover.markRepeating(registrarA, studentB.id(), 2025, true));
        denied("RolloverService.standing", () -> rollover.standing(registrarA, studentB.id()));
    }

    private Actor teacherA() {
        return Actor.of("teacher-a", "甲校教师", Role.TEACHER, a.id(), Set.of(classA.id()), "itest");
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
        // R14 override: a school user may not grant places above the cap (district only)
        denied("SchoolService.grantExtraPlaces", () -> schools.grantExtraPlaces(registrarA, classB.id(), 1,
                "学校自行增加名额"));
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
        cases.put("StudentService.countAtMost", () -> {
            expectDenied(() -> students.countAtMost(registrarA, StudentQuery.all().withSchool(b.id()), 100));
            assertEquals(0, students.countAtMost(registrarA,
                    StudentQuery.all().withIdNumber(studentB.data().idNumber()), 100));
            assertEquals("the count stops at the cap", 1, students.countAtMost(DISTRICT, StudentQuery.all(), 1));
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
        // a client address belongs to no school: ending its login wait is the district's
        denied("AccountService.clearAddressWait", () -> accounts.clearAddressWait(registrarA, "203.0.113.50"));
        cases.put("AccountService.schoolRoleHolders", () -> {
            for (SchoolRoleHolders h : accounts.schoolRoleHolders(registrarA)) {
                assertEquals("R6 holders of school A only", a.id(), h.schoolId());
            }
        });

        // R22/R25: towns and villages of 乡镇/村干部 — assigned by the district only; an official
        // holds exactly them and no school's records
        org.xueji.platform.api.security.AreaScope hekouEast = new org.xueji.platform.api.security.AreaScope(
                false, Set.of(), Set.of("河口镇/东村"));
        denied("AccountAreas.assignAreas", () -> areas.assignAreas(registrarA, "scope-official", hekouEast));
        denied("AccountAreas.assignedAreas", () -> areas.assignedAreas(registrarA, "scope-official"));
        cases.put("AccountAreas.areasOf", () -> {
            if (!accounts.listAccounts(DISTRICT).stream().anyMatch(x -> x.username().equals("scope-official"))) {
                accounts.createAccount(DISTRICT, new NewAccount("scope-official", "村干部", Role.VILLAGE_OFFICIAL,
                        null, null, null, "Initial-Pass-2026".toCharArray(), false));
            }
            areas.assignAreas(DISTRICT, "scope-official", hekouEast);
            Actor official = Actor.of("scope-official", "村干部", Role.VILLAGE_OFFICIAL, null, null, "itest");
            org.xueji.platform.api.security.AreaScope held = areas.areasOf(official);
            assertTrue("R22: the assigned village", held.covers("河口镇", "东村"));
            assertFalse("R22: not the town's other villages", held.covers("河口镇", "西村"));
            assertFalse("R22: not other towns", held.covers("城关镇", null));
            assertTrue("R1: a school account holds no area", areas.areasOf(registrarA).isEmpty());
            expectDenied(() -> students.get(official, studentB.id()));
            expectDenied(() -> schools.classSizes(official, b.id(), null));
        });

        denied("DataReleaseService.request", () -> releases.request(registrarA, new NewDataRelease("统计", "区教育局",
                "名单", b.id(), "岳教函〔2026〕98号", null, null, 1, 7, ALL_FIELDS_GRADE_1)));
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
        cases.put("DataReleaseService.authorizeExport", () -> {
            expectDenied(() -> releases.authorizeExport(registrarA, releaseB.id(), "students.csv", b.id()));
            expectDenied(() -> releases.authorizeExport(registrarA, releaseB.id(),
                    new org.xueji.platform.api.release.ExportRequest("students.csv", b.id(), 1, null)));
        });

        defineWorkflowCases();

        // D1 across the district, R1: a registrar learns only that school B holds an ID number somewhere
        // else in the district — not which school (issue 16 item 4)
        cases.put("StudentService.idNumberHolder", () -> {
            assertEquals(java.util.Optional.of(org.xueji.registry.api.RecordHolder.elsewhere()),
                    students.idNumberHolder(registrarA, studentB.data().idNumber()));
            expectDenied(() -> students.idNumberHolder(teacherA(), studentB.data().idNumber()));
        });
        cases.put("StudentService.idNumberHolders", () -> {
            assertEquals(Map.of(studentB.data().idNumber(), org.xueji.registry.api.RecordHolder.elsewhere()),
                    students.idNumberHolders(registrarA, List.of(studentB.data().idNumber())));
            expectDenied(() -> students.idNumberHolders(teacherA(), List.of(studentB.data().idNumber())));
        });
        cases.put("StudentService.similarStudents", () -> {
            var similar = students.similarStudents(registrarA, studentB.data().name(), studentB.data().sex(),
                    studentB.data().birthDate());
            assertEquals(1, similar.size());
            assertTrue("R1: school B's child is withheld", similar.get(0).withheld());
            assertEquals(null, similar.get(0).schoolName());
            assertEquals(null, similar.get(0).name());
            assertEquals(null, similar.get(0).birthDate());
            assertEquals(null, similar.get(0).maskedRegistryNumber());
            expectDenied(() -> students.similarStudents(teacherA(), studentB.data().name(), studentB.data().sex(),
                    studentB.data().birthDate()));
        });
        denied("StudentService.schoolRoster", () -> students.schoolRoster(registrarA, b.id()));
        denied("StudentService.exportPage", () -> students.exportPage(registrarA,
                StudentQuery.all().withSchool(b.id()), 0, 10));
        cases.put("StudentService.intakeCounts", () -> {
            for (var c : students.intakeCounts(registrarA, 1, 2026)) {
                assertEquals(a.id(), c.schoolId());
            }
        });

        denied("RegistrationService.check", () -> registration.check(registrarA, newInB, 1));
        denied("RegistrationService.register", () -> registration.register(registrarA,
                new NewRegistration(newInB, 1, null)));
        denied("RegistrationService.saveDeadline", () -> registration.saveDeadline(registrarA,
                RegistrationDeadline.standard(2026, 1)));
        cases.put("RegistrationService.progress", () -> {
            for (DeadlineProgress p : registration.progress(registrarA, 2026)) {
                assertEquals(a.id(), p.schoolId());
            }
        });
        cases.put("RegistrationService.reminders", () -> {
            // issue 8: the reminders are the service's ReminderProvider, as message keys with arguments
            for (Reminder r : ((ReminderProvider) registration).reminders(registrarA)) {
                assertFalse(r.message().format(Locale.SIMPLIFIED_CHINESE, r.args().toArray()).contains(b.name()));
            }
        });

        denied("VerificationService.openCampaign", () -> verification.openCampaign(registrarA,
                new NewVerificationCampaign(2026, 1, "越权核查", LocalDate.of(2026, 12, 31))));
        cases.put("VerificationService.schools", () -> {
            for (SchoolVerification v : verification.schools(registrarA, campaign.id())) {
                assertEquals(a.id(), v.schoolId());
            }
        });
        denied("VerificationService.get", () -> verification.get(registrarA, verificationB.id()));
        denied("VerificationService.forSchool", () -> verification.forSchool(registrarA, campaign.id(), b.id()));
        denied("VerificationService.uploadRoster", () -> verification.uploadRoster(registrarA, verificationB.id(),
                "roster.csv", new java.io.ByteArrayInputStream("姓名,年级\n张三,1\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))));
        denied("VerificationService.submitPresence", () -> verification.submitPresence(registrarA,
                verificationB.id(), classB.id(), Set.of(), List.of()));
        denied("VerificationService.discrepancies", () -> verification.discrepancies(registrarA, verificationB.id()));
        denied("VerificationService.resolve", () -> verification.resolve(registrarA, discrepancyB.id(),
                ResolutionKind.EXPLAINED, "越权处理的说明"));
        denied("VerificationService.close", () -> verification.close(registrarA, verificationB.id()));
        cases.put("VerificationService.compliance", () -> {
            for (SemesterCompliance c : verification.compliance(registrarA, 2026, 1)) {
                assertEquals(a.id(), c.schoolId());
            }
        });

        denied("StudentImportService.importStudents", () -> imports.importStudents(registrarA, b.id(), "x.csv",
                new java.io.ByteArrayInputStream(new byte[] {1}), ImportMode.ALL_OR_NOTHING, null));
        cases.put("StudentImportService.recentImports", () -> {
            expectDenied(() -> imports.recentImports(registrarA, b.id(), 10));
            for (ImportReport r : imports.recentImports(registrarA, null, 100)) {
                assertEquals(a.id(), r.schoolId());
            }
        });
        denied("StudentImportService.report", () -> imports.report(registrarA, importB.batchId()));
        denied("StudentImportService.exportStudents", () -> imports.exportStudents(registrarA,
                StudentQuery.all().withSchool(b.id()), releaseB.id(), new java.io.ByteArrayOutputStream()));
        denied("RegistrationFormService.registrationForm", () -> forms.registrationForm(registrarA, studentB.id()));
        denied("RegistrationFormService.registrationForms", () -> forms.registrationForms(registrarA,
                StudentQuery.all().withSchool(b.id()), releaseB.id()));
        denied("StudentExportService.exportList", () -> studentExports.exportList(registrarA,
                StudentQuery.all().withSchool(b.id()), releaseB.id()));

        denied("AuditService.count", () -> audit.count(registrarA, AuditQuery.all()));
        denied("AuditService.search", () -> audit.search(registrarA, AuditQuery.all(), 0, 10));
        denied("AuditService.verify", () -> audit.verify(registrarA));
        denied("AuditService.anchor", () -> audit.anchor(registrarA));
        denied("AuditService.resealHead", () -> audit.resealHead(registrarA, "岳教审〔2026〕3号"));
        denied("StudentService.history", () -> students.history(registrarA, studentB.id()));
        defineCalendarCases();
        defineBackupCases();
    }

    /** issue 13: the whole database's backup and table counts are for system administrators only. */
    private void defineBackupCases() {
        cases.put("DatabaseBackup.backup", () -> {
            java.nio.file.Path target = java.nio.file.Path.of(System.getProperty("karaf.data", "data"),
                    "scope-backup");
            expectDenied(() -> databaseBackup.backup(registrarA, target.toString()));
            assertFalse("nothing written for a refused backup", java.nio.file.Files.exists(target));
        });
        denied("DatabaseBackup.tables", () -> databaseBackup.tables(registrarA));
    }

    /**
     * D2 working-day calendar: no school data; every logged-in user reads it, only the district
     * administration changes it — a school user's change is refused (and nothing changes).
     */
    private void defineCalendarCases() {
        cases.put("CalendarService.years", () -> assertTrue(calendar.years(registrarA).contains(2025)));
        cases.put("CalendarService.year", () -> assertEquals(2025, calendar.year(registrarA, 2025).year()));
        cases.put("CalendarService.setDay", () -> {
            expectDenied(() -> calendar.setDay(registrarA, new SpecialDay(LocalDate.of(2025, 3, 7), "越权", true)));
            assertFalse(calendar.year(DISTRICT, 2025).day(LocalDate.of(2025, 3, 7)).isPresent());
        });
        cases.put("CalendarService.removeDay", () -> {
            expectDenied(() -> calendar.removeDay(registrarA, LocalDate.of(2025, 10, 1)));
            assertTrue(calendar.year(DISTRICT, 2025).day(LocalDate.of(2025, 10, 1)).isPresent());
        });
        denied("CalendarService.importYear", () -> calendar.importYear(registrarA, 2029,
                "{\"year\": 2029, \"days\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8), true));
    }

    /** issue 8, the ledger (D4): every LedgerService method, school A's registrar on school B's entries. */
    private void defineLedgerCases() {
        denied("LedgerService.post", () -> ledger.post(registrarA, new IncidentPost(
                IncidentType.R11_ADMISSION_CONDITIONS, "transfer", b.id(), LocalDate.now().minusDays(1),
                IncidentText.R11_SUBMITTED_WITHOUT_CONDITIONS, List.of("1", "x"), null, null)));
        denied("LedgerService.record", () -> ledger.record(registrarA, new ManualIncident(
                IncidentType.R13_REGISTRY_ERROR, b.id(), LocalDate.now().minusDays(1), "越权登记")));
        denied("LedgerService.followUp", () -> ledger.followUp(registrarA, incidentB.id(), NewFollowUp.note("越权")));
        denied("LedgerService.close", () -> ledger.close(registrarA, incidentB.id(), null));
        cases.put("LedgerService.get", () -> {
            expectDenied(() -> ledger.get(registrarA, incidentB.id()));
            long refusals = audit.count(DISTRICT, new AuditQuery(registrarA.username(), null, "access.denied",
                    "ledger-incident", String.valueOf(incidentB.id()), null, null));
            assertTrue("R7: the refused read of school B's ledger entry is audited", refusals >= 1);
        });
        cases.put("LedgerService.count", () -> {
            expectDenied(() -> ledger.count(registrarA, LedgerQuery.all().withSchool(b.id())));
            expectDenied(() -> ledger.count(registrarA, LedgerQuery.all().bureauOnly()));
            assertEquals(0, ledger.count(registrarA, LedgerQuery.all()));
        });
        cases.put("LedgerService.list", () -> {
            expectDenied(() -> ledger.list(registrarA, LedgerQuery.all().withSchool(b.id()), 0, 10));
            for (Incident i : ledger.list(registrarA, LedgerQuery.all(), 0, 100)) {
                assertEquals("R1: the ledger of school A only", a.id(), (long) i.schoolId());
            }
        });
        denied("LedgerService.document", () -> ledger.document(registrarA, incidentB.followUps().get(0).id()));
        cases.put("LedgerService.assessment", () -> {
            for (SchoolScore score : ledger.assessment(registrarA, LocalDate.now().getYear()).ranking()) {
                assertEquals("R1: the score of school A only", a.id(), score.schoolId());
            }
        });
        denied("LedgerService.export", () -> ledger.export(registrarA, LedgerQuery.all().withSchool(b.id()),
                releaseB.id()));
    }

    /** Issue 15: the school calendar, the autumn registration and the grade-9 escalation. */
    private void defineSchoolYearCases() {
        org.xueji.registry.api.SchoolYearDates year = schoolYears.schoolYear(2031);
        denied("SchoolYearService.set", () -> schoolYears.set(registrarA, year));
        denied("AutumnRegistrationService.open", () -> autumnRegistration.open(registrarA, 2031));
        denied("AutumnRegistrationService.unconfirmed", () -> autumnRegistration.unconfirmed(registrarA, 2026,
                b.id()));
        cases.put("AutumnRegistrationService.progress", () -> {
            List<org.xueji.enrollment.api.AutumnRegistrationProgress> seen = autumnRegistration.progress(registrarA,
                    2026);
            assertEquals(1, seen.size());
            assertEquals(a.id(), seen.get(0).schoolId());
        });
        cases.put("Grade9EscalationService.escalations", () -> {
            for (org.xueji.enrollment.api.Grade9Escalation e : grade9.escalations(registrarA, LocalDate.now())) {
                assertEquals("R1: only the own school's escalation", a.id(), e.schoolId());
            }
        });
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

    /** R1/R3/R17: the approval workflow and its 待办 inbox (a principal of A never sees or decides B's steps). */
    private void defineWorkflowCases() {
        Actor principalA = Actor.of("pri-a-" + registrarA.username(), "甲校校长", Role.PRINCIPAL, a.id(), Set.of(),
                "itest");
        Actor leader = Actor.of("wf-leader-" + registrarA.username(), "区领导", Role.DISTRICT_LEADER, null, Set.of(),
                "itest");
        long workflowB = workflow.inbox(leader, org.xueji.platform.api.workflow.PendingFilter.ALL).stream()
                .filter(p -> p.subjectRef().equals(String.valueOf(pendingReleaseB.id()))).findFirst().orElseThrow()
                .requestId();
        denied("WorkflowService.submit", () -> workflow.submit(registrarA,
                new org.xueji.platform.api.workflow.NewWorkflowRequest("data-release", "scope-test", "越权", b.id())));
        denied("WorkflowService.decide", () -> workflow.decide(principalA, workflowB,
                org.xueji.platform.api.workflow.Decision.APPROVE, "越权"));
        cases.put("WorkflowService.inbox", () -> {
            expectDenied(() -> workflow.inbox(principalA, new org.xueji.platform.api.workflow.PendingFilter(false,
                    b.id())));
            for (org.xueji.platform.api.workflow.PendingStep p
                    : workflow.inbox(principalA, org.xueji.platform.api.workflow.PendingFilter.ALL)) {
                assertEquals("R1: the inbox of school A only", a.id(), (long) p.schoolId());
            }
        });
        cases.put("WorkflowService.pendingCount", () -> {
            assertEquals("R1: B's pending release is not A's to decide", 0,
                    workflow.pendingCount(principalA).pending());
            assertTrue("the bureau sees it", workflow.pendingCount(leader).pending() >= 1);
        });
        denied("WorkflowService.request", () -> workflow.request(principalA, workflowB));
        denied("WorkflowService.checkLapses", () -> workflow.checkLapses(registrarA));
        // issue 14: the paged inbox (same key as the unpaged inbox's case: checked here) and its count
        cases.put("WorkflowService.countInbox", () -> {
            org.xueji.platform.api.workflow.PendingFilter ofB = new org.xueji.platform.api.workflow.PendingFilter(
                    false, b.id());
            expectDenied(() -> workflow.countInbox(principalA, ofB));
            expectDenied(() -> workflow.inbox(principalA, ofB, 0, 10));
            assertEquals("R1: B's pending release is not counted for A", 0, workflow.countInbox(principalA,
                    org.xueji.platform.api.workflow.PendingFilter.ALL.withTypes(Set.of("data-release"))));
            for (int offset = 0; offset < 200; offset += 20) {
                for (org.xueji.platform.api.workflow.PendingStep p : workflow.inbox(principalA,
                        org.xueji.platform.api.workflow.PendingFilter.ALL, offset, 20)) {
                    assertEquals("R1: every page of A's inbox is school A's", a.id(), (long) p.schoolId());
                }
            }
            assertTrue("the bureau's paged inbox holds B's release", workflow.inbox(leader,
                    ofB.withTypes(Set.of("data-release")), 0, 1000).stream()
                    .anyMatch(p -> p.requestId() == workflowB));
            assertTrue("the bureau counts it", workflow.countInbox(leader, ofB) >= 1);
        });
    }

    /**
     * Issue 14, R18 one-click start: a 人在籍不在 finding of school B (a child at B without a record there, in
     * a check of its own campaign), read or settled by school A's registrar, or a transfer started from it.
     */
    private void defineFindingCases() {
        VerificationCampaign own = verification.openCampaign(DISTRICT, new NewVerificationCampaign(2026, 1,
                "核查转学" + registrarA.username(), LocalDate.of(2026, 12, 31)));
        SchoolVerification check = verification.forSchool(DISTRICT, own.id(), b.id());
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.SCHOOL_SCOPE, LocalDate.of(2018, 2, 1), SEQ.addAndGet(2) % 1000);
        verification.submitPresence(DISTRICT, check.id(), classB.id(), Set.of(), List.of(
                new org.xueji.enrollment.api.RosterEntry(1, "在校无籍", id.value(), classB.gradeLevel(),
                        classB.classNumber(), null)));
        long findingB = verification.discrepancies(DISTRICT, check.id()).stream()
                .filter(d -> d.kind() == org.xueji.enrollment.api.DiscrepancyKind.PERSON_WITHOUT_RECORD)
                .findFirst().orElseThrow().id();
        denied("PresenceFindings.personWithoutRecord", () -> presenceFindings.personWithoutRecord(registrarA,
                findingB));
        denied("PresenceFindings.settle", () -> presenceFindings.settle(registrarA, findingB,
                org.xueji.registry.api.finding.FindingSettlement.TRANSFERRED_IN, "transfer:1"));
        denied("TransferService.fromFinding", () -> transfers.fromFinding(registrarA, findingB));
        // R4/R1: school A exports its own statistics (rows filtered to school A: TransferStatisticsExportTest);
        // the change rows under a release of school B are refused; an account without VIEW_STUDENT is refused
        cases.put("TransferService.exportStatistics", () -> {
            byte[] xlsx = transfers.exportStatistics(registrarA, new org.xueji.transfer.api.StatisticsExport(
                    LocalDate.now().getYear(), org.xueji.transfer.api.StatisticsExport.Format.XLSX, null));
            assertTrue("an xlsx file", xlsx.length > 4 && xlsx[0] == 'P' && xlsx[1] == 'K');
            expectDenied(() -> transfers.exportStatistics(Actor.of("official-" + registrarA.username(), "村干部",
                    Role.VILLAGE_OFFICIAL, null, Set.of(), "itest"), new org.xueji.transfer.api.StatisticsExport(
                    LocalDate.now().getYear(), org.xueji.transfer.api.StatisticsExport.Format.XLSX, null)));
        });
    }

    /**
     * Issue 10 item 7: the early warning of school B (its student scored from the registry's real
     * tables) is refused to school A's registrar and to a village official; school B's teacher
     * sees their class.
     */
    private void defineRiskCases() {
        Actor official = Actor.of("vo-risk-" + registrarA.username(), "村干部", Role.VILLAGE_OFFICIAL, null, null,
                "itest");
        Actor teacherB = Actor.of("tch-risk-" + registrarA.username(), "乙校教师", Role.TEACHER, b.id(),
                Set.of(classB.id()), "itest");
        cases.put("RiskService.weights", () -> assertTrue("VIEW_DROPOUT reads the weights",
                risk.weights(registrarA).threshold() > 0));
        cases.put("RiskService.atRisk", () -> {
            expectDenied(() -> risk.atRisk(registrarA, b.id(), 0));
            expectDenied(() -> risk.atRisk(official, b.id(), 0));
        });
        cases.put("RiskService.summary", () -> {
            expectDenied(() -> risk.summary(registrarA, b.id()));
            expectDenied(() -> risk.summary(official, b.id()));
            assertEquals("school B's teacher scores their class's student", 1,
                    risk.summary(teacherB, b.id()).students());
        });
        denied("RiskService.score", () -> risk.score(registrarA, studentB.id()));
        denied("RiskService.confirm", () -> risk.confirm(registrarA, studentB.id(),
                org.xueji.dropout.api.ReasonCategory.OTHER, null));
        denied("RiskService.recordDiscipline", () -> risk.recordDiscipline(registrarA, studentB.id(),
                LocalDate.now(), org.xueji.dropout.api.risk.DisciplineKind.WARNING));
        denied("RiskService.importGrades", () -> risk.importGrades(registrarA, classB.id(), 2025, 1, "grades.csv",
                new java.io.ByteArrayInputStream(new byte[0])));
    }

    /**
     * Issue 10 items 6, 10 and 1 (R28, R23, R4): school A's registrar on school B's student, report
     * and ledger; the registry's priority groups and compulsory-age counts of school A only.
     */
    private void defineHomeVisitAndReportCases() {
        denied("HomeVisitService.record", () -> homeVisits.record(registrarA,
                new org.xueji.dropout.api.homevisit.NewHomeVisit(studentB.id(),
                        org.xueji.dropout.api.homevisit.ContactKind.PHONE_CALL, LocalDate.now(), "越权", "越权", "越权")));
        denied("HomeVisitService.visits", () -> homeVisits.visits(registrarA, studentB.id()));
        cases.put("HomeVisitService.dueList", () -> {
            expectDenied(() -> homeVisits.dueList(registrarA, b.id(), false));
            for (org.xueji.dropout.api.homevisit.VisitDue d : homeVisits.dueList(registrarA, null, false)) {
                assertEquals("R1: priority children of school A only", a.id(), d.schoolId());
            }
        });
        denied("HomeVisitService.mark", () -> homeVisits.mark(registrarA, studentB.id(),
                org.xueji.dropout.api.homevisit.PriorityGroup.HARDSHIP, true));
        denied("ReportService.schoolMonthly", () -> dropoutReports.schoolMonthly(registrarA, b.id(),
                YearMonth.now()));
        denied("ReportService.districtQuarterly", () -> dropoutReports.districtQuarterly(registrarA,
                LocalDate.now().getYear(), 1));
        denied("ReportService.schoolMonthlyFile", () -> dropoutReports.schoolMonthlyFile(registrarA, b.id(),
                YearMonth.now(), org.xueji.dropout.api.report.ReportFormat.XLSX));
        denied("ReportService.districtQuarterlyFile", () -> dropoutReports.districtQuarterlyFile(registrarA,
                LocalDate.now().getYear(), 1, org.xueji.dropout.api.report.ReportFormat.PDF));
        cases.put("ReportService.schoolAge", () -> {
            org.xueji.dropout.api.report.SchoolAgeLedger l = dropoutReports.schoolAge(registrarA);
            assertTrue("R1: school A's counts only", Set.of(a.id()).containsAll(l.registryBySchool().keySet()));
            assertTrue("R1: school A's counts only", Set.of(a.id()).containsAll(l.withoutRecordBySchool().keySet()));
        });
        denied("ReportService.exportLedger", () -> dropoutReports.exportLedger(registrarA,
                new org.xueji.dropout.api.EntryQuery(null, b.id(), null, null), releaseB.id()));
        cases.put("PriorityRoster.priorityStudents", () -> {
            expectDenied(() -> priorityRoster.priorityStudents(registrarA, b.id()));
            for (org.xueji.registry.api.priority.PriorityStudent p : priorityRoster.priorityStudents(registrarA, null)) {
                assertEquals("R1: school A's records only", a.id(), p.schoolId());
            }
        });
        cases.put("PriorityRoster.schoolAgeCounts", () -> assertTrue("R1: school A's counts only",
                Set.of(a.id()).containsAll(priorityRoster.schoolAgeCounts(registrarA, LocalDate.now(), 6, 16).keySet())));
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
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.SCHOOL_SCOPE, LocalDate.of(2018, 1, 1).plusDays(seq % 300),
                seq % 1000);
        return new StudentData("测试" + seq, id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID, id.value(), null,
                null, "01", "CHN", "岳麓区", HouseholdType.NON_AGRICULTURAL, "岳麓区", YearMonth.of(2025, 9),
                EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, school.id(), c.id(), List.of(new Guardian("家长", "父亲", "13800000000", null)));
    }

    /**
     * Issue 10 items 8, 9 (R29, R30, R20): school A's registrar on school B's cross-check
     * findings, inspection and awareness activity; a village official of 河口镇/东村 on B's child of
     * 河口镇/西村; nobody but the district imports lists or runs the comparisons.
     */
    private void defineCrossCheckInspectionCases() {
        String n = registrarA.username();
        String official = "xc-official-" + n.substring(6);
        accounts.createAccount(DISTRICT, new NewAccount(official, "东村干部", Role.VILLAGE_OFFICIAL, null, null, null,
                "Initial-Pass-2026".toCharArray(), false));
        areas.assignAreas(DISTRICT, official, new org.xueji.platform.api.security.AreaScope(false, Set.of(),
                Set.of("河口镇/东村")));
        Actor villageOfficial = Actor.of(official, "东村干部", Role.VILLAGE_OFFICIAL, null, null, "itest");
        // B's child on the ledger and on the aid list; a never-enrolled child of 坪塘街道
        dropouts.report(DISTRICT, new org.xueji.dropout.api.NewEntry(
                org.xueji.dropout.api.ChildData.ofStudent(studentB.id()), null, "乙户", "河口镇", "西村",
                org.xueji.dropout.api.ReasonCategory.OTHER, org.xueji.registry.api.followup.AtRiskSource.REPORT,
                LocalDate.now().minusDays(1), null));
        String never = ChineseIdNumber.of(TestIds.SCHOOL_SCOPE, LocalDate.of(2016, 5, 5), 997).value();
        crossChecks.importList(DISTRICT, org.xueji.dropout.api.crosscheck.ListKind.FINANCIAL_AID, null, "aid.csv",
                csv("身份证号,姓名,乡镇,村,备注\n" + studentB.data().idNumber() + ",乙生,坪塘街道,,营养餐"));
        crossChecks.importList(DISTRICT, org.xueji.dropout.api.crosscheck.ListKind.HOUSEHOLD_REGISTER, "坪塘街道",
                "hh.csv", csv("身份证号,姓名,乡镇,村\n" + never + ",未入学,坪塘街道,新村"));
        org.xueji.dropout.api.crosscheck.CrossCheckRun run = crossChecks.run(DISTRICT);
        List<org.xueji.dropout.api.crosscheck.CrossCheckFinding> all = crossChecks.findings(DISTRICT,
                new org.xueji.dropout.api.crosscheck.FindingQuery(run.id(), null, null, null, null), 0, 1000);
        org.xueji.dropout.api.crosscheck.CrossCheckFinding aidB = all.stream()
                .filter(f -> Long.valueOf(b.id()).equals(f.schoolId())).findFirst().orElseThrow();
        org.xueji.dropout.api.crosscheck.CrossCheckFinding neverEnrolled = all.stream()
                .filter(f -> f.kind() == org.xueji.dropout.api.crosscheck.CheckKind.NOT_ENROLLED).findFirst()
                .orElseThrow();

        denied("CrossCheckService.importList", () -> crossChecks.importList(registrarA,
                org.xueji.dropout.api.crosscheck.ListKind.POVERTY, null, "p.csv", csv("身份证号,姓名,乡镇")));
        denied("CrossCheckService.lists", () -> crossChecks.lists(registrarA));
        denied("CrossCheckService.run", () -> crossChecks.run(villageOfficial));
        cases.put("CrossCheckService.runs", () -> assertEquals("R1: none of B's findings counted for A", 0L,
                (long) crossChecks.runs(registrarA).stream().filter(r -> r.id() == run.id()).findFirst().orElseThrow()
                        .counts().get(org.xueji.dropout.api.crosscheck.CheckKind.DROPOUT_AID)));
        cases.put("CrossCheckService.findings", () -> {
            for (org.xueji.dropout.api.crosscheck.CrossCheckFinding f : crossChecks.findings(registrarA,
                    new org.xueji.dropout.api.crosscheck.FindingQuery(run.id(), null, null, null, null), 0, 1000)) {
                assertEquals("R1: findings of school A only", Long.valueOf(a.id()), f.schoolId());
            }
            assertTrue("R22: 东村 sees nothing of 西村", crossChecks.findings(villageOfficial,
                    new org.xueji.dropout.api.crosscheck.FindingQuery(run.id(), null, null, null, null), 0, 1000)
                    .isEmpty());
        });
        cases.put("CrossCheckService.resolve", () -> {
            expectDenied(() -> crossChecks.resolve(registrarA, aidB.id(), "越权"));
            expectDenied(() -> crossChecks.resolve(villageOfficial, aidB.id(), "越权"));
        });
        denied("CrossCheckService.openSuspected", () -> crossChecks.openSuspected(registrarA, neverEnrolled.id()));

        org.xueji.dropout.api.inspection.Inspection inspectionB = inspections.record(DISTRICT,
                new org.xueji.dropout.api.inspection.NewInspection(b.id(),
                        org.xueji.dropout.api.inspection.InspectionKind.UNANNOUNCED, LocalDate.now(), "督导室",
                        List.of("台账不全"), LocalDate.now().plusDays(10), null));
        inspectionB = inspections.addEvidence(DISTRICT, inspectionB.id(), "p.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long inspB = inspectionB.id();
        long evidenceB = inspectionB.evidence().get(0).id();
        long findingB = inspectionB.findings().get(0).id();
        denied("InspectionService.record", () -> inspections.record(registrarA,
                new org.xueji.dropout.api.inspection.NewInspection(b.id(),
                        org.xueji.dropout.api.inspection.InspectionKind.SCHEDULED, LocalDate.now(), "越权", List.of(),
                        null, null)));
        cases.put("InspectionService.list", () -> {
            expectDenied(() -> inspections.list(registrarA, b.id(), false));
            assertTrue("R1: A sees none of B's inspections", inspections.list(registrarA, null, false).stream()
                    .allMatch(i -> i.schoolId() == a.id()));
            expectDenied(() -> inspections.list(villageOfficial, null, false));
        });
        denied("InspectionService.get", () -> inspections.get(registrarA, inspB));
        denied("InspectionService.addEvidence", () -> inspections.addEvidence(registrarA, inspB, "p.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        denied("InspectionService.evidence", () -> inspections.evidence(registrarA, evidenceB));
        denied("InspectionService.reportCorrected", () -> inspections.reportCorrected(registrarA, inspB, null));
        denied("InspectionService.close", () -> inspections.close(registrarA, inspB, null));
        denied("InspectionService.postIncident", () -> inspections.postIncident(registrarA, inspB, findingB));

        LocalDate held = LocalDate.now();
        for (int back = 0; back < 120 && schoolYears.semesterOf(held).isEmpty(); back++) {
            held = held.minusDays(1);
        }
        org.xueji.dropout.api.inspection.Activity activityB = awareness.record(DISTRICT,
                new org.xueji.dropout.api.inspection.NewActivity(b.id(),
                        org.xueji.dropout.api.inspection.AwarenessKind.LAW_SESSION, held, "法治宣传", 50, 0, 0));
        denied("AwarenessService.record", () -> awareness.record(registrarA,
                new org.xueji.dropout.api.inspection.NewActivity(b.id(),
                        org.xueji.dropout.api.inspection.AwarenessKind.LAW_SESSION, LocalDate.now(), "越权", 1, 0, 0)));
        cases.put("AwarenessService.activities", () -> {
            expectDenied(() -> awareness.activities(registrarA, b.id(), activityB.schoolYear(), activityB.semester()));
            assertTrue("R1: A's activities only", awareness.activities(registrarA, null, activityB.schoolYear(),
                    activityB.semester()).stream().allMatch(x -> x.schoolId() == a.id()));
        });
        cases.put("AwarenessService.summary", () -> {
            assertTrue("R1: A's summary only", awareness.summary(registrarA, activityB.schoolYear(),
                    activityB.semester()).stream().allMatch(x -> x.schoolId() == a.id()));
            expectDenied(() -> awareness.summary(villageOfficial, activityB.schoolYear(), activityB.semester()));
        });
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Issue 14, transfer in from another district or province (转入): school A's registrar cannot start one
     * into school B's class (the record entered from the printed form is otherwise valid).
     */
    private void defineTransferInCases() {
        ChineseIdNumber id = ChineseIdNumber.of("440106", LocalDate.of(2018, 3, 1), SEQ.addAndGet(2) % 1000);
        StudentData printed = new StudentData("外省转入", id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID,
                id.value(), null, null, "01", "CHN", "广州市", HouseholdType.NON_AGRICULTURAL, "岳麓区",
                YearMonth.of(2025, 9), EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, false, false,
                false, false, DisabilityType.NONE, null, null, List.of(new Guardian("家长", "父亲", "13800000000", null)));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        denied("TransferService.submitTransferIn", () -> transfers.submitTransferIn(registrarA,
                new org.xueji.transfer.api.IncomingTransfer(printed, classB.gradeLevel(), b.id(), classB.id(),
                        LocalDate.now(), "随父母迁居", "广东省广州市某小学", true, null, List.of(
                        new org.xueji.transfer.api.EvidenceUpload(org.xueji.transfer.api.EvidenceCategory.HOUSEHOLD,
                                "hukou.pdf", pdf),
                        new org.xueji.transfer.api.EvidenceUpload(
                                org.xueji.transfer.api.EvidenceCategory.REGISTRATION_FORM, "form.pdf", pdf)))));
        // the district's own change types (configuration, no personal data): VIEW_STUDENT reads them
        cases.put("TransferService.localTypes", () -> {
            assertTrue("a school account reads the configured types", transfers.localTypes(registrarA) != null);
            expectDenied(() -> transfers.localTypes(Actor.of("official-lt-" + registrarA.username(), "村干部",
                    Role.VILLAGE_OFFICIAL, null, Set.of(), "itest")));
        });
    }
}
