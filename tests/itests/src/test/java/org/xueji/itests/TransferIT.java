package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.PendingFilter;
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
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferService;
import org.xueji.transfer.api.TransferSteps;

/**
 * The transfer module inside OSGi (issue 14): it boots with its schema, its workflow handlers
 * serve the 待办 inbox, and a transfer goes through every step on the real services — receiving
 * principal, sending school, district — ending with the record in the new school's class, the
 * change in the record's history and the sending school's view read-only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class TransferIT {

    private static final Actor DISTRICT = Actor.system("itest-transfer");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject private BundleContext context;
    @Inject @Filter(timeout = 120_000) private TransferService transfers;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private WorkflowService workflow;
    @Inject @Filter(timeout = 120_000) private PlatformClock clock;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    private School school(String prefix) {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        return schools.createSchool(DISTRICT, new SchoolData(prefix + n, "转学校" + prefix + n, SchoolType.JUNIOR,
                "含浦街道", List.of(), false, null, null));
    }

    private static StudentData student(School school, SchoolClass c, int seq) {
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.TRANSFER, LocalDate.of(2013, 2, 1).plusDays(seq % 300), seq % 1000);
        return new StudentData("转学生" + seq, id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID, id.value(), null,
                null, "01", "CHN", "岳麓区", HouseholdType.NON_AGRICULTURAL, "岳麓区", YearMonth.of(2025, 9),
                EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, school.id(), c.id(), List.of(new Guardian("家长", "父亲", "13800000000", null)));
    }

    @Test
    public void aTransferGoesThroughEveryStepAndTheRecordFollowsTheStudent() {
        School sending = school("TA");
        School receiving = school("TB");
        SchoolClass from = schools.createClass(DISTRICT, sending.id(), new ClassData(7, 1, 2025, 50, null));
        SchoolClass to = schools.createClass(DISTRICT, receiving.id(), new ClassData(7, 1, 2025, 50, null));
        Student s = students.register(DISTRICT, student(sending, from, 611));
        Actor registrarB = Actor.of("trf-reg-b", "乙校学籍员", Role.SCHOOL_REGISTRAR, receiving.id(), Set.of(), "itest");
        Actor principalB = Actor.of("trf-pri-b", "乙校校长", Role.PRINCIPAL, receiving.id(), Set.of(), "itest");
        Actor principalA = Actor.of("trf-pri-a", "甲校校长", Role.PRINCIPAL, sending.id(), Set.of(), "itest");
        Actor registrarA = Actor.of("trf-reg-a", "甲校学籍员", Role.SCHOOL_REGISTRAR, sending.id(), Set.of(), "itest");
        Actor leader = Actor.of("trf-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest");

        assertEquals(s.id(), transfers.find(registrarB, s.data().idNumber()).orElseThrow().studentId());
        List<EvidenceUpload> evidence = List.of(new EvidenceUpload(EvidenceCategory.HOUSEHOLD, "hukou.pdf", PDF),
                new EvidenceUpload(EvidenceCategory.REGISTRATION_FORM, "form.pdf", PDF),
                new EvidenceUpload(EvidenceCategory.ADMISSION_CONDITIONS, "conditions.pdf", PDF));
        LocalDate today = clock.today();
        ChangeRequest r = transfers.submit(registrarB, NewChange.transfer(s.id(), receiving.id(), to.id(), 7, today,
                "随父母工作调动", evidence));
        assertEquals(TransferSteps.RECEIVING_PRINCIPAL, r.currentStep());
        // the step is in the receiving principal's 待办 inbox, with a deadline from the calendar (R17)
        assertTrue(workflow.inbox(principalB, PendingFilter.ALL).stream()
                .anyMatch(p -> p.requestId() == r.workflowRequestId() && p.deadline() != null));

        transfers.decide(principalB, r.id(), Decision.APPROVE, null);
        // the sending school consents through the kit's workflow directly (as the 待办 inbox does)
        workflow.decide(principalA, r.workflowRequestId(), Decision.APPROVE, null);
        ChangeRequest done = transfers.decide(leader, r.id(), Decision.APPROVE, "同意");

        assertEquals(ChangeStatus.APPROVED, done.status());
        Student moved = students.get(DISTRICT, s.id());
        assertEquals(receiving.id(), (long) moved.data().schoolId());
        assertEquals(to.id(), (long) moved.data().classId());
        List<StudentHistoryEntry> history = students.history(DISTRICT, s.id());
        assertTrue("the move is in the record's history: " + history, history.stream().anyMatch(h ->
                h.field().equals("schoolId") && String.valueOf(sending.id()).equals(h.oldValue())
                        && String.valueOf(receiving.id()).equals(h.newValue())));
        ChangeRequest sentView = transfers.get(registrarA, r.id());
        assertTrue("the sending school's view is read-only", sentView.readOnly());
        byte[] form = transfers.contactForm(registrarB, r.id());
        assertEquals("%PDF-", new String(form, 0, 5, StandardCharsets.ISO_8859_1));
    }

    @Test
    public void aBlockedTransferNamesItsRule() {
        School sending = school("TC");
        School receiving = school("TD");
        SchoolClass from = schools.createClass(DISTRICT, sending.id(), new ClassData(7, 1, 2025, 50, null));
        SchoolClass to = schools.createClass(DISTRICT, receiving.id(), new ClassData(8, 1, 2024, 50, null));
        Student s = students.register(DISTRICT, student(sending, from, 613));
        Actor registrarB = Actor.of("trf-reg-d", "丁校学籍员", Role.SCHOOL_REGISTRAR, receiving.id(), Set.of(), "itest");
        try {
            transfers.submit(registrarB, NewChange.transfer(s.id(), receiving.id(), to.id(), 8, clock.today(), "迁居",
                    List.of(new EvidenceUpload(EvidenceCategory.HOUSEHOLD, "h.pdf", PDF),
                            new EvidenceUpload(EvidenceCategory.REGISTRATION_FORM, "f.pdf", PDF))));
            fail("R10: grade 7 record into grade 8");
        } catch (ValidationException e) {
            assertTrue(e.errors().toString(), e.errors().stream().anyMatch(x -> x.field().equals("R10")));
        }
        assertEquals(List.of(), transfers.ofStudent(DISTRICT, s.id()));
        assertEquals(sending.id(), (long) students.get(DISTRICT, s.id()).data().schoolId());
        assertEquals(ChangeType.TRANSFER, ChangeType.ofId("transfer"));
    }
}
