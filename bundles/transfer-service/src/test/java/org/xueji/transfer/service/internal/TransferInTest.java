package org.xueji.transfer.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.transfer.service.internal.TransferFixture.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.ledger.api.IncidentType;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.api.transfer.TransferRegistryMessages;
import org.xueji.transfer.api.ChangeQuery;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.IncomingTransfer;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.api.TransferSteps;

@DisplayName("Issue 14: transfer in from another district or province (转入) on the real schemas")
class TransferInTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 12);
    /** A child registered in Guangzhou (outside the district), ID number with a valid check character. */
    static final String ID_OUTSIDE = ChineseIdNumber.of("440106", LocalDate.of(2013, 5, 20), 37).value();

    TransferFixture f;

    @BeforeEach
    void setUp() {
        f = new TransferFixture(TestWorkingDays.weekdays(2026));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** The record as entered from the sending school's printed 学籍登记表. */
    static StudentData printedForm(String idNumber) {
        ChineseIdNumber id = ChineseIdNumber.parse(idNumber);
        return new StudentData("转入学生", id.sex(), id.birthDate(), IdDocumentType.RESIDENT_ID, idNumber, "广州市",
                "广州市", "01", "CHN", "广州市天河区", HouseholdType.NON_AGRICULTURAL, "长沙市芙蓉区",
                YearMonth.of(2025, 9), EntryWay.NEARBY, StudyMode.DAY, false, true, LeftBehindStatus.NONE, true,
                false, false, false, DisabilityType.NONE, null, null,
                List.of(new Guardian("家长", "父亲", "13800000000", null)));
    }

    static IncomingTransfer incoming(String idNumber, long school, long classId, int grade) {
        return new IncomingTransfer(printedForm(idNumber), grade, school, classId, DAY, "随父母迁居本区",
                "广东省广州市天河区某中学", true, null, transferEvidence());
    }

    static List<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + ":" + x.messageKey().key()).toList();
    }

    ValidationException refused(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    long recordsWith(String idNumber) {
        return f.store.count("SELECT COUNT(*) FROM REG_STUDENT WHERE ID_NUMBER = '" + idNumber + "'");
    }

    long changes() {
        return f.store.count("SELECT COUNT(*) FROM TRF_CHANGE");
    }

    // ---- the whole way

    @Test
    @DisplayName("R11 籍随人走: receiving principal → reply recorded → district; the record is created in the class with its history")
    void r11_approvedTransferInCreatesTheRecordInTheTargetClass() {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        assertThat(r.type()).isEqualTo(ChangeType.TRANSFER_IN);
        assertThat(r.studentId()).isZero();
        assertThat(r.currentStep()).isEqualTo(TransferSteps.RECEIVING_PRINCIPAL);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 10, 21)); // R17: 7 working days
        assertThat(recordsWith(ID_OUTSIDE)).isZero();

        assertThat(f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null).currentStep())
                .isEqualTo(TransferSteps.DISTRICT);
        assertThat(f.service.recordReply(REGISTRAR_B, r.id(), true, "原校回执：同意转出").replyAgreed()).isTrue();
        ChangeRequest done = f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");

        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(done.studentId()).isPositive();
        long s = done.studentId();
        assertThat(recordsWith(ID_OUTSIDE)).isEqualTo(1);
        assertThat(f.schoolOf(s)).isEqualTo(SCHOOL_B);
        assertThat(f.classOf(s)).isEqualTo(CLASS_B7);
        assertThat(f.statusOf(s)).isEqualTo("ACTIVE");
        // the G 学籍号: G + the resident ID number
        assertThat(f.text("SELECT REGISTRY_NUMBER FROM REG_STUDENT WHERE ID = " + s)).isEqualTo("G" + ID_OUTSIDE);
        // the change in the record's history, and the created values
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'change' AND NEW_VALUE = 'transfer:" + r.id() + "'")).isEqualTo(1);
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'classId' AND NEW_VALUE = '" + CLASS_B7 + "'")).isEqualTo(1);
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'schoolId' AND NEW_VALUE = '" + SCHOOL_B + "'")).isEqualTo(1);
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'name' AND NEW_VALUE = '转入学生'")).isEqualTo(1);
        assertThat(f.service.ofStudent(REGISTRAR_B, s)).extracting(ChangeRequest::type)
                .containsExactly(ChangeType.TRANSFER_IN);
        // the entered copy is gone: the registry holds the record
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_INCOMING")).isZero();
        assertThat(f.store.actions()).contains("transfer.submit", "registry.record.transfer-in", "transfer.decided");
        // no personal values in any audit row
        assertThat(f.store.audit()).allSatisfy(a -> assertThat(String.valueOf(a.changes())).doesNotContain(ID_OUTSIDE)
                .doesNotContain("转入学生"));
        // listed like the others (xueji:transfers reads the same list)
        assertThat(f.service.list(REGISTRAR_B, ChangeQuery.ALL, 0, 10)).extracting(ChangeRequest::type)
                .contains(ChangeType.TRANSFER_IN);
        // counted as a transfer in of the receiving school
        assertThat(f.service.statistics(ADMIN, 2026).months()).anySatisfy(m -> {
            assertThat(m.schoolId()).isEqualTo(SCHOOL_B);
            assertThat(m.in()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("R3: a rejected transfer in creates nothing and keeps no copy of the child's data")
    void r3_rejectedTransferInCreatesNothing() {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        long students = f.store.count("SELECT COUNT(*) FROM REG_STUDENT");
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.recordReply(REGISTRAR_B, r.id(), true, null);
        ChangeRequest rejected = f.service.decide(LEADER, r.id(), Decision.REJECT, "材料不全");
        assertThat(rejected.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(rejected.studentId()).isZero();
        assertThat(recordsWith(ID_OUTSIDE)).isZero();
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT")).isEqualTo(students);
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_INCOMING")).isZero();
    }

    @Test
    @DisplayName("The sending side's reply is recorded before the district step: missing or refused, the approval is refused and nothing is created")
    void replyMissingOrRefusedBlocksTheDistrictStep() {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        assertThatThrownBy(() -> f.service.decide(LEADER, r.id(), Decision.APPROVE, null))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(TransferMessages.REPLY_MISSING_SENDING));
        assertThat(f.service.get(LEADER, r.id()).currentStep()).isEqualTo(TransferSteps.DISTRICT);
        assertThat(recordsWith(ID_OUTSIDE)).isZero();

        f.service.recordReply(REGISTRAR_B, r.id(), false, "原校不同意");
        assertThatThrownBy(() -> f.service.decide(LEADER, r.id(), Decision.APPROVE, null))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(TransferMessages.REPLY_REFUSED_SENDING));
        assertThat(f.service.get(LEADER, r.id()).status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(recordsWith(ID_OUTSIDE)).isZero();
    }

    // ---- the checks, each named by its rule

    @Test
    @DisplayName("D1 一人一籍: an ID number with a record in the district is refused, naming the record (masked); nothing stored")
    void d1_idNumberWithARecordInTheDistrictRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        String held = f.idNumberOf(s);
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B,
                incoming(held, SCHOOL_B, CLASS_B7, 7)));
        assertThat(fields(e)).containsExactly("D1:" + TransferMessages.TRANSFER_IN_RECORD_EXISTS.key());
        String masked = (String) e.errors().get(0).args()[0];
        assertThat(masked).startsWith("G").isNotEqualTo("G" + held).doesNotContain(held);
        assertThat(changes()).isZero();
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_INCOMING")).isZero();
    }

    @Test
    @DisplayName("D1 at the decision: a record of the ID number registered meanwhile refuses the approval (registry's ID_NUMBER_TAKEN), nothing changes")
    void d1_recordRegisteredMeanwhileRefusesTheApproval() {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.recordReply(REGISTRAR_B, r.id(), true, null);
        long s = f.student(SCHOOL_A, CLASS_A7);
        f.store.execute("UPDATE REG_STUDENT SET ID_NUMBER = '" + ID_OUTSIDE + "', REGISTRY_NUMBER = 'G" + ID_OUTSIDE
                + "' WHERE ID = " + s);
        ValidationException e = refused(() -> f.service.decide(LEADER, r.id(), Decision.APPROVE, null));
        assertThat(fields(e)).containsExactly("idNumber:" + TransferRegistryMessages.ID_NUMBER_TAKEN.key());
        assertThat(recordsWith(ID_OUTSIDE)).isEqualTo(1);
        assertThat(f.service.get(LEADER, r.id()).status()).isEqualTo(ChangeStatus.PENDING);
    }

    @Test
    @DisplayName("A second transfer in of the same child while one is pending is refused")
    void pendingTransferInOfTheSameChildRefused() {
        ChangeRequest first = f.service.submitTransferIn(REGISTRAR_B, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B,
                incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7)));
        assertThat(fields(e)).containsExactly("pending:" + TransferMessages.PENDING_CHANGE_EXISTS.key());
        assertThat(e.errors().get(0).args()).containsExactly(first.id());
    }

    @Test
    @DisplayName("R10: the grade on the sending school's form must be the target class's grade")
    void r10_gradeOfTheFormMustMatchTheClass() {
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B,
                incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 8)));
        assertThat(fields(e)).contains("R10:" + TransferMessages.R10_GRADE_MISMATCH.key());
        assertThat(changes()).isZero();
    }

    @Test
    @DisplayName("R15: the target class stays within the cap after the move")
    void r15_fullClassRefused() {
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B,
                incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7_FULL, 7)));
        assertThat(fields(e)).containsExactly("R15:" + TransferMessages.R15_CLASS_FULL.key());
        assertThat(changes()).isZero();
    }

    @Test
    @DisplayName("R8: a 大校额 school is refused; the district may override with a written reason (ledgered)")
    void r8_oversizeSchoolRefusedUnlessTheDistrictOverrides() {
        Actor registrarBig = Actor.of("registrar-c", "学籍员丙", Role.SCHOOL_REGISTRAR, SCHOOL_BIG, null, "t");
        ValidationException e = refused(() -> f.service.submitTransferIn(registrarBig,
                incoming(ID_OUTSIDE, SCHOOL_BIG, CLASS_BIG7, 7)));
        assertThat(fields(e)).containsExactly("R8:" + TransferMessages.R8_SCHOOL_OVERSIZE.key());
        // a school's own override reason is refused
        ValidationException own = refused(() -> f.service.submitTransferIn(registrarBig,
                incoming(ID_OUTSIDE, SCHOOL_BIG, CLASS_BIG7, 7).withOverride("学校自行说明")));
        assertThat(fields(own)).contains("overrideReason:" + TransferMessages.OVERRIDE_DISTRICT_ONLY.key());
        assertThat(changes()).isZero();

        ChangeRequest r = f.service.submitTransferIn(ADMIN, incoming(ID_OUTSIDE, SCHOOL_BIG, CLASS_BIG7, 7)
                .withOverride("军人子女，按政策安排"));
        assertThat(r.overrideReason()).isEqualTo("军人子女，按政策安排");
        assertThat(f.ledgerPosts).extracting(p -> p.reference()).contains("override:" + r.id());
    }

    @Test
    @DisplayName("R8: the grade's enrollment plan is full")
    void r8_planFullRefused() {
        f.plan(SCHOOL_B, 2026, 7, 10); // 55 already in grade 7 of school B
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B,
                incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7)));
        assertThat(fields(e)).containsExactly("R8:" + TransferMessages.R8_PLAN_FULL.key());
    }

    @Test
    @DisplayName("R9: 户口/房产 and the sending school's sealed 学籍登记表 are required; R11 without admission conditions is ledgered")
    void r9_evidenceRequiredAndR11Ledgered() {
        IncomingTransfer bare = new IncomingTransfer(printedForm(ID_OUTSIDE), 7, SCHOOL_B, CLASS_B7, DAY, "迁居",
                "广州市某中学", true, null, List.of(new EvidenceUpload(EvidenceCategory.OTHER, "x.pdf", PDF)));
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B, bare));
        assertThat(fields(e)).containsExactly("R9:" + TransferMessages.EVIDENCE_MISSING.key());

        IncomingTransfer noConditions = new IncomingTransfer(printedForm(ID_OUTSIDE), 7, SCHOOL_B, CLASS_B7, DAY,
                "迁居", "广州市某中学", false, null, transferEvidence().subList(0, 2));
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, noConditions);
        assertThat(f.ledgerPosts).anySatisfy(p -> {
            assertThat(p.type()).isEqualTo(IncidentType.R11_ADMISSION_CONDITIONS);
            assertThat(p.reference()).isEqualTo("r11:" + r.id());
        });
    }

    @Test
    @DisplayName("R12: a class of another school is refused (借读)")
    void r12_classOfAnotherSchoolRefused() {
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B,
                incoming(ID_OUTSIDE, SCHOOL_B, CLASS_A7, 7)));
        assertThat(fields(e)).contains("targetClassId:" + TransferMessages.TARGET_CLASS_OTHER_SCHOOL.key());
    }

    @Test
    @DisplayName("R17: a deadline in a year without calendar data is refused at submission, nothing stored")
    void r17_deadlineInYearWithoutCalendarRefused() {
        f.store.clock().setToday(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> f.service.submitTransferIn(REGISTRAR_B, new IncomingTransfer(printedForm(ID_OUTSIDE),
                7, SCHOOL_B, CLASS_B7, LocalDate.of(2026, 12, 28), "迁居", "广州市某中学", true, null,
                transferEvidence()))).isInstanceOf(CalendarYearMissingException.class);
        assertThat(changes()).isZero();
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_INCOMING")).isZero();
    }

    @Test
    @DisplayName("Bad input: the entered record is validated like a registration; a mistyped ID, a date before entry are refused")
    void badRecordDataRefused() {
        String wrongCheck = ID_OUTSIDE.substring(0, 17) + (ID_OUTSIDE.charAt(17) == '1' ? "2" : "1");
        StudentData passport = printedForm(ID_OUTSIDE);
        StudentData mistyped = new StudentData(passport.name(), passport.sex(), passport.birthDate(),
                IdDocumentType.RESIDENT_ID, wrongCheck, passport.birthPlace(), passport.nativePlace(),
                passport.ethnicityCode(), passport.nationality(), passport.householdAddress(), passport.householdType(),
                passport.currentAddress(), passport.entryYearMonth(), passport.entryWay(), passport.studyMode(),
                false, false, LeftBehindStatus.NONE, false, false, false, false, DisabilityType.NONE, null, null,
                passport.guardians());
        ValidationException e = refused(() -> f.service.submitTransferIn(REGISTRAR_B, new IncomingTransfer(mistyped, 7,
                SCHOOL_B, CLASS_B7, DAY, "迁居", "广州市某中学", true, null, transferEvidence())));
        assertThat(e.errors()).extracting(x -> x.field()).contains("idNumber");

        ValidationException d = refused(() -> f.service.submitTransferIn(REGISTRAR_B, new IncomingTransfer(
                printedForm(ID_OUTSIDE), 7, SCHOOL_B, CLASS_B7, LocalDate.of(2025, 8, 1), "迁居", "广州市某中学", true,
                null, transferEvidence())));
        assertThat(fields(d)).contains("effectiveDate:" + TransferMessages.DATE_BEFORE_ENTRY.key());
        assertThat(changes()).isZero();
    }

    /** The printed form of a child with another document (or none): the same child, another document. */
    static StudentData withDocument(StudentData d, IdDocumentType type, String number) {
        // a child without a resident ID needs a guardian's (the registration's rule)
        List<Guardian> guardians = List.of(new Guardian("家长", "父亲", "13800000000", GUARDIAN_ID));
        return new StudentData(d.name(), d.sex(), d.birthDate(), type, number, d.birthPlace(), d.nativePlace(),
                d.ethnicityCode(), d.nationality(), d.householdAddress(), d.householdType(), d.currentAddress(),
                d.entryYearMonth(), d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(),
                d.migrant(), d.orphan(), d.martyrChild(), d.inclusion(), d.disability(), null, null, guardians);
    }

    static final String GUARDIAN_ID = ChineseIdNumber.of("440106", LocalDate.of(1985, 3, 14), 35).value();

    ChangeRequest approvedTransferIn(StudentData record) {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, new IncomingTransfer(record, 7, SCHOOL_B, CLASS_B7,
                DAY, "随父母迁居本区", "香港某小学", true, null, transferEvidence()));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.recordReply(REGISTRAR_B, r.id(), true, "原校回执：同意转出");
        return f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");
    }

    @Test
    @DisplayName("学籍号 as at registration: a child with a passport gets a temporary L number, a child without any document a J number")
    void childWithoutResidentIdGetsTheRegistrationsNumber() {
        StudentData form = printedForm(ID_OUTSIDE);
        String birth = form.birthDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);

        ChangeRequest withPassport = approvedTransferIn(withDocument(form, IdDocumentType.PASSPORT, "E12345678"));
        assertThat(withPassport.status()).isEqualTo(ChangeStatus.APPROVED);
        String l = f.text("SELECT REGISTRY_NUMBER FROM REG_STUDENT WHERE ID = " + withPassport.studentId());
        // L + the district's area code (registry default 430104) + birth date + 4 digits
        assertThat(l).matches("L430104" + birth + "\\d{4}");
        assertThat(f.text("SELECT ID_TYPE FROM REG_STUDENT WHERE ID = " + withPassport.studentId()))
                .isEqualTo(IdDocumentType.PASSPORT.code());

        // D1: the same passport number again is refused at submission (its record is in the district now)
        ValidationException again = refused(() -> f.service.submitTransferIn(REGISTRAR_B, new IncomingTransfer(
                withDocument(form, IdDocumentType.PASSPORT, "E12345678"), 7, SCHOOL_B, CLASS_B7, DAY, "迁居",
                "香港某小学", true, null, transferEvidence())));
        assertThat(fields(again)).contains("D1:" + TransferMessages.TRANSFER_IN_RECORD_EXISTS.key());

        ChangeRequest withNone = approvedTransferIn(withDocument(form, IdDocumentType.OTHER, null));
        assertThat(withNone.status()).isEqualTo(ChangeStatus.APPROVED);
        String j = f.text("SELECT REGISTRY_NUMBER FROM REG_STUDENT WHERE ID = " + withNone.studentId());
        // J + area + birth date + the sex's next sequence (odd for a boy, even for a girl) + check character
        assertThat(j).startsWith("J430104" + birth).hasSize(19);
        int sequence = Integer.parseInt(j.substring(15, 18));
        assertThat(sequence % 2 == 1).isEqualTo(form.sex() == org.xueji.platform.api.identity.Sex.MALE);
        assertThat(org.xueji.platform.api.identity.StudentRegistryNumber.isValid(j)).isTrue();
    }

    // ---- scope

    @Test
    @DisplayName("R1 scope: another school cannot start it for school B, decide its principal step, record the reply or see it")
    void r1_anotherSchoolCannotStartDecideOrSeeIt() {
        assertThatThrownBy(() -> f.service.submitTransferIn(REGISTRAR_A, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.submitTransferIn(TEACHER_B, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(changes()).isZero();
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        assertThatThrownBy(() -> f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.decide(REGISTRAR_B, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.recordReply(REGISTRAR_A, r.id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.get(REGISTRAR_A, r.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(f.service.get(PRINCIPAL_B, r.id()).currentStep()).isEqualTo(TransferSteps.RECEIVING_PRINCIPAL);
    }
}
