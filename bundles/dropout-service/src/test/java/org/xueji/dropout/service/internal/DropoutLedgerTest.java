package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.Closing;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.NewEntry;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.registry.api.followup.AtRiskSource;

/** R23: the ledgers, one open entry per child, confirmation, 动态销号 through the district's approval. */
class DropoutLedgerTest extends DropoutFixture {

    @ParameterizedTest
    @EnumSource(value = AtRiskSource.class, names = {"R18_NOT_PRESENT", "TRANSFER_OUT_NOT_ARRIVED",
            "SUSPENSION_OVERDUE", "ATTENDANCE"})
    void r23_eachFeedOpensExactlyOneSuspectedEntry(AtRiskSource source) {
        signals.atRisk(Fakes.signal(source, 101L, "x:1", TODAY));

        List<Entry> all = service.list(DISTRICT, EntryQuery.of(EntryStatus.SUSPECTED), 0, 100);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).studentId()).isEqualTo(101L);
        assertThat(all.get(0).schoolId()).isEqualTo(1L);
        assertThat(all.get(0).classId()).isEqualTo(11L);
        assertThat(all.get(0).sources()).extracting(s -> s.source()).containsExactly(source);
        assertThat(actions()).contains("dropout.entry.open");
    }

    @Test
    void r23_twoFeedsFindingTheSameChildMakeOneEntryWithBothSources() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:7:101", TODAY));
        signals.atRisk(Fakes.signal(AtRiskSource.TRANSFER_OUT_NOT_ARRIVED, 101L, "transfer:42", TODAY));
        reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");

        assertThat(entries()).isEqualTo(1);
        Entry e = service.list(DISTRICT, EntryQuery.open(), 0, 10).get(0);
        assertThat(e.sources()).extracting(s -> s.source()).containsExactly(AtRiskSource.R18_NOT_PRESENT,
                AtRiskSource.TRANSFER_OUT_NOT_ARRIVED, AtRiskSource.REPORT);
        // the report knew the household's place; the feeds did not
        assertThat(e.town()).isEqualTo("黄花镇");
    }

    @Test
    void r23_theSameSignalTwiceDoesNothing() {
        signals.atRisk(Fakes.signal(AtRiskSource.ATTENDANCE, 102L, "attendance:12:2025-10", TODAY));
        signals.atRisk(Fakes.signal(AtRiskSource.ATTENDANCE, 102L, "attendance:12:2025-10", TODAY));

        assertThat(entries()).isEqualTo(1);
        assertThat(store.count("select count(*) from DRP_SOURCE")).isEqualTo(1);
    }

    @Test
    void r23_childWithoutRecordIsEnteredWithItsIdNumberMasked() {
        Entry e = service.report(REGISTRAR_A, noRecordChild("新桥村"));

        assertThat(e.status()).isEqualTo(EntryStatus.SUSPECTED);
        assertThat(e.studentId()).isNull();
        assertThat(e.idNumberMasked()).contains("********").hasSize(18);
        assertThat(e.reason()).isEqualTo(ReasonCategory.FAMILY_HARDSHIP);
        // reported again (say, by the village): still one entry
        service.report(VILLAGE, noRecordChild("新桥村"));
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void r23_childWithoutRecordButAKnownIdNumberIsTheRecordsChild() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 102L, "r18:1", TODAY));
        var d = Fakes.STUDENTS.get(102L);
        service.report(DISTRICT, new NewEntry(new ChildData(null, d.name(), d.sex(), d.birthDate(), d.idNumber()),
                null, null, "黄花镇", null, ReasonCategory.OTHER, AtRiskSource.REPORT, TODAY, null));

        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void badInput_malformedIdMismatchAgeAndFutureDateRefusedNothingStored() {
        LocalDate birth = LocalDate.of(2014, 6, 1);
        String valid = Fakes.id(birth, 42);
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        assertRefused(child("赵小花", Sex.FEMALE, birth, wrongCheck), TODAY, DropoutMessages.ID_NUMBER_INVALID);
        assertRefused(child("赵小花", Sex.FEMALE, birth.plusDays(1), valid), TODAY, DropoutMessages.ID_NUMBER_MISMATCH);
        assertRefused(child("赵小花", Sex.MALE, birth, valid), TODAY, DropoutMessages.ID_NUMBER_MISMATCH);
        LocalDate tooYoung = LocalDate.of(2020, 1, 1);
        assertRefused(child("小不点", Sex.FEMALE, tooYoung, Fakes.id(tooYoung, 42)), TODAY, DropoutMessages.NOT_SCHOOL_AGE);
        LocalDate tooOld = LocalDate.of(2007, 1, 1);
        assertRefused(child("大个子", Sex.FEMALE, tooOld, Fakes.id(tooOld, 42)), TODAY, DropoutMessages.NOT_SCHOOL_AGE);
        assertRefused(child("赵小花", Sex.FEMALE, birth, valid), TODAY.plusDays(1), DropoutMessages.DATE_IN_FUTURE);
        assertThatThrownBy(() -> service.report(REGISTRAR_A, new NewEntry(new ChildData(null, "赵小花", Sex.FEMALE, birth,
                valid), 1L, null, null, null, ReasonCategory.OTHER, AtRiskSource.REPORT, TODAY, null)))
                .isInstanceOf(ValidationException.class).extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(DropoutMessages.TOWN_REQUIRED);
        assertThat(entries()).isZero();
    }

    private static ChildData child(String name, Sex sex, LocalDate birth, String id) {
        return new ChildData(null, name, sex, birth, id);
    }

    private void assertRefused(ChildData c, LocalDate foundOn, DropoutMessages key) {
        assertThatThrownBy(() -> service.report(REGISTRAR_A, new NewEntry(c, 1L, "户", "黄花镇", "新桥村",
                ReasonCategory.OTHER, AtRiskSource.REPORT, foundOn, null)))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey()).isEqualTo(key);
    }

    @Test
    void r23_suspectedBecomesDropoutOnlyByAPersonsConfirmation() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1", TODAY));
        long id = service.list(DISTRICT, EntryQuery.open(), 0, 1).get(0).id();
        assertThat(service.get(DISTRICT, id).status()).isEqualTo(EntryStatus.SUSPECTED);
        assertThat(service.list(DISTRICT, EntryQuery.of(EntryStatus.DROPOUT), 0, 10)).isEmpty();

        Entry confirmed = service.confirm(HEAD_A, id, ReasonCategory.MIGRANT_WORK, null);

        assertThat(confirmed.status()).isEqualTo(EntryStatus.DROPOUT);
        assertThat(confirmed.confirmedBy()).isEqualTo("head1");
        assertThat(confirmed.confirmedOn()).isEqualTo(TODAY);
        assertThat(confirmed.reason()).isEqualTo(ReasonCategory.MIGRANT_WORK);
        assertThatThrownBy(() -> service.confirm(HEAD_A, id, null, null)).isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).messageKey()).isEqualTo(DropoutMessages.NOT_SUSPECTED);
        // a teacher of another class may not confirm
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 102L, "r18:2", TODAY));
        long other = service.list(DISTRICT, EntryQuery.of(EntryStatus.SUSPECTED), 0, 1).get(0).id();
        assertThatThrownBy(() -> service.confirm(TEACHER_A, other, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(DISTRICT, other).status()).isEqualTo(EntryStatus.SUSPECTED);
    }

    @Test
    void r23_closingWithoutOutcomeOrItsConfirmationIsRefused() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1", TODAY));
        long id = service.list(DISTRICT, EntryQuery.open(), 0, 1).get(0).id();

        assertClosingRefused(id, null, DropoutMessages.OUTCOME_REQUIRED);
        assertClosingRefused(id, new Closing(null, null, null, null, true, null), DropoutMessages.OUTCOME_REQUIRED);
        assertClosingRefused(id, new Closing(ClosingOutcome.BACK_AT_SCHOOL, null, null, null, true, null),
                DropoutMessages.CLASS_REQUIRED);
        assertClosingRefused(id, new Closing(ClosingOutcome.BACK_AT_SCHOOL, 99L, null, null, true, null),
                DropoutMessages.CLASS_UNKNOWN);
        assertClosingRefused(id, new Closing(ClosingOutcome.TRANSFERRED, null, "外区某校", null, false, null),
                DropoutMessages.RECEIVING_NOT_CONFIRMED);
        assertClosingRefused(id, new Closing(ClosingOutcome.TRANSFERRED, null, " ", null, true, null),
                DropoutMessages.RECEIVING_SCHOOL_REQUIRED);
        assertClosingRefused(id, new Closing(ClosingOutcome.MOVED_AWAY, null, null, "广东省东莞市", false, null),
                DropoutMessages.NEW_PLACE_NOT_CONFIRMED);
        assertClosingRefused(id, new Closing(ClosingOutcome.DECEASED, null, null, null, true, null),
                DropoutMessages.NOTE_REQUIRED);

        Entry e = service.get(DISTRICT, id);
        assertThat(e.status()).isEqualTo(EntryStatus.SUSPECTED);
        assertThat(e.outcome()).isNull();
        assertThat(submissions.submitted).isEmpty();
    }

    private void assertClosingRefused(long id, Closing closing, DropoutMessages key) {
        assertThatThrownBy(() -> service.requestClose(REGISTRAR_A, id, closing)).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey()).isEqualTo(key);
    }

    @Test
    void r23_closedOnlyAfterTheDistrictApprovesThroughTheWorkflow() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1", TODAY));
        long id = service.list(DISTRICT, EntryQuery.open(), 0, 1).get(0).id();
        service.confirm(REGISTRAR_A, id, null, null);

        Entry closing = service.requestClose(REGISTRAR_A, id, new Closing(ClosingOutcome.BACK_AT_SCHOOL, 11L, null,
                null, false, null));

        assertThat(closing.status()).isEqualTo(EntryStatus.CLOSING);
        NewWorkflowRequest submitted = submissions.submitted.get(0);
        assertThat(submitted.type()).isEqualTo("dropout-close");
        assertThat(submitted.subjectRef()).isEqualTo(String.valueOf(id));
        assertThat(CloseWorkflow.REQUEST_TYPE.steps().get(0).scope())
                .isEqualTo(org.xueji.platform.api.workflow.DeciderScope.DISTRICT);
        assertThatThrownBy(() -> service.requestClose(REGISTRAR_A, id, new Closing(ClosingOutcome.BACK_AT_SCHOOL,
                11L, null, null, false, null))).isInstanceOf(DomainException.class);

        decide(submitted, Decision.APPROVE);

        Entry closed = service.get(DISTRICT, id);
        assertThat(closed.status()).isEqualTo(EntryStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(ClosingOutcome.BACK_AT_SCHOOL);
        assertThat(closed.closedOn()).isEqualTo(TODAY);
        assertThat(service.list(DISTRICT, EntryQuery.open(), 0, 10)).isEmpty();
        assertThat(actions()).contains("dropout.entry.close");
        // closed: a later finding of the same child opens a new entry
        signals.atRisk(Fakes.signal(AtRiskSource.ATTENDANCE, 101L, "att:2", TODAY));
        assertThat(service.list(DISTRICT, EntryQuery.open(), 0, 10)).hasSize(1);
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void r23_aRejectedClosingPutsTheEntryBackOnItsLedger() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1", TODAY));
        long id = service.list(DISTRICT, EntryQuery.open(), 0, 1).get(0).id();
        service.confirm(REGISTRAR_A, id, null, null);
        service.requestClose(REGISTRAR_A, id, new Closing(ClosingOutcome.MOVED_AWAY, null, null, "广东省东莞市", true,
                null));

        decide(submissions.submitted.get(0), Decision.REJECT);

        Entry back = service.get(DISTRICT, id);
        assertThat(back.status()).isEqualTo(EntryStatus.DROPOUT);
        assertThat(back.outcome()).isNull();
    }

    private void decide(NewWorkflowRequest r, Decision decision) {
        store.transactions().run(em -> workflow.decided(em, new WorkflowOutcome(Fakes.Submissions.request(1, r,
                decision == Decision.APPROVE ? RequestStatus.APPROVED : RequestStatus.REJECTED, "registrar1"),
                decision, LEADER, decision == Decision.REJECT ? "证明不足" : null)));
    }

    @Test
    void r23_countsPerStatusSchoolTownAndMonth() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1", TODAY));
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 201L, "r18:2", TODAY.minusMonths(2)));
        service.report(REGISTRAR_A, noRecordChild("新桥村"));
        long id = service.list(DISTRICT, EntryQuery.of(EntryStatus.SUSPECTED), 0, 10).stream()
                .filter(e -> Long.valueOf(201L).equals(e.studentId())).findFirst().orElseThrow().id();
        service.confirm(PRINCIPAL_B, id, null, null);

        var c = service.counts(DISTRICT);
        assertThat(c.byStatus().get(EntryStatus.SUSPECTED)).isEqualTo(2);
        assertThat(c.byStatus().get(EntryStatus.DROPOUT)).isEqualTo(1);
        assertThat(c.bySchool()).containsEntry(1L, 2L).containsEntry(2L, 1L);
        assertThat(c.byTown()).containsEntry("黄花镇", 1L).containsEntry("", 2L);
        assertThat(c.byMonth()).hasSize(12).containsEntry("2025-10", 2L).containsEntry("2025-08", 1L);
        // a school sees its own counts only
        assertThat(service.counts(PRINCIPAL_B).bySchool()).containsOnlyKeys(2L);
    }
}
