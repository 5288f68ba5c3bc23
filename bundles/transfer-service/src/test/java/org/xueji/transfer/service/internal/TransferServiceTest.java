package org.xueji.transfer.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.transfer.service.internal.TransferFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.ledger.api.IncidentType;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowMessages;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.registry.api.transfer.KeyFields;
import org.xueji.registry.api.transfer.TransferRegistryMessages;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.registry.api.followup.AtRiskSource;
import org.xueji.transfer.api.ChangeQuery;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.api.TransferSteps;

@DisplayName("Issue 14: registry changes on the real schemas (transfer, registry, workflow)")
class TransferServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 12);

    TransferFixture f;

    @BeforeEach
    void setUp() {
        f = new TransferFixture(TestWorkingDays.weekdays(2026));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    NewChange transfer(long student, long toSchool, long toClass, int grade) {
        return NewChange.transfer(student, toSchool, toClass, grade, DAY, "随父母工作调动", transferEvidence());
    }

    static List<MessageOf> keys(ValidationException e) {
        return e.errors().stream().map(x -> new MessageOf(x.field(), x.messageKey().key())).toList();
    }

    record MessageOf(String field, String key) {
    }

    ValidationException refused(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    ChangeRequest approveAll(ChangeRequest r) {
        ChangeRequest now = f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        assertThat(now.currentStep()).isEqualTo(TransferSteps.SENDING_SCHOOL);
        now = f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);
        assertThat(now.currentStep()).isEqualTo(TransferSteps.DISTRICT);
        return f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");
    }

    // ---- the full transfer

    @Test
    @DisplayName("R10/R11 籍随人走: receiving principal → sending school → district; the record moves with its history in the final decision")
    void r11_fullTransferMovesTheRecord() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
        assertThat(r.status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(r.currentStep()).isEqualTo(TransferSteps.RECEIVING_PRINCIPAL);
        // R17: 7 working days from Monday 12 October 2026
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 10, 21));
        assertThat(r.workingDaysLeft()).isEqualTo(7);
        assertThat(f.schoolOf(s)).isEqualTo(SCHOOL_A);

        ChangeRequest done = approveAll(r);

        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(f.schoolOf(s)).isEqualTo(SCHOOL_B);
        assertThat(f.classOf(s)).isEqualTo(CLASS_B7);
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'schoolId' AND OLD_VALUE = '1' AND NEW_VALUE = '2'")).isEqualTo(1);
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'change' AND NEW_VALUE = 'transfer:" + r.id() + "'")).isEqualTo(1);
        assertThat(f.store.actions()).contains("transfer.submit", "registry.record.move", "transfer.decided");
        // no personal values in the audit rows of the move
        String idNumber = f.idNumberOf(s);
        assertThat(f.store.audit()).allSatisfy(a -> assertThat(String.valueOf(a.changes())).doesNotContain(idNumber)
                .doesNotContain("学生" + s));
        // the sending school keeps a read-only view of what it sent
        ChangeRequest sent = f.service.get(REGISTRAR_A, r.id());
        assertThat(sent.readOnly()).isTrue();
        assertThat(f.service.list(REGISTRAR_A, ChangeQuery.ALL, 0, 10)).extracting(ChangeRequest::id).contains(r.id());
        assertThat(f.service.ofStudent(REGISTRAR_B, s)).extracting(ChangeRequest::type).containsExactly(ChangeType.TRANSFER);
        // the printable 转学联系表: a PDF, printed by a school of the transfer, audited; refused to a third school
        byte[] form = f.service.contactForm(REGISTRAR_B, r.id());
        assertThat(new String(form, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(f.store.actions()).contains("transfer.form");
        Actor third = Actor.of("registrar-c", "学籍员丙", org.xueji.platform.api.Role.SCHOOL_REGISTRAR, SCHOOL_BIG, null, "t");
        assertThatThrownBy(() -> f.service.contactForm(third, r.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R3: a rejected transfer leaves the record exactly as it was")
    void r3_rejectedLeavesRecordUnchanged() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        String before = f.row(s);
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        ChangeRequest rejected = f.service.decide(PRINCIPAL_A, r.id(), Decision.REJECT, "学生家长撤回");
        assertThat(rejected.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(f.row(s)).isEqualTo(before);
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s)).isZero();
    }

    @Test
    @DisplayName("R17: two district approvers at once — exactly one decision stands, the record moves once")
    void r17_twoApproversAtOnceExactlyOneDecision() throws Exception {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (var who : List.of(LEADER, LEADER2)) {
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    f.service.decide(who, r.id(), Decision.APPROVE, null);
                    return "ok";
                } catch (DomainException e) {
                    return e.messageKey().key();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> res : results) {
            outcomes.add(res.get());
        }
        pool.shutdown();
        // exactly one decision stands; the other is refused whether it lost the race on the step's
        // conditional update (STEP_ALREADY_DECIDED) or arrived after the request was decided (REQUEST_DECIDED)
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).singleElement().isIn(
                WorkflowMessages.STEP_ALREADY_DECIDED.key(), WorkflowMessages.REQUEST_DECIDED.key());
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'schoolId'")).isEqualTo(1);
        assertThat(f.store.actions().stream().filter("transfer.decided"::equals).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("R17: a decision by someone outside the step's scope is refused and changes nothing")
    void r17_deciderOutsideScopeRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
        // the sending school's principal cannot take the receiving principal's step
        assertThatThrownBy(() -> f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.service.get(ADMIN, r.id()).currentStep()).isEqualTo(TransferSteps.RECEIVING_PRINCIPAL);
    }

    @Test
    @DisplayName("R17: a step left past its deadline lapses once, for the deciding school (the ledger's R17 entry)")
    void r17_lapsedStepIsRecorded() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        List<LapsedStep> heard = new ArrayList<>();
        f.handlers.add(heard::add);
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
        f.store.clock().setToday(LocalDate.of(2026, 10, 22)); // the day after the 7th working day
        assertThat(f.service.list(ADMIN, new ChangeQuery(true, true, null, null), 0, 10))
                .extracting(ChangeRequest::id).containsExactly(r.id());
        f.workflow.checkLapses(ADMIN);
        f.workflow.checkLapses(ADMIN);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).requestType()).isEqualTo("transfer");
        assertThat(heard.get(0).responsibleSchoolId()).isEqualTo(SCHOOL_B);
        assertThat(heard.get(0).deadline()).isEqualTo(LocalDate.of(2026, 10, 21));
    }

    @Test
    @DisplayName("R17: a deadline in a year without calendar data is refused at submission, nothing stored")
    void r17_deadlineInYearWithoutCalendarRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        f.store.clock().setToday(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> f.service.submit(REGISTRAR_B, NewChange.transfer(s, SCHOOL_B, CLASS_B7, 7,
                LocalDate.of(2026, 12, 28), "迁居", transferEvidence())))
                .isInstanceOf(CalendarYearMissingException.class);
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_EVIDENCE")).isZero();
    }

    // ---- automatic checks, each refusing

    @Test
    @DisplayName("R10: a student without a record is refused")
    void r10_noRecordRefused() {
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_B, transfer(99999, SCHOOL_B, CLASS_B7, 7)));
        assertThat(keys(e)).containsExactly(new MessageOf("R10", TransferMessages.R10_NO_RECORD.key()));
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
    }

    @Test
    @DisplayName("R10: the record's grade must match the target grade")
    void r10_gradeMismatchRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B8, 8)));
        assertThat(keys(e)).contains(new MessageOf("R10", TransferMessages.R10_GRADE_MISMATCH.key()));
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
    }

    @Test
    @DisplayName("R15/R14: a target class that would exceed the cap after the move is refused")
    void r15_targetClassFullRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7_FULL, 7)));
        assertThat(keys(e)).containsExactly(new MessageOf("R15", TransferMessages.R15_CLASS_FULL.key()));
    }

    @Test
    @DisplayName("R8: a receiving school flagged 大校额 is refused; the district may override with a written reason (ledgered)")
    void r8_oversizeSchoolRefusedAndDistrictOverride() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        NewChange c = NewChange.transfer(s, SCHOOL_BIG, CLASS_BIG7, 7, DAY, "迁居", transferEvidence());
        ValidationException e = refused(() -> f.service.submit(ADMIN, c));
        assertThat(keys(e)).containsExactly(new MessageOf("R8", TransferMessages.R8_SCHOOL_OVERSIZE.key()));
        // a school cannot override
        Actor registrarBig = Actor.of("registrar-c", "学籍员丙", org.xueji.platform.api.Role.SCHOOL_REGISTRAR, SCHOOL_BIG, null, "t");
        ValidationException notDistrict = refused(() -> f.service.submit(registrarBig, c.withOverride("特殊情况")));
        assertThat(keys(notDistrict)).contains(new MessageOf("overrideReason",
                TransferMessages.OVERRIDE_DISTRICT_ONLY.key()));
        ChangeRequest overridden = f.service.submit(ADMIN, c.withOverride("烈士子女，区局同意特殊安置"));
        assertThat(overridden.overrideReason()).isEqualTo("烈士子女，区局同意特殊安置");
        assertThat(f.store.audit()).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("transfer.submit");
            assertThat(a.changes()).contains("override");
        });
        assertThat(f.ledgerPosts).extracting(p -> p.reference()).containsExactly("override:" + overridden.id());
    }

    @Test
    @DisplayName("R8: a grade whose enrollment plan is full is refused")
    void r8_planFullRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        f.plan(SCHOOL_B, 2026, 7, 55); // 55 students already in grade 7 of school B
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7)));
        assertThat(keys(e)).containsExactly(new MessageOf("R8", TransferMessages.R8_PLAN_FULL.key()));
    }

    @Test
    @DisplayName("A student already in a pending change is refused")
    void pendingChangeRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest first = f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7)));
        assertThat(keys(e)).containsExactly(new MessageOf("pending", TransferMessages.PENDING_CHANGE_EXISTS.key()));
        assertThat(e.errors().get(0).args()).containsExactly(first.id());
    }

    @Test
    @DisplayName("Two changes of one student started at once (two clerks, two nodes): one is stored, the other sees it pending")
    void twoChangesOfOneStudentAtOnceOneStands() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long s = f.student(SCHOOL_A, CLASS_A7);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    results.add(pool.submit((Callable<String>) () -> {
                        start.await();
                        try {
                            f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
                            return "ok";
                        } catch (ValidationException e) {
                            return e.errors().get(0).messageKey().key();
                        }
                    }));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> res : results) {
                    outcomes.add(res.get());
                }
                assertThat(outcomes).as("round %d", round)
                        .containsExactlyInAnyOrder("ok", TransferMessages.PENDING_CHANGE_EXISTS.key());
                assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE WHERE STUDENT_ID = " + s))
                        .as("changes stored for the student, round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("R12: a target class of another school (借读) and a class that does not exist are refused")
    void r12_targetClassOfAnotherSchoolOrMissingRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        assertThat(keys(refused(() -> f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_BIG7, 7)))))
                .containsExactly(new MessageOf("targetClassId", TransferMessages.TARGET_CLASS_OTHER_SCHOOL.key()));
        assertThat(keys(refused(() -> f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, 4242, 7)))))
                .containsExactly(new MessageOf("targetClassId", TransferMessages.TARGET_CLASS_NOT_FOUND.key()));
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
    }

    @Test
    @DisplayName("R12: the registry itself refuses to place a record in a class of a school that does not hold it")
    void r12_registryRefusesBorrowedPlace() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        String before = f.row(s);
        assertThatThrownBy(() -> f.store.transactions().run(em ->
                f.records.move(em, ADMIN, s, SCHOOL_A, CLASS_B7, "test:1")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey())
                        .isEqualTo(TransferRegistryMessages.CLASS_NOT_IN_SCHOOL));
        assertThat(f.row(s)).isEqualTo(before);
    }

    @Test
    @DisplayName("A transfer to the student's own school is refused")
    void sameSchoolRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_A, transfer(s, SCHOOL_A, CLASS_A7_2, 7)));
        assertThat(keys(e)).contains(new MessageOf("targetSchoolId", TransferMessages.SAME_SCHOOL.key()));
    }

    @Test
    @DisplayName("A date before the student's entry is refused")
    void dateBeforeEntryRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_B, NewChange.transfer(s, SCHOOL_B, CLASS_B7, 7,
                LocalDate.of(2025, 8, 31), "迁居", transferEvidence())));
        assertThat(keys(e)).containsExactly(new MessageOf("effectiveDate", TransferMessages.DATE_BEFORE_ENTRY.key()));
    }

    @Test
    @DisplayName("R9: a transfer without 户口/房产 and the sealed 学籍登记表 is refused")
    void r9_evidenceMissingRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ValidationException e = refused(() -> f.service.submit(REGISTRAR_B, NewChange.transfer(s, SCHOOL_B, CLASS_B7, 7,
                DAY, "迁居", List.of(new EvidenceUpload(EvidenceCategory.ADMISSION_CONDITIONS, "c.pdf", PDF)))));
        assertThat(keys(e)).containsExactly(new MessageOf("R9", TransferMessages.EVIDENCE_MISSING.key()));
    }

    @Test
    @DisplayName("R11: a transfer submitted without admission-condition evidence is ledgered for the receiving school")
    void r11_withoutConditionsLedgered() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_B, NewChange.transfer(s, SCHOOL_B, CLASS_B7, 7, DAY, "迁居",
                transferEvidence().subList(0, 2)));
        assertThat(f.ledgerPosts).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(IncidentType.R11_ADMISSION_CONDITIONS);
            assertThat(p.schoolId()).isEqualTo(SCHOOL_B);
            assertThat(p.reference()).isEqualTo("r11:" + r.id());
        });
    }

    @Test
    @DisplayName("Bad input: a renamed executable and an empty file are refused by content; nothing stored")
    void badEvidenceRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        List<EvidenceUpload> bad = List.of(new EvidenceUpload(EvidenceCategory.HOUSEHOLD, "hukou.pdf", EXE),
                new EvidenceUpload(EvidenceCategory.REGISTRATION_FORM, "form.pdf", PDF));
        assertThatThrownBy(() -> f.service.submit(REGISTRAR_B, NewChange.transfer(s, SCHOOL_B, CLASS_B7, 7, DAY, "迁居", bad)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey().key())
                        .isEqualTo("EVIDENCE_WRONG_TYPE"));
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> f.service.submit(REGISTRAR_B, NewChange.transfer(s, SCHOOL_B, CLASS_B7, 7, DAY, "迁居",
                List.of(new EvidenceUpload(EvidenceCategory.HOUSEHOLD, "big.pdf", tooLarge)))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey().key())
                        .isEqualTo("EVIDENCE_TOO_LARGE"));
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
    }

    @Test
    @DisplayName("R1: only the receiving school (or the district) starts a transfer; a teacher cannot")
    void r1_onlyReceivingSchoolStarts() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        assertThatThrownBy(() -> f.service.submit(REGISTRAR_A, transfer(s, SCHOOL_B, CLASS_B7, 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.submit(TEACHER_B, transfer(s, SCHOOL_B, CLASS_B7, 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
    }

    @Test
    @DisplayName("R1: find by exact ID number across the district, masked, audited without the number")
    void r1_findByNumberMaskedAndAudited() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        String idNumber = f.idNumberOf(s);
        var found = f.service.find(REGISTRAR_B, idNumber).orElseThrow();
        assertThat(found.studentId()).isEqualTo(s);
        assertThat(found.maskedRegistryNumber()).doesNotContain(idNumber).contains("****");
        assertThat(found.gradeLevel()).isEqualTo(7);
        // … and by its 学籍号, typed in lower case
        String registryNumber = f.text("SELECT REGISTRY_NUMBER FROM REG_STUDENT WHERE ID = " + s);
        assertThat(f.service.find(REGISTRAR_B, registryNumber.toLowerCase(java.util.Locale.ROOT)))
                .map(x -> x.studentId()).contains(s);
        assertThat(f.store.audit()).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("transfer.lookup");
            assertThat(a.changes()).doesNotContain(idNumber);
        });
        assertThatThrownBy(() -> f.service.find(TEACHER_B, idNumber)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R1: a school account finds at most N records of other schools an hour by number; the N+1-th lookup is refused and audited")
    void r1_numberLookupsAreThrottledPerAccount() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i <= LOOKUPS_PER_HOUR; i++) {
            numbers.add(f.idNumberOf(f.student(SCHOOL_A, CLASS_A7)));
        }
        for (int i = 0; i < LOOKUPS_PER_HOUR; i++) {
            assertThat(f.service.find(REGISTRAR_B, numbers.get(i))).isPresent();
        }
        String last = numbers.get(LOOKUPS_PER_HOUR);
        assertThatThrownBy(() -> f.service.find(REGISTRAR_B, last)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(org.xueji.registry.api.RegistryMessages.DUPLICATE_CHECKS_EXCEEDED);
        // audited: the lookups (kind, counts) and the refusal, never the number
        assertThat(f.store.audit()).filteredOn(a -> a.action().equals("student.duplicate-check-refused"))
                .singleElement().satisfies(a -> {
                    assertThat(a.username()).isEqualTo(REGISTRAR_B.username());
                    assertThat(a.changes()).contains("transfer-lookup").doesNotContain(last);
                });
        // the N lookups that found a record elsewhere; the refused one was stopped before it looked
        assertThat(f.store.audit()).filteredOn(a -> a.action().equals("student.duplicate-check"))
                .hasSize(LOOKUPS_PER_HOUR)
                .allSatisfy(a -> assertThat(a.changes()).contains("transfer-lookup").doesNotContain(last));
        // once spent, even a lookup of the account's own school is refused (a refusal tells nothing)
        String own = f.idNumberOf(f.student(SCHOOL_B, CLASS_B7));
        assertThatThrownBy(() -> f.service.find(REGISTRAR_B, own)).isInstanceOf(DomainException.class);
        // per account: another school's registrar and the district are not held back
        assertThat(f.service.find(REGISTRAR_A, own)).isPresent();
        assertThat(f.service.find(ADMIN, last)).isPresent();
        // after the hour the budget is back
        f.store.clock().advance(java.time.Duration.ofMinutes(61));
        assertThat(f.service.find(REGISTRAR_B, last)).isPresent();
    }

    @Test
    @DisplayName("R17: the decider is reminded of a step due within 2 working days, then of the overdue step; nobody else is")
    void r17_remindersOfStepsDueSoonAndOverdue() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s, SCHOOL_B, CLASS_B7, 7));
        TransferReminders reminders = new TransferReminders(f.workflow);
        // submitted Monday 2026-10-12: 7 working days (weekdays only) → Wednesday 2026-10-21
        LocalDate deadline = LocalDate.of(2026, 10, 21);
        assertThat(reminders.reminders(PRINCIPAL_B)).isEmpty();

        f.store.clock().setToday(LocalDate.of(2026, 10, 16)); // Friday: 3 working days left
        assertThat(reminders.reminders(PRINCIPAL_B)).isEmpty();

        f.store.clock().setToday(LocalDate.of(2026, 10, 19)); // Monday: 2 working days left
        assertThat(reminders.reminders(PRINCIPAL_B)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(org.xueji.platform.api.reminder.Reminder.Severity.WARNING);
            assertThat(x.message()).isEqualTo(TransferMessages.REMINDER_STEP_DUE_SOON);
            assertThat(x.args()).containsExactly(String.valueOf(r.id()), deadline, 2);
            assertThat(x.dueDate()).isEqualTo(deadline);
            assertThat(x.topic()).isEqualTo(TransferReminders.TOPIC);
        });
        // the sending school's principal decides later: no step of theirs is open yet
        assertThat(reminders.reminders(PRINCIPAL_A)).isEmpty();
        assertThat(reminders.reminders(REGISTRAR_B)).isEmpty();

        f.store.clock().setToday(LocalDate.of(2026, 10, 22)); // Thursday: overdue
        assertThat(reminders.reminders(PRINCIPAL_B)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(org.xueji.platform.api.reminder.Reminder.Severity.OVERDUE);
            assertThat(x.message()).isEqualTo(TransferMessages.REMINDER_STEP_OVERDUE);
            assertThat(x.args()).containsExactly(String.valueOf(r.id()), deadline);
        });

        // decided: nothing left to remind of
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        assertThat(reminders.reminders(PRINCIPAL_B)).isEmpty();
    }

    // ---- suspension / resumption, grade changes, class change

    @Test
    @DisplayName("Suspension and resumption round trip: out of the class while suspended, back into a grade and class")
    void suspensionResumptionRoundTrip() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest susp = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.SUSPENSION, s, null, null, null, DAY,
                "因病休学", LocalDate.of(2027, 3, 1), null, true, null, null,
                List.of(new EvidenceUpload(EvidenceCategory.OTHER, "medical.pdf", PDF))));
        f.service.decide(PRINCIPAL_A, susp.id(), Decision.APPROVE, null);
        f.service.decide(LEADER, susp.id(), Decision.APPROVE, null);
        assertThat(f.statusOf(s)).isEqualTo("SUSPENDED");
        assertThat(f.classOf(s)).isNull();

        ChangeRequest res = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.RESUMPTION, s, null, CLASS_A7_2, null,
                LocalDate.of(2026, 10, 20), "病愈复学", null, null, true, null, null, List.of()));
        f.service.decide(PRINCIPAL_A, res.id(), Decision.APPROVE, null);
        f.service.decide(LEADER, res.id(), Decision.APPROVE, null);
        assertThat(f.statusOf(s)).isEqualTo("ACTIVE");
        assertThat(f.classOf(s)).isEqualTo(CLASS_A7_2);
        assertThat(f.service.ofStudent(REGISTRAR_A, s)).extracting(ChangeRequest::type)
                .containsExactly(ChangeType.SUSPENSION, ChangeType.RESUMPTION);
    }

    @Test
    @DisplayName("A resumption of a student who is not suspended is refused; a suspension needs its planned return")
    void resumptionNeedsSuspension() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        assertThat(keys(refused(() -> f.service.submit(REGISTRAR_A, new NewChange(ChangeType.RESUMPTION, s, null,
                CLASS_A7_2, null, DAY, "复学", null, null, true, null, null, List.of())))))
                .contains(new MessageOf("status", TransferMessages.RECORD_NOT_SUSPENDED.key()));
        assertThat(keys(refused(() -> f.service.submit(REGISTRAR_A, new NewChange(ChangeType.SUSPENSION, s, null, null,
                null, DAY, "休学", null, null, true, null, null, List.of())))))
                .containsExactly(new MessageOf("plannedReturn", TransferMessages.PLANNED_RETURN_REQUIRED.key()));
    }

    @Test
    @DisplayName("Repeat a grade goes one grade down; a class change needs only the principal")
    void repeatGradeAndClassChange() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        assertThat(keys(refused(() -> f.service.submit(REGISTRAR_A, new NewChange(ChangeType.REPEAT_GRADE, s, null,
                CLASS_A7_2, null, DAY, "留级", null, null, true, null, null, List.of())))))
                .containsExactly(new MessageOf("targetClassId", TransferMessages.GRADE_STEP_WRONG.key()));
        ChangeRequest cc = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.CLASS_CHANGE, s, null, CLASS_A7_2, null,
                DAY, "家长申请调班", null, null, true, null, null, List.of()));
        ChangeRequest done = f.service.decide(PRINCIPAL_A, cc.id(), Decision.APPROVE, null);
        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(f.classOf(s)).isEqualTo(CLASS_A7_2);
        ChangeRequest rep = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.REPEAT_GRADE, s, null, CLASS_A6, null,
                DAY, "留级", null, null, true, null, null, List.of()));
        f.service.decide(PRINCIPAL_A, rep.id(), Decision.APPROVE, null);
        f.service.decide(LEADER, rep.id(), Decision.APPROVE, null);
        assertThat(f.classOf(s)).isEqualTo(CLASS_A6);
    }

    // ---- corrections (R3)

    @Test
    @DisplayName("R3: a key-field correction approved by the district; the history shows before and after")
    void r3_correctionApprovedHistoryBeforeAfter() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.CORRECTION, s, null, null, null, DAY,
                "姓名录入错误", null, null, true, new KeyFields("王小明", null, null, null, null, "02"), null,
                List.of(new EvidenceUpload(EvidenceCategory.OTHER, "hukou-page.pdf", PDF))));
        assertThat(r.currentStep()).isEqualTo(TransferSteps.DISTRICT);
        assertThatThrownBy(() -> f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        f.service.decide(ADMIN, r.id(), Decision.APPROVE, null);
        assertThat(f.text("SELECT NAME FROM REG_STUDENT WHERE ID = " + s)).isEqualTo("王小明");
        assertThat(f.text("SELECT ETHNICITY FROM REG_STUDENT WHERE ID = " + s)).isEqualTo("02");
        assertThat(f.text("SELECT OLD_VALUE || '>' || NEW_VALUE FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + s
                + " AND FIELD = 'name'")).isEqualTo("学生" + s + ">王小明");
        assertThat(f.store.audit()).filteredOn(a -> a.action().equals("registry.record.correct"))
                .singleElement().satisfies(a -> assertThat(a.changes()).contains("name").doesNotContain("王小明"));
    }

    @Test
    @DisplayName("R3: a rejected correction leaves the record unchanged; an invalid corrected ID number is refused at decision")
    void r3_correctionRejectedUnchanged() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        String before = f.row(s);
        ChangeRequest r = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.CORRECTION, s, null, null, null, DAY,
                "性别录入错误", null, null, true, new KeyFields(null, Sex.FEMALE, null, null, null, null), null, List.of()));
        f.service.decide(ADMIN, r.id(), Decision.REJECT, "与身份证号不符");
        assertThat(f.row(s)).isEqualTo(before);
        // a correction the registry's validator refuses (sex against the ID number) rolls the approval back
        ChangeRequest again = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.CORRECTION, s, null, null, null, DAY,
                "性别", null, null, true, new KeyFields(null,
                "1".equals(f.text("SELECT SEX FROM REG_STUDENT WHERE ID = " + s)) ? Sex.FEMALE : Sex.MALE, null, null, null,
                null), null, List.of()));
        assertThatThrownBy(() -> f.service.decide(ADMIN, again.id(), Decision.APPROVE, null))
                .isInstanceOf(ValidationException.class);
        assertThat(f.row(s)).isEqualTo(before);
        assertThat(f.service.get(ADMIN, again.id()).status()).isEqualTo(ChangeStatus.PENDING);
    }

    // ---- withdrawal of a mistaken registration

    @Test
    @DisplayName("A mistaken registration is withdrawn by its school within 3 days: kept, marked 撤销")
    void withdrawalWithinLimit() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        f.store.clock().setToday(LocalDate.of(2026, 10, 14));
        ChangeRequest r = f.service.withdraw(REGISTRAR_A, s, "重复录入", List.of());
        assertThat(r.status()).isEqualTo(ChangeStatus.DONE);
        assertThat(f.statusOf(s)).isEqualTo("WITHDRAWN");
        assertThat(f.store.count("SELECT COUNT(*) FROM REG_STUDENT WHERE ID = " + s)).isEqualTo(1);
        assertThat(f.service.list(ADMIN, ChangeQuery.ALL, 0, 10)).extracting(ChangeRequest::type)
                .contains(ChangeType.WITHDRAWAL);
    }

    @Test
    @DisplayName("After the limit the school's withdrawal is refused directly: it waits for the district's approval")
    void withdrawalAfterLimitNeedsDistrict() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        f.store.clock().setToday(LocalDate.of(2026, 10, 16));
        ChangeRequest r = f.service.withdraw(REGISTRAR_A, s, "重复录入", List.of());
        assertThat(r.status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(r.currentStep()).isEqualTo(TransferSteps.DISTRICT);
        assertThat(f.statusOf(s)).isEqualTo("ACTIVE");
        f.service.decide(ADMIN, r.id(), Decision.APPROVE, null);
        assertThat(f.statusOf(s)).isEqualTo("WITHDRAWN");
    }

    // ---- transfer out and follow-up signals

    @Test
    @DisplayName("Transfer out: the other side's reply before the district approves; not arrived in time → at-risk signal once")
    void transferOutReplyAndNotArrivedSignal() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.TRANSFER_OUT, s, null, null, null, DAY,
                "随父母迁往外省", null, "广东省深圳市南山区某中学", true, null, null, List.of()));
        f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);
        assertThatThrownBy(() -> f.service.decide(LEADER, r.id(), Decision.APPROVE, null))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(TransferMessages.REPLY_MISSING);
        f.service.recordReply(REGISTRAR_A, r.id(), true, "对方学校回执已收到");
        f.service.decide(LEADER, r.id(), Decision.APPROVE, null);
        assertThat(f.statusOf(s)).isEqualTo("TRANSFERRED_OUT");

        List<AtRiskSignal> heard = new ArrayList<>();
        FollowUps followUps = new FollowUps(f.store.transactions(), f.store.auditTrail(), f.store.clock(),
                TestWorkingDays.weekdays(2026), f.records, 10);
        followUps.addListener(heard::add);
        f.store.clock().setToday(LocalDate.of(2026, 10, 26)); // 10th working day: not yet
        assertThat(followUps.check()).isEmpty();
        f.store.clock().setToday(LocalDate.of(2026, 10, 27));
        followUps.check();
        followUps.check();
        assertThat(heard).singleElement().satisfies(sig -> {
            assertThat(sig.source()).isEqualTo(AtRiskSource.TRANSFER_OUT_NOT_ARRIVED);
            assertThat(sig.studentId()).isEqualTo(s);
            assertThat(sig.schoolId()).isEqualTo(SCHOOL_A);
            assertThat(sig.reference()).isEqualTo("transfer:" + r.id());
        });
    }

    @Test
    @DisplayName("A suspension past its planned return sends SUSPENSION_OVERDUE; an arrival confirmed in time sends nothing")
    void suspensionOverdueSignal() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest susp = f.service.submit(REGISTRAR_A, new NewChange(ChangeType.SUSPENSION, s, null, null, null, DAY,
                "因病休学", LocalDate.of(2026, 11, 2), null, true, null, null, List.of()));
        f.service.decide(PRINCIPAL_A, susp.id(), Decision.APPROVE, null);
        f.service.decide(LEADER, susp.id(), Decision.APPROVE, null);
        List<AtRiskSignal> heard = new ArrayList<>();
        FollowUps followUps = new FollowUps(f.store.transactions(), f.store.auditTrail(), f.store.clock(),
                TestWorkingDays.weekdays(2026), f.records, 10);
        followUps.addListener(heard::add);
        f.store.clock().setToday(LocalDate.of(2026, 11, 2));
        followUps.check();
        assertThat(heard).isEmpty();
        f.store.clock().setToday(LocalDate.of(2026, 11, 3));
        followUps.check();
        assertThat(heard).extracting(AtRiskSignal::source).containsExactly(AtRiskSource.SUSPENSION_OVERDUE);
    }

    // ---- monthly statistics

    @Test
    @DisplayName("Statistics: transfers in/out per school and month, median and p90 days to decision, scoped")
    void monthlyStatistics() {
        long s1 = f.student(SCHOOL_A, CLASS_A7);
        long s2 = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest moved = f.service.submit(REGISTRAR_B, transfer(s1, SCHOOL_B, CLASS_B7, 7));
        ChangeRequest refused = f.service.submit(REGISTRAR_B, transfer(s2, SCHOOL_B, CLASS_B7, 7));
        f.store.clock().setToday(LocalDate.of(2026, 10, 14)); // two days later
        approveAll(moved);
        f.store.clock().setToday(LocalDate.of(2026, 10, 17));
        f.service.decide(PRINCIPAL_B, refused.id(), Decision.REJECT, "材料不全");

        var stats = f.service.statistics(ADMIN, 2026);
        assertThat(stats.months()).containsExactlyInAnyOrder(
                new org.xueji.transfer.api.TransferStatistics.Month(SCHOOL_A, java.time.YearMonth.of(2026, 10), 0, 1),
                new org.xueji.transfer.api.TransferStatistics.Month(SCHOOL_B, java.time.YearMonth.of(2026, 10), 1, 0));
        assertThat(stats.decided()).isEqualTo(2);
        assertThat(stats.medianDays()).isEqualTo(2.0);
        assertThat(stats.p90Days()).isEqualTo(5.0);
        assertThat(stats.overdueNow()).isZero();
        // a school sees its own rows only
        assertThat(f.service.statistics(REGISTRAR_A, 2026).months()).extracting(m -> m.schoolId())
                .containsExactly(SCHOOL_A);
        assertThat(f.service.statistics(ADMIN, 2025).months()).isEmpty();
    }
}
