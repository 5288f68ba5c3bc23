package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.audit.ChainBreak;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.DisabilityType;
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
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudyMode;

/**
 * The registry services inside OSGi, on the real schema (Liquibase) and Hibernate on Derby:
 * students written and read back, one person one record (D1), school scope (R1), edits
 * that would move a record refused (R3), and nothing half-written.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StudentServiceIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final Actor DISTRICT = Actor.system("itest");

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject
    @Filter(timeout = 120_000)
    private StudentService students;

    @Inject
    @Filter(timeout = 120_000)
    private SchoolService schools;

    @Inject
    @Filter(timeout = 120_000)
    private AuditService audit;

    /** Issue 14 (R3): key-field corrections go through the transfer module's workflow. */
    @Inject
    @Filter(timeout = 120_000)
    private org.xueji.transfer.api.TransferService transfers;

    /** The shared database, as someone with write access to it would use it. */
    @Inject
    @Filter(value = "(osgi.jndi.service.name=xueji)", timeout = 120_000)
    private DataSource database;

    private School schoolA;
    private School schoolB;
    private SchoolClass classA;
    private SchoolClass classB;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Before
    public void schools() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        schoolA = schools.createSchool(DISTRICT, new SchoolData("A" + suffix, "测试第一小学" + suffix, SchoolType.PRIMARY,
                "含浦街道", List.of("含浦社区"), false, "岳麓区含浦街道 1 号", "0731-88000001"));
        schoolB = schools.createSchool(DISTRICT, new SchoolData("B" + suffix, "测试第二小学" + suffix, SchoolType.PRIMARY,
                "坪塘街道", List.of("坪塘社区"), false, "岳麓区坪塘街道 2 号", "0731-88000002"));
        classA = schools.createClass(DISTRICT, schoolA.id(), new ClassData(1, 1, 2026, 45, "李老师"));
        classB = schools.createClass(DISTRICT, schoolB.id(), new ClassData(1, 1, 2026, 45, "王老师"));
    }

    @Test
    public void aRegisteredStudentIsReadBack() {
        StudentData data = student("张小明", schoolA, classA);
        Student saved = students.register(DISTRICT, data);
        assertEquals("G" + data.idNumber(), saved.registryNumber());

        Student read = students.get(DISTRICT, saved.id());
        assertEquals("张小明", read.data().name());
        assertEquals(data.idNumber(), read.data().idNumber());
        assertEquals(classA.id(), (long) read.data().classId());
        assertEquals(2, read.data().guardians().size());

        assertTrue(students.findByIdNumber(DISTRICT, data.idNumber()).isPresent());
        // lower-case x and spaces are normalised the same way on search
        assertEquals(1, students.count(DISTRICT, StudentQuery.all().withIdNumber(" " + data.idNumber().toLowerCase())));
        assertEquals(1, students.count(DISTRICT, StudentQuery.all().withName("张小").withSchool(schoolA.id())));
        assertEquals("张小明", students.search(DISTRICT, StudentQuery.all().withRegistryNumber(saved.registryNumber()),
                0, 10).get(0).name());
    }

    @Test
    public void oneStudentOneRecordNamesTheSchoolHoldingIt() {
        StudentData first = student("李华", schoolA, classA);
        students.register(DISTRICT, first);
        StudentData again = new StudentData("李华", first.sex(), first.birthDate(), first.idType(), first.idNumber(),
                null, null, "01", "CHN", "岳麓区", HouseholdType.NON_AGRICULTURAL, "岳麓区", YearMonth.of(2026, 9),
                EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, schoolB.id(), classB.id(), first.guardians());
        long before = students.count(DISTRICT, StudentQuery.all().withSchool(schoolB.id()));
        try {
            students.register(DISTRICT, again);
            fail("D1: a second record for the same ID number must be refused");
        } catch (ValidationException e) {
            assertEquals(RegistryMessages.DUPLICATE_ID_NUMBER, e.errors().get(0).messageKey());
            assertTrue("names the school holding the record: " + e.getMessage(),
                    e.getMessage().contains(schoolA.name()));
        }
        assertEquals(before, students.count(DISTRICT, StudentQuery.all().withSchool(schoolB.id())));
    }

    @Test
    public void anInvalidIdNumberIsRefusedAndNothingIsStored() {
        StudentData valid = student("王芳", schoolA, classA);
        String wrongCheck = valid.idNumber().substring(0, 17) + (valid.idNumber().charAt(17) == '0' ? '1' : '0');
        StudentData invalid = withIdNumber(valid, wrongCheck);
        long before = students.count(DISTRICT, StudentQuery.all());
        try {
            students.register(DISTRICT, invalid);
            fail("D1: wrong check character must be refused");
        } catch (ValidationException e) {
            assertEquals("idNumber", e.errors().get(0).field());
            assertTrue(e.getMessage(), e.getMessage().contains("校验"));
        }
        assertEquals(before, students.count(DISTRICT, StudentQuery.all()));
    }

    @Test
    public void aSchoolActorSeesAndChangesOnlyItsOwnSchool() {
        Student inB = students.register(DISTRICT, student("赵敏", schoolB, classB));
        students.register(DISTRICT, student("钱进", schoolA, classA));
        Actor registrarA = Actor.of("registrar-a", "甲校学籍管理员", Role.SCHOOL_REGISTRAR, schoolA.id(), Set.of(),
                "itest");

        try {
            students.get(registrarA, inB.id());
            fail("R1: another school's record must not be readable");
        } catch (AccessDeniedException expected) {
            assertEquals(PlatformMessages.OTHER_SCHOOL, expected.messageKey());
        }
        // a search for the other school, or for everything, stays inside the actor's school
        try {
            students.count(registrarA, StudentQuery.all().withSchool(schoolB.id()));
            fail("R1: searching another school must be refused");
        } catch (AccessDeniedException expected) {
            // refused
        }
        assertTrue(students.search(registrarA, StudentQuery.all(), 0, 1000).stream()
                .allMatch(s -> s.schoolId() == schoolA.id()));
        assertFalse(students.findByIdNumber(registrarA, inB.data().idNumber()).isPresent());
        try {
            students.register(registrarA, student("孙丽", schoolB, classB));
            fail("R1: registering into another school must be refused");
        } catch (AccessDeniedException expected) {
            // refused
        }
        assertEquals(1, schools.listSchools(registrarA).size());
    }

    @Test
    public void anEditWithAStaleVersionOrAnotherSchoolIsRefused() {
        Student saved = students.register(DISTRICT, student("周杰", schoolA, classA));
        Student changed = students.update(DISTRICT, saved.id(), saved.version(), withAddress(saved.data(), "新地址 1 号"));
        assertEquals("新地址 1 号", students.get(DISTRICT, saved.id()).data().currentAddress());
        try {
            students.update(DISTRICT, saved.id(), saved.version(), withAddress(saved.data(), "新地址 2 号"));
            fail("a stale version must not overwrite a newer change");
        } catch (DomainException e) {
            assertEquals(PlatformMessages.CONCURRENT_CHANGE, e.messageKey());
        }
        try {
            students.update(DISTRICT, saved.id(), changed.version(), saved.data().withPlacement(schoolB.id(), classB.id()));
            fail("R3: moving a record to another school is a transfer, not an edit");
        } catch (DomainException e) {
            assertEquals(RegistryMessages.SCHOOL_CHANGE_NEEDS_TRANSFER, e.messageKey());
        }
        Student stored = students.get(DISTRICT, saved.id());
        assertEquals("新地址 1 号", stored.data().currentAddress());
        assertEquals(schoolA.id(), (long) stored.data().schoolId());
    }

    @Test
    public void aBatchWithOneBadRowStoresNothing() {
        List<StudentData> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(student("批量" + i, schoolA, classA));
        }
        StudentData bad = batch.get(3);
        batch.set(3, withIdNumber(bad, bad.idNumber().substring(0, 17) + (bad.idNumber().charAt(17) == '0' ? '1' : '0')));
        long before = students.count(DISTRICT, StudentQuery.all().withSchool(schoolA.id()));
        try {
            students.registerAll(DISTRICT, batch);
            fail("a batch with an invalid row must be refused");
        } catch (ValidationException expected) {
            // refused as a whole
        }
        assertEquals(before, students.count(DISTRICT, StudentQuery.all().withSchool(schoolA.id())));
        batch.set(3, student("批量3", schoolA, classA));
        assertEquals(5, students.registerAll(DISTRICT, batch));
        assertEquals(before + 5, students.count(DISTRICT, StudentQuery.all().withSchool(schoolA.id())));
    }

    @Test
    public void r7_anAuditRowOfAnEditCarriesNoIdNumberOrAddressInClear() {
        StudentData data = student("钱多多", schoolA, classA);
        Student saved = students.register(DISTRICT, data);
        String newId = ChineseIdNumber.of(TestIds.STUDENT_SERVICE, data.birthDate(),
                (Integer.parseInt(data.idNumber().substring(14, 17)) + 500) % 1000).value(); // same parity: same sex
        // R3 (issue 14): the address is edited directly; the ID number only by a correction the district approves
        students.update(DISTRICT, saved.id(), saved.version(), withAddress(data, "岳麓区桃花路 66 号"));
        org.xueji.transfer.api.ChangeRequest correction = transfers.submit(DISTRICT, new org.xueji.transfer.api.NewChange(
                org.xueji.transfer.api.ChangeType.CORRECTION, saved.id(), null, null, null, java.time.LocalDate.now(),
                "身份证号录入错误", null, null, true, new org.xueji.registry.api.transfer.KeyFields(null, null, null, null,
                newId, null), null, List.of()));
        transfers.decide(org.xueji.platform.api.Actor.of("it-leader", "区领导", org.xueji.platform.api.Role.DISTRICT_LEADER,
                null, java.util.Set.of(), "itest"), correction.id(), org.xueji.platform.api.workflow.Decision.APPROVE, null);

        List<AuditRecord> rows = audit.search(DISTRICT, new AuditQuery(null, null, null, "student",
                String.valueOf(saved.id()), null, null), 0, 50);
        AuditRecord update = rows.stream().filter(r -> r.action().equals("student.update")).findFirst().orElseThrow();
        assertEquals("fields: [\"currentAddress\"]", update.changes());
        AuditRecord corrected = rows.stream().filter(r -> r.action().equals("registry.record.correct")).findFirst()
                .orElseThrow();
        assertEquals("fields: [\"change\", \"idNumber\"]", corrected.changes());
        for (AuditRecord r : rows) {
            String text = String.valueOf(r.changes());
            for (String personal : List.of(data.idNumber(), newId, "桃花路", data.currentAddress(), "钱多多", "13900000002")) {
                assertFalse("R7: " + r.action() + " row holds " + personal + ": " + text, text.contains(personal));
            }
        }
        // the values are in the record history, for those who may see the student
        assertTrue(students.history(DISTRICT, saved.id()).stream().anyMatch(h -> h.field().equals("idNumber")
                && data.idNumber().equals(h.oldValue()) && newId.equals(h.newValue()) && h.auditEventId() == corrected.id()));
    }

    @Test
    public void r7_rewritingAnAuditRowAndRecomputingTheChainInTheDatabaseIsDetectedAgainstTheAnchor() throws Exception {
        Student saved = students.register(DISTRICT, student("孙小圣", schoolA, classA));
        audit.anchor(DISTRICT);
        students.update(DISTRICT, saved.id(), saved.version(), withAddress(saved.data(), "岳麓区麓山路 1 号"));
        assertTrue("intact before the attack", audit.verify(DISTRICT).intact());

        long registerRow = audit.search(DISTRICT, new AuditQuery(null, null, "student.register", "student",
                String.valueOf(saved.id()), null, null), 0, 1).get(0).id();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            // hold the head as an appender would, so nothing is appended meanwhile
            c.createStatement().executeUpdate("UPDATE AUD_HEAD SET LAST_ID = LAST_ID WHERE ID = 1");
            String previous = null;
            try (PreparedStatement read = c.prepareStatement("SELECT ID, CAST(EVENT_TIME AS VARCHAR(40)), USERNAME, "
                    + "DISPLAY_NAME, ROLE, SCHOOL_ID, ACTION, TARGET_TYPE, TARGET_ID, CHANGES, CLIENT_ADDRESS, "
                    + "PREVIOUS_HASH FROM AUD_EVENT WHERE ID >= ? ORDER BY ID")) {
                read.setLong(1, registerRow);
                try (ResultSet r = read.executeQuery();
                     PreparedStatement write = c.prepareStatement(
                             "UPDATE AUD_EVENT SET CHANGES = ?, PREVIOUS_HASH = ?, HASH = ? WHERE ID = ?")) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        String changes = id == registerRow ? "fields: [\"grade\"]" : r.getString(10);
                        previous = previous == null ? r.getString(12) : previous;
                        String hash = AttackerHash.of(id, previous, r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), (Long) r.getObject(6), r.getString(7), r.getString(8), r.getString(9),
                                changes, r.getString(11));
                        write.setString(1, changes);
                        write.setString(2, previous);
                        write.setString(3, hash);
                        write.setLong(4, id);
                        write.executeUpdate();
                        previous = hash;
                    }
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE AUD_HEAD SET LAST_HASH = ? WHERE ID = 1")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
            c.commit();
        }

        ChainVerification result = audit.verify(DISTRICT);
        assertFalse("R7: the rewrite must be detected", result.intact());
        // detected by the seal and the anchor, not by a hash the attacker got wrong
        assertTrue(result.reasonText(Locale.ENGLISH), result.reason() == ChainBreak.REWRITTEN_AGAINST_ANCHOR
                || result.reason() == ChainBreak.REWRITTEN_AGAINST_HEAD_SEAL);
        assertTrue(result.reasonText(Locale.ENGLISH), result.firstBrokenId() <= registerRow);
    }

    private static StudentData student(String name, School school, SchoolClass schoolClass) {
        int seq = SEQUENCE.getAndAdd(2); // even: female
        LocalDate birth = LocalDate.of(2019, 1, 1).plusDays(seq % 360);
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.STUDENT_SERVICE, birth, seq % 1000);
        ChineseIdNumber mother = ChineseIdNumber.of(TestIds.STUDENT_SERVICE, LocalDate.of(1990, 5, 1).plusDays(seq % 300), seq % 1000);
        return new StudentData(name, id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID, id.value(), "湖南长沙",
                "湖南长沙", "01", "CHN", "湖南省长沙市岳麓区含浦街道", HouseholdType.NON_AGRICULTURAL,
                "湖南省长沙市岳麓区含浦街道 8 号", YearMonth.of(2025, 9), EntryWay.NEARBY, StudyMode.DAY, true, true,
                LeftBehindStatus.NONE, false, false, false, false, DisabilityType.NONE, school.id(), schoolClass.id(),
                List.of(new Guardian("张大山", "父亲", "13800000001", null),
                        new Guardian("刘小红", "母亲", "13900000002", mother.value())));
    }

    private static StudentData withIdNumber(StudentData d, String idNumber) {
        return new StudentData(d.name(), d.sex(), d.birthDate(), d.idType(), idNumber, d.birthPlace(), d.nativePlace(),
                d.ethnicityCode(), d.nationality(), d.householdAddress(), d.householdType(), d.currentAddress(),
                d.entryYearMonth(), d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(),
                d.migrant(), d.orphan(), d.martyrChild(), d.inclusion(), d.disability(), d.schoolId(), d.classId(),
                d.guardians());
    }

    private static StudentData withAddress(StudentData d, String address) {
        return new StudentData(d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.birthPlace(),
                d.nativePlace(), d.ethnicityCode(), d.nationality(), d.householdAddress(), d.householdType(), address,
                d.entryYearMonth(), d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(),
                d.migrant(), d.orphan(), d.martyrChild(), d.inclusion(), d.disability(), d.schoolId(), d.classId(),
                d.guardians());
    }
}
