package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.ClassBalanceMessages;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.HeadTeacherDraw;
import org.xueji.classbalance.api.NewHeadTeacherDraw;
import org.xueji.classbalance.api.NewRun;
import org.xueji.classbalance.api.ResultExport;
import org.xueji.classbalance.api.RunPlacement;
import org.xueji.classbalance.api.RunStatus;
import org.xueji.classbalance.api.StudentExtras;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
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

/**
 * Class balancing inside OSGi (issue 9, R14, R15): a registrar proposes a run of a school's grade-1
 * intake, the principal confirms it in the workflow inbox, the students are in their classes in the
 * registry, the run is locked and verifies; the file mode runs as a shell command.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ClassBalanceIT {

    private static final Actor DISTRICT = Actor.system("itest-classbalance");
    private static final int YEAR = 2025;

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject @Filter(timeout = 120_000) private ClassBalanceService balancing;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private WorkflowService workflow;
    @Inject @Filter(timeout = 120_000) private SessionFactory sessions;
    @Inject @Filter(timeout = 120_000) private DataReleaseService releases;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Test
    public void aProposedRunConfirmedByThePrincipalPlacesTheStudentsAndIsLocked() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        School school = schools.createSchool(DISTRICT, new SchoolData("CB" + n, "分班校" + n, SchoolType.PRIMARY,
                "含浦街道", List.of(), false, null, null));
        SchoolClass c1 = schools.createClass(DISTRICT, school.id(), new ClassData(1, 1, YEAR, 45, null));
        SchoolClass c2 = schools.createClass(DISTRICT, school.id(), new ClassData(1, 2, YEAR, 45, null));
        List<Student> intake = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            intake.add(students.register(DISTRICT, student(school, c1, 2 * i + 1 + (int) (System.nanoTime() % 200) * 20)));
        }
        Actor registrar = Actor.of("cb-reg-" + n, "学籍管理员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "itest");
        Actor principal = Actor.of("cb-pri-" + n, "校长", Role.PRINCIPAL, school.id(), Set.of(), "itest");
        List<StudentExtras> extras = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double s = 60 + 5 * i;
            extras.add(new StudentExtras(intake.get(i).id(), 3 * s, Arrays.asList(s, s, s), i < 2 ? "twins" : null,
                    null, Set.of()));
        }

        BalanceRun run = balancing.propose(registrar, new NewRun(school.id(), 1, YEAR, 2, 55, 11L, extras));
        assertEquals(RunStatus.PROPOSED, run.status());
        assertEquals(0, run.ours().hardViolations());
        assertEquals(List.of(4, 4), run.ours().sizes());
        balancing.submit(registrar, run.id());

        PendingStep step = workflow.inbox(principal, new PendingFilter(false, null)).stream()
                .filter(p -> p.type().equals("class-balance") && p.subjectRef().equals(String.valueOf(run.id())))
                .findFirst().orElseThrow();
        workflow.decide(principal, step.requestId(), Decision.APPROVE, null);

        BalanceRun confirmed = balancing.run(principal, run.id());
        assertEquals(RunStatus.CONFIRMED, confirmed.status());
        assertTrue(confirmed.hash(), confirmed.hash().matches("[0-9a-f]{64}"));
        for (RunPlacement p : confirmed.placements()) {
            long expected = p.classNumber() == 1 ? c1.id() : c2.id();
            assertEquals("the registry holds the run's class", expected, (long) students.get(DISTRICT, p.studentId()).data().classId());
        }
        assertEquals(students.get(DISTRICT, intake.get(0).id()).data().classId(), students.get(DISTRICT, intake.get(1).id()).data().classId());
        assertTrue(balancing.verify(registrar, run.id()).matches());
        try {
            balancing.rerun(registrar, run.id(), 12);
            fail("a confirmed run cannot be changed");
        } catch (DomainException e) {
            assertEquals(ClassBalanceMessages.RUN_LOCKED, e.messageKey());
        }
        assertNotEquals(0, balancing.publication(principal, run.id()).size());

        // item 3: head teachers by lot — lots by hand (printf '%s\n%s' it-seed name:乙老师 | sha256sum):
        // 乙老师 32b4…, 丙老师 a39c…, 甲老师 f9dc… → class 1 乙老师, class 2 丙老师; on the registry's classes
        HeadTeacherDraw draw = balancing.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of(), List.of("甲老师", "乙老师", "丙老师"), "it-seed"));
        assertEquals(List.of("乙老师", "丙老师"), draw.classes().stream().map(HeadTeacherDraw.DrawnHeadTeacher::name).toList());
        assertEquals("乙老师", schools.getClass(DISTRICT, c1.id()).headTeacher());
        assertEquals("丙老师", schools.getClass(DISTRICT, c2.id()).headTeacher());
        assertTrue(balancing.verifyHeadTeachers(registrar, run.id()).matches());
        try {
            balancing.drawHeadTeachers(registrar, run.id(),
                    new NewHeadTeacherDraw(List.of(), List.of("甲老师", "乙老师"), "again"));
            fail("one draw per run");
        } catch (DomainException e) {
            assertEquals(ClassBalanceMessages.HEAD_TEACHERS_ALREADY_DRAWN, e.messageKey());
        }
        assertEquals("乙老师", schools.getClass(DISTRICT, c1.id()).headTeacher());

        // R4: the list with names only under an approved data release; the real release service decides
        DataRelease pending = releases.request(registrar, new NewDataRelease("分班名单存档", "教务处", "一年级分班结果",
                school.id(), "岳教函〔2026〕90号", null, null, 1, 7, ReleaseScope.of(Set.of(1),
                java.util.EnumSet.of(ReleaseField.BASIC))));
        try {
            balancing.exportResult(registrar, run.id(), pending.id());
            fail("R4: a pending release exports nothing");
        } catch (DomainException expected) {
            // refused by DataReleaseService.authorizeExport
        }
        Actor leader = Actor.of("cb-leader-" + n, "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest");
        DataRelease approved = releases.approve(leader, pending.id(), "同意");
        ResultExport export = balancing.exportResult(registrar, run.id(), approved.id());
        assertEquals(8, export.rows());
        assertEquals("an xlsx (zip) file", 'P', (char) export.xlsx()[0]);
        try {
            balancing.exportResult(registrar, run.id(), approved.id());
            fail("R4: the approval allowed one download");
        } catch (DomainException expected) {
            // used up
        }
    }

    @Test
    public void theFileModeWritesOneClassPerStudent() throws Exception {
        Path dir = Files.createTempDirectory("balance");
        Path in = dir.resolve("in.csv");
        Path out = dir.resolve("out.csv");
        StringBuilder csv = new StringBuilder("学生ID,姓名,性别,总分,语文,数学,英语,同班组,分班组\n");
        for (int i = 0; i < 30; i++) {
            csv.append("F").append(i).append(",学生").append(i).append(',').append(i % 2 == 0 ? "男" : "女")
                    .append(',').append(200 + i).append(",,,,").append(i < 2 ? "T" : "").append(",\n");
        }
        Files.writeString(in, csv.toString(), StandardCharsets.UTF_8);
        String printed = runWhenRegistered("xueji:balance-file --in " + in + " --out " + out + " --classes 3 --seed 4");
        assertTrue(printed, printed.contains("蛇形 snake"));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(31, lines.size());
        assertEquals("\uFEFF学生ID,班级", lines.get(0));
    }

    private String runWhenRegistered(String command) throws Exception {
        return ShellCommands.run(sessions, command);
    }

    private static StudentData student(School school, SchoolClass c, int seq) {
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.CLASS_BALANCE, LocalDate.of(2019, 1, 1).plusDays(seq % 300), seq % 1000);
        return new StudentData("分班" + seq, id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID, id.value(), null,
                null, "01", "CHN", "岳麓区", HouseholdType.NON_AGRICULTURAL, "岳麓区", YearMonth.of(YEAR, 9),
                EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, school.id(), c.id(), List.of(new Guardian("家长", "父亲", "13800000000", null)));
    }
}
