package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.FileRejectedException;
import org.xueji.enrollment.api.NewRegistration;
import org.xueji.enrollment.api.NewVerificationCampaign;
import org.xueji.enrollment.api.RegistrationCheck;
import org.xueji.enrollment.api.RegistrationFormService;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.SemesterCompliance;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;

/**
 * The enrollment services inside OSGi on the real registry: 学籍号 kinds, the district-wide
 * duplicate rules (D1), late registrations and deadline progress (R19), a 人籍一致 check from
 * roster upload to closing (R18), and the printable form (D3).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EnrollmentServiceIT {

    private static final Actor DISTRICT = Actor.system("itest-enrollment");
    private static final AtomicInteger SEQ = new AtomicInteger(11);

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private RegistrationService registration;
    @Inject @Filter(timeout = 120_000) private VerificationService verification;
    @Inject @Filter(timeout = 120_000) private RegistrationFormService forms;
    @Inject @Filter(timeout = 120_000) private AuditService audit;

    private School school;
    private School other;
    private SchoolClass class1;
    private SchoolClass class2;
    private Actor registrar;
    private Actor otherRegistrar;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Before
    public void setUp() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        school = schools.createSchool(DISTRICT, new SchoolData("EN" + n, "注册测试小学" + n, SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
        other = schools.createSchool(DISTRICT, new SchoolData("EO" + n, "另一所小学" + n, SchoolType.PRIMARY, "坪塘街道",
                List.of(), false, null, null));
        class1 = schools.createClass(DISTRICT, school.id(), new ClassData(1, 1, 2026, 55, null));
        class2 = schools.createClass(DISTRICT, school.id(), new ClassData(1, 2, 2026, 55, null));
        schools.createClass(DISTRICT, other.id(), new ClassData(1, 1, 2026, 55, null));
        registrar = Actor.of("en-" + n, "注册测试学籍管理员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "itest");
        otherRegistrar = Actor.of("eo-" + n, "另一校学籍管理员", Role.SCHOOL_REGISTRAR, other.id(), Set.of(), "itest");
    }

    private static StudentData child(String name, IdDocumentType type, String idNumber, Sex sex, LocalDate birth,
                                     long schoolId, Long classId) {
        return new StudentData(name, sex, birth, type, idNumber, null, null, "01", "CHN", "岳麓区含浦街道",
                HouseholdType.NON_AGRICULTURAL, "岳麓区含浦街道", YearMonth.of(2026, 9), EntryWay.NEARBY, StudyMode.DAY,
                false, true, LeftBehindStatus.NONE, false, false, false, false, DisabilityType.NONE, schoolId,
                classId, List.of(new Guardian("家长" + name, "母亲", "13800000000",
                        idNumber == null || type != IdDocumentType.RESIDENT_ID ? guardianId() : null)));
    }

    private static String guardianId() {
        return ChineseIdNumber.of(TestIds.ENROLLMENT, LocalDate.of(1990, 1, 1).plusDays(SEQ.getAndIncrement()), 101).value();
    }

    private static ChineseIdNumber newId() {
        int seq = SEQ.getAndIncrement();
        return ChineseIdNumber.of(TestIds.ENROLLMENT, LocalDate.of(2020, 3, 1).plusDays(seq % 200), 200 + seq % 700);
    }

    private StudentData withId(String name, ChineseIdNumber id, long schoolId, Long classId) {
        return child(name, IdDocumentType.RESIDENT_ID, id.value(), id.sex(), id.birthDate(), schoolId, classId);
    }

    @Test
    public void r1_aResidentIdGetsAGNumberAndIsBlockedElsewhereNamingTheSchoolToTheDistrictOnly() {
        ChineseIdNumber id = newId();
        Student s = registration.register(registrar, new NewRegistration(withId("王小明", id, school.id(),
                class1.id()), 1, null));
        assertEquals("G" + id.value(), s.registryNumber());
        assertEquals(Integer.valueOf(1), s.registration().entryGrade());
        // D1: the check and the registration in another school are blocked; R1: without naming the school
        RegistrationCheck check = registration.check(otherRegistrar, withId("王小明", id, other.id(), null), 1);
        assertTrue(check.blocked());
        assertTrue(check.heldElsewhere());
        assertEquals(null, check.idNumberHeldBy());
        try {
            registration.register(otherRegistrar, new NewRegistration(withId("王小明", id, other.id(), null), 1, null));
            fail("D1: a second record for the same ID number");
        } catch (ValidationException e) {
            assertEquals(RegistryMessages.DUPLICATE_ID_NUMBER_ELSEWHERE, e.errors().get(0).messageKey());
            assertFalse(e.getMessage(), e.getMessage().contains(school.name()));
            assertTrue(e.getMessage(), e.getMessage().contains("区教育局"));
        }
        // the district sees where the record is
        assertEquals(school.name(), registration.check(DISTRICT, withId("王小明", id, other.id(), null), 1)
                .idNumberHeldBy());
    }

    @Test
    public void r1_aSchoolRegistrarsDuplicateCheckAcrossSchoolsReturnsNoOtherSchoolsNames() {
        LocalDate birth = LocalDate.of(2020, 8, SEQ.getAndIncrement() % 28 + 1);
        ChineseIdNumber id = newId();
        registration.register(otherRegistrar, new NewRegistration(withId("李思远", id, other.id(), null), 1, null));
        registration.register(otherRegistrar, new NewRegistration(child("刘芳", IdDocumentType.OTHER, null,
                Sex.FEMALE, birth, other.id(), null), 1, null));

        RegistrationCheck byId = registration.check(registrar, withId("李思远", id, school.id(), null), 1);
        RegistrationCheck byName = registration.check(registrar, child("柳芳", IdDocumentType.OTHER, null, Sex.FEMALE,
                birth, school.id(), null), 1);

        String seen = byId + " " + byName;
        assertTrue(byId.heldElsewhere());
        assertFalse(byName.similarStudents().isEmpty());
        assertTrue(byName.similarStudents().stream().allMatch(x -> x.withheld()));
        for (String secret : List.of(other.name(), "刘芳", birth.toString(), "李思远")) {
            assertFalse("R1: " + secret + " reached school A: " + seen, seen.contains(secret));
        }
        // the district sees the other school and the child
        RegistrationCheck district = registration.check(DISTRICT, child("柳芳", IdDocumentType.OTHER, null,
                Sex.FEMALE, birth, school.id(), null), 1);
        assertTrue(district.toString(), district.similarStudents().stream()
                .anyMatch(x -> "刘芳".equals(x.name()) && other.name().equals(x.schoolName())));
        // every check was audited, without the ID number
        List<AuditRecord> checks = audit.search(DISTRICT, new AuditQuery(registrar.username(), null,
                "student.duplicate-check", null, null, null, null), 0, 50);
        assertTrue(checks.toString(), checks.size() >= 2);
        assertFalse(checks.toString(), checks.toString().contains(id.value()));
    }

    @Test
    public void theEntryGradeMustBeTaughtAndMatchTheClass() {
        try {
            registration.register(registrar, new NewRegistration(withId("七年级生", newId(), school.id(), null), 7, null));
            fail("a primary school takes no grade-7 intake");
        } catch (ValidationException e) {
            assertEquals("entryGrade", e.errors().get(0).field());
        }
        SchoolClass grade2 = schools.createClass(DISTRICT, school.id(), new ClassData(2, 1, 2025, 55, null));
        try {
            registration.register(registrar, new NewRegistration(withId("错班生", newId(), school.id(), grade2.id()), 1,
                    null));
            fail("a grade-1 entry placed in a grade-2 class");
        } catch (ValidationException e) {
            assertEquals("classId", e.errors().get(0).field());
        }
    }

    @Test
    public void studentsWithoutIdGetJNumbersInSequenceWithValidCheckCharacters() {
        LocalDate birth = LocalDate.of(2020, 5, SEQ.getAndIncrement() % 28 + 1);
        Student boy = registration.register(registrar, new NewRegistration(child("无证男" + SEQ.get(),
                IdDocumentType.OTHER, null, Sex.MALE, birth, school.id(), class1.id()), 1, null));
        Student girl = registration.register(registrar, new NewRegistration(child("无证女" + SEQ.get(),
                IdDocumentType.OTHER, null, Sex.FEMALE, birth, school.id(), class1.id()), 1, null));
        for (Student s : List.of(boy, girl)) {
            StudentRegistryNumber number = StudentRegistryNumber.parse(s.registryNumber());
            assertEquals(StudentRegistryNumber.Kind.J, number.kind());
        }
        int boySeq = Integer.parseInt(boy.registryNumber().substring(15, 18));
        int girlSeq = Integer.parseInt(girl.registryNumber().substring(15, 18));
        assertEquals("odd sequence for boys", 1, boySeq % 2);
        assertEquals("even sequence for girls", 0, girlSeq % 2);
        assertTrue(girlSeq > boySeq);
        Student passport = registration.register(registrar, new NewRegistration(child("持照" + SEQ.get(),
                IdDocumentType.PASSPORT, "E" + (10_000_000 + SEQ.getAndIncrement()), Sex.MALE, birth, school.id(),
                class1.id()), 1, null));
        assertEquals(StudentRegistryNumber.Kind.L, StudentRegistryNumber.parse(passport.registryNumber()).kind());
    }

    @Test
    public void aSuspectedDuplicateWithoutIdNeedsAJustificationThatIsKept() {
        LocalDate birth = LocalDate.of(2020, 7, SEQ.getAndIncrement() % 28 + 1);
        registration.register(otherRegistrar, new NewRegistration(child("张伟", IdDocumentType.OTHER, null, Sex.MALE,
                birth, other.id(), null), 1, null));
        // same sound, other characters: 章玮
        StudentData sameSound = child("章玮", IdDocumentType.OTHER, null, Sex.MALE, birth, school.id(), class1.id());
        RegistrationCheck check = registration.check(registrar, sameSound, 1);
        assertEquals(1, check.similarStudents().size());
        // R1: a record of another school is withheld from a school registrar; the district sees it
        assertTrue(check.similarStudents().get(0).withheld());
        RegistrationCheck forDistrict = registration.check(DISTRICT, sameSound, 1);
        assertEquals(other.name(), forDistrict.similarStudents().get(0).schoolName());
        assertTrue(forDistrict.similarStudents().get(0).sameSoundOnly());
        try {
            registration.register(registrar, new NewRegistration(sameSound, 1, " "));
            fail("D1: a suspected duplicate saved without a reason");
        } catch (ValidationException e) {
            assertEquals("duplicateJustification", e.errors().get(0).field());
        }
        Student saved = registration.register(registrar, new NewRegistration(sameSound, 1,
                "父母确认为双胞胎之外的另一名儿童，出生证明已核对"));
        assertEquals("父母确认为双胞胎之外的另一名儿童，出生证明已核对", saved.registration().duplicateJustification());
    }

    @Test
    public void lateRegistrationsAreFlaggedAndCountedInTheDeadlineProgress() {
        schools.saveEnrollmentPlan(DISTRICT, new EnrollmentPlan(school.id(), 2026, 1, 2, 3));
        // the platform date is after 30 September 2026: a September entry registered now is late (R19)
        Student s = registration.register(registrar, new NewRegistration(withId("李迟", newId(), school.id(),
                class1.id()), 1, null));
        assertTrue(s.registration().late());
        assertEquals(LocalDate.of(2026, 9, 30), s.registration().dueDate());
        DeadlineProgress row = registration.progress(registrar, 2026).stream()
                .filter(p -> p.gradeLevel() == 1).findFirst().orElseThrow();
        assertEquals(school.id(), row.schoolId());
        assertEquals(3, row.planned());
        assertTrue(row.registered() >= 1);
        assertEquals(row.registered(), row.late());
        assertEquals(DeadlineProgress.Status.OVERDUE, row.status());
    }

    @Test
    public void aVerificationFromRosterUploadToClosing() {
        ChineseIdNumber a = newId();
        ChineseIdNumber b = newId();
        ChineseIdNumber c = newId();
        registration.register(registrar, new NewRegistration(withId("赵一", a, school.id(), class1.id()), 1, null));
        registration.register(registrar, new NewRegistration(withId("钱二", b, school.id(), class1.id()), 1, null));
        registration.register(registrar, new NewRegistration(withId("孙三", c, school.id(), class2.id()), 1, null));
        VerificationCampaign campaign = verification.openCampaign(DISTRICT, new NewVerificationCampaign(2026, 1,
                "第一次人籍一致核查", LocalDate.of(2026, 12, 31)));
        SchoolVerification v = verification.forSchool(registrar, campaign.id(), school.id());
        // at school: 赵一 (right), 孙三 in class 1 instead of 2, 周四 without a record; 钱二 is absent
        String roster = "\uFEFF姓名,身份证件号,年级,班级\n赵一," + a.value() + ",1,1\n孙三," + c.value()
                + ",一年级,(1)班\n周四,,1,2\n";
        try {
            verification.uploadRoster(registrar, v.id(), "roster.xlsx", new ByteArrayInputStream(
                    "姓名,年级\n,1\n".getBytes(StandardCharsets.UTF_8)));
            fail("a roster with a bad row is refused whole");
        } catch (FileRejectedException e) {
            assertFalse(e.issues().isEmpty());
        }
        v = verification.uploadRoster(registrar, v.id(), "roster.csv",
                new ByteArrayInputStream(roster.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, v.rosterSize());
        assertEquals(3, v.recordCount());
        List<Discrepancy> found = verification.discrepancies(registrar, v.id());
        Map<DiscrepancyKind, List<String>> byKind = found.stream().collect(Collectors.groupingBy(Discrepancy::kind,
                Collectors.mapping(Discrepancy::name, Collectors.toList())));
        assertEquals(List.of("周四"), byKind.get(DiscrepancyKind.PERSON_WITHOUT_RECORD));
        assertEquals(List.of("钱二"), byKind.get(DiscrepancyKind.RECORD_WITHOUT_PERSON));
        assertEquals(List.of("孙三"), byKind.get(DiscrepancyKind.FIELD_MISMATCH));
        assertEquals("class", found.stream().filter(d -> d.kind() == DiscrepancyKind.FIELD_MISMATCH).findFirst()
                .orElseThrow().field());
        assertEquals(3, v.unresolved());
        // R1: the head teacher of class 1 sees the findings of class 1 only
        Actor headTeacher = Actor.of("ht", "一班班主任", Role.HEAD_TEACHER, school.id(), Set.of(class1.id()), "itest");
        assertEquals(Set.of("钱二", "孙三"), verification.discrepancies(headTeacher, v.id()).stream()
                .map(Discrepancy::name).collect(Collectors.toSet()));

        try {
            verification.close(registrar, v.id());
            fail("R18: closing with unresolved findings");
        } catch (DomainException expected) {
            // three open findings
        }
        try {
            verification.resolve(registrar, found.get(0).id(), ResolutionKind.EXPLAINED, "");
            fail("an explanation needs text");
        } catch (ValidationException expected) {
            // no text
        }
        for (Discrepancy d : found) {
            verification.resolve(registrar, d.id(), ResolutionKind.EXPLAINED, "已与班主任核实并处理");
        }
        SchoolVerification closed = verification.close(registrar, v.id());
        assertEquals(SchoolVerification.Status.CLOSED, closed.status());
        SemesterCompliance compliance = verification.compliance(registrar, 2026, 1).stream()
                .filter(x -> x.schoolId() == school.id()).findFirst().orElseThrow();
        assertEquals(1, compliance.closedChecks());
        assertFalse("R18: one check is fewer than two per semester", compliance.enough());
        try {
            verification.resolve(registrar, found.get(0).id(), ResolutionKind.RECORD_FIXED, null);
            fail("a closed check cannot change");
        } catch (DomainException expected) {
            // closed
        }
    }

    @Test
    public void aGradeNineStudentWithoutRecordIsCountedAsRisk() {
        School junior = schools.createSchool(DISTRICT, new SchoolData("EJ" + SEQ.getAndIncrement(), "初中" + SEQ.get(),
                SchoolType.JUNIOR, "含浦街道", List.of(), false, null, null));
        SchoolClass nine = schools.createClass(DISTRICT, junior.id(), new ClassData(9, 1, 2024, 50, null));
        VerificationCampaign campaign = verification.openCampaign(DISTRICT, new NewVerificationCampaign(2026, 1,
                "初三专项核查", LocalDate.of(2026, 12, 31)));
        SchoolVerification v = verification.forSchool(DISTRICT, campaign.id(), junior.id());
        v = verification.submitPresence(DISTRICT, v.id(), nine.id(), Set.of(), List.of(
                new org.xueji.enrollment.api.RosterEntry(0, "吴九", null, 9, 1, null)));
        assertEquals(1, v.grade9WithoutRecord());
        assertEquals(Set.of(nine.id()), v.tickedClassIds());
        assertEquals("the only class with students is ticked", 0, v.untickedClasses());
    }

    @Test
    public void thePrintedFormIsAPdfAndPrintingIsAudited() {
        Student s = registration.register(registrar, new NewRegistration(withId("刘印", newId(), school.id(),
                class1.id()), 1, null));
        byte[] pdf = forms.registrationForm(registrar, s.id());
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 5_000);
        long prints = audit.count(DISTRICT, new AuditQuery(registrar.username(), null, "student.print", "student",
                String.valueOf(s.id()), null, null));
        assertEquals(1, prints);
        Actor principal = Actor.of("p", "校长", Role.PRINCIPAL, school.id(), Set.of(), "itest");
        try {
            forms.registrationForm(principal, s.id());
            fail("printing personal data needs EXPORT_DATA");
        } catch (DomainException expected) {
            // a principal has no EXPORT_DATA
        }
    }
}
