package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
import org.xueji.enrollment.api.RegistrationFormService;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
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
import org.xueji.registry.api.StudentExport;
import org.xueji.registry.api.StudentExportService;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudyMode;

/**
 * R4 inside OSGi, through the real services: exports are bound to their approval. The release
 * is checked by the service producing the data (student list, national template, bulk
 * 学籍登记表), which refuses an export beyond the approved school, grades or fields and a
 * second download of a single-use approval; one record's form prints without a release.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DataReleaseIT {

    private static final Actor DISTRICT = Actor.system("itest-release");
    /** Odd sequence numbers, unique in this container, for generated ID numbers. */
    private static final java.util.concurrent.atomic.AtomicInteger SEQ =
            new java.util.concurrent.atomic.AtomicInteger(601);

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private DataReleaseService releases;
    @Inject @Filter(timeout = 120_000) private StudentExportService exports;
    @Inject @Filter(timeout = 120_000) private StudentImportService imports;
    @Inject @Filter(timeout = 120_000) private RegistrationFormService forms;
    @Inject @Filter(timeout = 120_000) private AuditService audit;

    private School school;
    private Actor registrar;
    private Actor leader;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Before
    public void setUp() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        school = schools.createSchool(DISTRICT, new SchoolData("RL" + n, "发布校" + n, SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
        SchoolClass grade1 = schools.createClass(DISTRICT, school.id(), new ClassData(1, 1, 2026, 45, null));
        SchoolClass grade2 = schools.createClass(DISTRICT, school.id(), new ClassData(2, 1, 2025, 45, null));
        for (int i = 0; i < 3; i++) {
            students.register(DISTRICT, student(grade1));
        }
        students.register(DISTRICT, student(grade2));
        registrar = Actor.of("rel-reg-" + n, "发布校学籍管理员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "itest");
        leader = Actor.of("rel-leader-" + n, "区领导", Role.DISTRICT_LEADER, null, Set.of(), "itest");
    }

    private DataRelease approved(Set<Integer> grades, Set<ReleaseField> fields) {
        DataRelease r = releases.request(registrar, new NewDataRelease("核对名单", "区教育局", "一年级名单", school.id(),
                "岳教函〔2026〕61号", null, null, 1, 7, ReleaseScope.of(grades, fields)));
        return releases.approve(leader, r.id(), "同意，一次");
    }

    @Test
    public void r4_anExportBeyondItsApprovedScopeIsRefused() {
        DataRelease grade1Basic = approved(Set.of(1), EnumSet.of(ReleaseField.BASIC));
        // a grade the approval does not cover: refused by the service, no download used
        try {
            exports.exportList(registrar, StudentQuery.all().withGrade(2), grade1Basic.id());
            fail("R4: grade 2 is outside the approval");
        } catch (DomainException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("不能导出 2 年级"));
        }
        try {
            imports.exportStudents(registrar, StudentQuery.all().withGrade(2), grade1Basic.id(),
                    new ByteArrayOutputStream());
            fail("R4: grade 2 is outside the approval (national template)");
        } catch (DomainException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("不能导出 2 年级"));
        }
        // a bulk print needs every field group: refused
        try {
            forms.registrationForms(registrar, StudentQuery.all(), grade1Basic.id());
            fail("R4: the 学籍登记表 shows fields the approval does not cover");
        } catch (DomainException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("未批准此导出所需的字段"));
        }
        assertEquals("refusals use no download", 0, releases.list(registrar).stream()
                .filter(r -> r.id() == grade1Basic.id()).findFirst().orElseThrow().downloads());

        // within the approval: only grade 1's students, only the basic columns
        StudentExport export = exports.exportList(registrar, StudentQuery.all(), grade1Basic.id());
        assertEquals(List.of("姓名", "性别", "学校", "班级"), export.header());
        assertEquals(3, export.rows().size());
        for (List<String> row : export.rows()) {
            assertEquals("一年级(1)班", row.get(3));
            assertFalse("no ID number in a basic export: " + row, String.join(",", row).matches(".*\\d{17}[0-9X].*"));
        }
        assertTrue(audit.count(DISTRICT, new AuditQuery(registrar.username(), null, "export.refused", null, null,
                null, null)) >= 3);
    }

    @Test
    public void r4_aSecondDownloadIsRefused() {
        DataRelease once = approved(Set.of(1, 2), EnumSet.of(ReleaseField.BASIC, ReleaseField.IDENTITY));
        assertEquals(4, exports.exportList(registrar, StudentQuery.all(), once.id()).rows().size());
        try {
            exports.exportList(registrar, StudentQuery.all(), once.id());
            fail("R4: a single-use approval serves one download");
        } catch (DomainException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("下载次数已用完（1/1 次）"));
        }
        try {
            imports.exportStudents(registrar, StudentQuery.all(), once.id(), new ByteArrayOutputStream());
            fail("R4: nor through another export");
        } catch (DomainException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("下载次数已用完"));
        }
    }

    @Test
    public void r4_aBulkPrintNeedsAReleaseAndIsSingleUse() throws IOException {
        DataRelease all = approved(Set.of(1), EnumSet.allOf(ReleaseField.class));
        byte[] zip = forms.registrationForms(registrar, StudentQuery.all(), all.id());
        List<String> names = new ArrayList<>();
        String watermark = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] content = in.readAllBytes();
                if (e.getName().endsWith(".txt")) {
                    watermark = new String(content, StandardCharsets.UTF_8).strip();
                } else {
                    assertTrue(e.getName(), new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
                }
            }
        }
        // grade 1's three students (grade 2 is not approved), then the release's watermark
        assertEquals(List.of("学籍登记表-001.pdf", "学籍登记表-002.pdf", "学籍登记表-003.pdf", "数据发布申请.txt"), names);
        assertEquals(all.watermark(), watermark);
        try {
            forms.registrationForms(registrar, StudentQuery.all(), all.id());
            fail("R4: a bulk print is single use");
        } catch (DomainException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("下载次数已用完"));
        }
        assertEquals(1, audit.count(DISTRICT, new AuditQuery(registrar.username(), null, "student.print-batch", null,
                null, null, null)));
    }

    @Test
    public void r4_oneRecordsFormPrintsWithoutAReleaseAndIsAudited() {
        Student one = students.register(DISTRICT, student(schools.listClasses(DISTRICT, school.id()).get(0)));
        byte[] pdf = forms.registrationForm(registrar, one.id());
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(1, audit.count(DISTRICT, new AuditQuery(registrar.username(), null, "student.print", "student",
                String.valueOf(one.id()), null, null)));
    }

    private static StudentData student(SchoolClass c) {
        int seq = SEQ.getAndAdd(2);
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.DATA_RELEASE, LocalDate.of(2019, 1, 1).plusDays(seq % 300), seq % 1000);
        return new StudentData("发布" + seq, id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID, id.value(), null,
                null, "01", "CHN", "岳麓区", HouseholdType.NON_AGRICULTURAL, "岳麓区", YearMonth.of(2025, 9),
                EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, c.schoolId(), c.id(), List.of(new Guardian("家长", "父亲", "13800000000", null)));
    }
}
