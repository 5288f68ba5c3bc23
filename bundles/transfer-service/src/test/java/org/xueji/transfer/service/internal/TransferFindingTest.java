package org.xueji.transfer.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.transfer.service.internal.TransferFixture.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.registry.api.finding.FindingSettlement;
import org.xueji.registry.api.finding.PresenceFinding;
import org.xueji.registry.api.finding.PresenceFindings;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.FindingStart;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferMessages;

/**
 * R18 one-click start: a transfer started from a 人在籍不在 finding of the receiving school's 人籍一致
 * check, the finding settled once the transfer is approved. The findings' module is a small stand-in
 * holding findings in a map and checking the school scope as the real one does (enrollment's
 * {@code PresenceFindingsImpl} is tested on its own schema in enrollment-service).
 */
@DisplayName("R18: a transfer started from a 人在籍不在 finding settles it when approved")
class TransferFindingTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 12);

    TransferFixture f;
    Findings findings;

    @BeforeEach
    void setUp() {
        f = new TransferFixture(TestWorkingDays.weekdays(2026));
        findings = new Findings();
        f.service.bindFindings(findings);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** The findings' module: 人在籍不在 findings by id, the school scope checked, settlements recorded. */
    static final class Findings implements PresenceFindings {
        final Map<Long, PresenceFinding> byId = new HashMap<>();
        final Map<Long, String> settled = new HashMap<>();

        @Override
        public Optional<PresenceFinding> personWithoutRecord(Actor actor, long id) {
            PresenceFinding p = byId.get(id);
            if (p != null) {
                actor.requireSchool(p.schoolId());
            }
            return Optional.ofNullable(p).map(x -> new PresenceFinding(x.findingId(), x.schoolId(), x.idNumber(),
                    x.gradeLevel(), x.classNumber(), !settled.containsKey(id), x.name()));
        }

        @Override
        public boolean settle(Actor actor, long id, FindingSettlement how, String reference) {
            actor.requireSchool(byId.get(id).schoolId());
            settled.putIfAbsent(id, how + " " + reference);
            return settled.get(id).equals(how + " " + reference);
        }
    }

    NewChange transfer(long student) {
        return NewChange.transfer(student, SCHOOL_B, CLASS_B7, 7, DAY, "人籍一致核查发现在校无籍", transferEvidence());
    }

    @Test
    @DisplayName("R18: from the finding the record is found by the roster's ID number; approval settles the finding once")
    void r18_transferFromFindingSettlesTheFindingWhenApproved() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        findings.byId.put(501L, new PresenceFinding(501, SCHOOL_B, f.idNumberOf(s), 7, 1, true));

        FindingStart start = f.service.fromFinding(REGISTRAR_B, 501);
        assertThat(start.found()).isNotNull();
        assertThat(start.found().studentId()).isEqualTo(s);
        assertThat(start.found().schoolId()).isEqualTo(SCHOOL_A);
        assertThat(start.found().maskedRegistryNumber()).contains("****");
        assertThat(start.gradeLevel()).isEqualTo(7);
        // the lookup is the audited R1 lookup
        assertThat(f.store.actions()).contains("transfer.lookup");

        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s).withFinding(501L));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);
        assertThat(findings.settled).isEmpty(); // not before the final approval
        ChangeRequest done = f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");

        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(f.schoolOf(s)).isEqualTo(SCHOOL_B);
        assertThat(findings.settled).containsEntry(501L, "TRANSFERRED_IN transfer:" + r.id());
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE WHERE FINDING_ID = 501 AND FINDING_SETTLED")).isEqualTo(1);
        // a settled finding starts nothing more
        assertThatThrownBy(() -> f.service.fromFinding(REGISTRAR_B, 501)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(TransferMessages.FINDING_NOT_OPEN);
    }

    @Test
    @DisplayName("R18: decided in the inbox or while the findings' module was away, the follow-up run settles it")
    void r18_findingSettledLaterWhenDecidedElsewhere() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        findings.byId.put(502L, new PresenceFinding(502, SCHOOL_B, f.idNumberOf(s), 7, 1, true));
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s).withFinding(502L));
        f.service.unbindFindings(findings); // the findings' module stops
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);
        f.workflow.decide(LEADER, r.workflowRequestId(), Decision.APPROVE, "同意"); // in the 待办 inbox
        assertThat(findings.settled).isEmpty();

        FindingLinks job = new FindingLinks();
        assertThat(job.settleApproved(f.store.transactions())).isZero(); // no findings' module: nothing, no error
        job.bind(findings);
        assertThat(job.settleApproved(f.store.transactions())).isEqualTo(1);
        assertThat(findings.settled).containsEntry(502L, "TRANSFERRED_IN transfer:" + r.id());
        assertThat(job.settleApproved(f.store.transactions())).isZero(); // once
    }

    @Test
    @DisplayName("R18: a rejected transfer leaves the finding open")
    void r18_rejectedTransferLeavesTheFindingOpen() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        findings.byId.put(503L, new PresenceFinding(503, SCHOOL_B, f.idNumberOf(s), 7, 1, true));
        ChangeRequest r = f.service.submit(REGISTRAR_B, transfer(s).withFinding(503L));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.REJECT, "材料不全");
        assertThat(findings.settled).isEmpty();
        assertThat(f.service.fromFinding(REGISTRAR_B, 503).found().studentId()).isEqualTo(s);
    }

    @Test
    @DisplayName("R18/R1: another school's finding is refused; a finding not about the student is refused, nothing stored")
    void r18_findingOfAnotherSchoolOrStudentRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        long other = f.student(SCHOOL_A, CLASS_A7);
        findings.byId.put(504L, new PresenceFinding(504, SCHOOL_B, f.idNumberOf(other), 7, 1, true));
        assertThatThrownBy(() -> f.service.fromFinding(REGISTRAR_A, 504)).isInstanceOf(AccessDeniedException.class);
        long before = f.store.count("SELECT COUNT(*) FROM TRF_CHANGE");
        assertThatThrownBy(() -> f.service.submit(REGISTRAR_B, transfer(s).withFinding(504L)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).anySatisfy(x -> {
                    assertThat(x.field()).isEqualTo("findingId");
                    assertThat(x.messageKey()).isEqualTo(TransferMessages.FINDING_MISMATCH);
                }));
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isEqualTo(before);
        assertThatThrownBy(() -> f.service.fromFinding(REGISTRAR_B, 999)).isInstanceOf(
                org.xueji.platform.api.NotFoundException.class);
    }

    @Test
    @DisplayName("R18: without the findings' module running, a start from a finding is refused with a clear message")
    void r18_noFindingsModuleRefused() {
        f.service.unbindFindings(findings);
        assertThatThrownBy(() -> f.service.fromFinding(REGISTRAR_B, 501)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(TransferMessages.FINDINGS_UNAVAILABLE);
    }

    @Test
    @DisplayName("R18: a finding without any record in the district starts a transfer in from outside with the roster's values")
    void r18_findingWithoutAnyRecordInTheDistrictStartsATransferInWithTheRostersValues() {
        String outside = org.xueji.platform.api.identity.ChineseIdNumber.of("440106", LocalDate.of(2013, 5, 20), 37)
                .value();
        findings.byId.put(506L, new PresenceFinding(506, SCHOOL_B, outside, 7, 1, true, "在校无籍"));

        FindingStart start = f.service.fromFinding(REGISTRAR_B, 506);
        assertThat(start.transferInFromOutside()).isTrue();
        assertThat(start.found()).isNull();
        assertThat(start.rosterName()).isEqualTo("在校无籍");
        assertThat(start.rosterIdNumber()).isEqualTo(outside);
        assertThat(start.gradeLevel()).isEqualTo(7);
        assertThat(start.classNumber()).isEqualTo(1);
        assertThat(start.schoolId()).isEqualTo(SCHOOL_B);
        // the district was searched with the audited R1 lookup; the audit holds no roster value
        assertThat(f.store.actions()).contains("transfer.lookup");
        assertThat(f.store.audit()).allSatisfy(a -> assertThat(String.valueOf(a.changes())).doesNotContain(outside)
                .doesNotContain("在校无籍"));

        // with these values the transfer in is accepted (the entered record's other fields from the printed form)
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, TransferInTest.incoming(start.rosterIdNumber(),
                SCHOOL_B, CLASS_B7, start.gradeLevel()).withFinding(506L));
        assertThat(r.type()).isEqualTo(org.xueji.transfer.api.ChangeType.TRANSFER_IN);

        // … and the district's approval, which creates the record, settles the finding once
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.recordReply(REGISTRAR_B, r.id(), true, "原校回执：同意转出");
        assertThat(findings.settled).isEmpty(); // not before the final approval
        ChangeRequest done = f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");
        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(findings.settled).containsEntry(506L, "TRANSFERRED_IN transfer:" + r.id());
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE WHERE FINDING_ID = 506 AND FINDING_SETTLED"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("R18: a transfer in names only its own school's finding of the same child; otherwise refused, nothing stored")
    void r18_transferInWithAnotherChildsOrSchoolsFindingRefused() {
        String outside = org.xueji.platform.api.identity.ChineseIdNumber.of("440106", LocalDate.of(2013, 5, 20), 37)
                .value();
        String someoneElse = org.xueji.platform.api.identity.ChineseIdNumber.of("440106", LocalDate.of(2013, 6, 2), 41)
                .value();
        findings.byId.put(508L, new PresenceFinding(508, SCHOOL_B, someoneElse, 7, 1, true, "另一个孩子"));
        findings.byId.put(509L, new PresenceFinding(509, SCHOOL_A, outside, 7, 1, true, "在校无籍"));

        assertThatThrownBy(() -> f.service.submitTransferIn(REGISTRAR_B, TransferInTest.incoming(outside, SCHOOL_B,
                CLASS_B7, 7).withFinding(508L))).isInstanceOf(org.xueji.platform.api.ValidationException.class)
                .extracting(e -> ((org.xueji.platform.api.ValidationException) e).errors().get(0).messageKey())
                .isEqualTo(TransferMessages.FINDING_MISMATCH);
        // school A's finding is out of school B's scope
        assertThatThrownBy(() -> f.service.submitTransferIn(REGISTRAR_B, TransferInTest.incoming(outside, SCHOOL_B,
                CLASS_B7, 7).withFinding(509L))).isInstanceOf(org.xueji.platform.api.AccessDeniedException.class);
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
    }

    @Test
    @DisplayName("R18: a finding whose child has a record elsewhere gives no roster values (the number never reaches the view)")
    void r18_aFoundRecordCarriesNoRosterValues() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        findings.byId.put(507L, new PresenceFinding(507, SCHOOL_B, f.idNumberOf(s), 7, 1, true, "某学生"));

        FindingStart start = f.service.fromFinding(REGISTRAR_B, 507);
        assertThat(start.transferInFromOutside()).isFalse();
        assertThat(start.rosterIdNumber()).isNull();
        assertThat(start.rosterName()).isNull();
    }
}
