package org.xueji.ledger.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.ledger.api.FollowUpKind;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerMessages;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.NewFollowUp;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.testkit.AuditRow;

/** The ledger's incidents, follow-ups and closing (D4, R11, R13, R16, R17), on the real schema. */
class LedgerServiceImplTest extends LedgerFixture {

    @Test
    void r11IncidentPostedByAModuleIsInTheSchoolsMonth() {
        Incident i = posted(REGISTRAR_A, IncidentType.R11_ADMISSION_CONDITIONS, FakeSchools.A.id(),
                LocalDate.of(2025, 10, 3), "transfer#7");

        assertThat(i.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(i.sourceModule()).isEqualTo("transfer");
        List<Incident> october = ledger.list(REGISTRAR_A, LedgerQuery.all().withMonth(YearMonth.of(2025, 10)), 0, 10);
        assertThat(october).extracting(Incident::id).containsExactly(i.id());
        assertThat(october.get(0).description(Locale.ENGLISH)).isEqualTo(
                "Transfer request #7 was submitted without meeting the admission conditions of the receiving school"
                        + " (S001)");
        assertThat(ledger.count(REGISTRAR_A, LedgerQuery.all().withMonth(YearMonth.of(2025, 9)))).isZero();
        // R1: school B sees nothing of school A's ledger
        assertThat(ledger.list(PRINCIPAL_B, LedgerQuery.all(), 0, 10)).isEmpty();
        AuditRow row = store.audit().get(0);
        assertThat(row.action()).isEqualTo("ledger.incident.post");
        assertThat(row.schoolId()).isEqualTo(FakeSchools.A.id());
        assertThat(row.changes()).contains("R11_ADMISSION_CONDITIONS", "2025-10", "transfer");
    }

    @Test
    void r16SamePostTwiceIsStoredOnce() {
        Incident first = posted(DISTRICT, IncidentType.R16_CLASS_SIZE, FakeSchools.B.id(), TODAY, "class#9/2025-10");
        Incident again = posted(DISTRICT, IncidentType.R16_CLASS_SIZE, FakeSchools.B.id(), TODAY, "class#9/2025-10");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(incidents()).isEqualTo(1);
        assertThat(store.actions()).containsExactly("ledger.incident.post");
    }

    @Test
    void r13ManualIncidentFollowedUpBySchoolAndDistrictThenClosed() {
        Incident i = manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(), LocalDate.of(2025, 10, 2));
        assertThat(i.sourceModule()).isEqualTo(Incident.MANUAL);
        assertThat(i.description(Locale.ENGLISH)).isEqualTo("学籍信息录入错误，已发现");

        Incident reviewed = ledger.followUp(REGISTRAR_A, i.id(),
                NewFollowUp.selfReview("C:\\docs\\检查.pdf", PDF, "已提交书面检查"));
        assertThat(reviewed.status()).isEqualTo(IncidentStatus.FOLLOWED_UP);
        assertThat(reviewed.followUps()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FollowUpKind.SELF_REVIEW);
            assertThat(f.documentName()).isEqualTo("检查.pdf");
            assertThat(f.documentBytes()).isEqualTo(PDF.length);
        });
        assertThat(ledger.document(DISTRICT, reviewed.followUps().get(0).id()).content()).isEqualTo(PDF);

        Incident noticed = ledger.followUp(DISTRICT, i.id(), NewFollowUp.districtNotice("岳教通〔2025〕3号", null));
        assertThat(noticed.followUps()).extracting(f -> f.kind()).containsExactly(FollowUpKind.SELF_REVIEW,
                FollowUpKind.DISTRICT_NOTICE);

        Incident closed = ledger.close(DISTRICT, i.id(), "整改到位");
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("district-admin");
        assertThat(ledger.get(REGISTRAR_A, i.id()).status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(store.actions()).containsExactly("ledger.incident.record", "ledger.followup.add",
                "ledger.document.view", "ledger.followup.add", "ledger.incident.close");
        // R7 without personal data: the typed description is not copied into the trail
        assertThat(store.audit()).noneMatch(r -> r.changes().contains("学籍信息录入错误"));
    }

    @Test
    void statusTransitionsAreValidated() {
        Incident i = manual(IncidentType.R17_REPRIMAND, FakeSchools.A.id(), TODAY);
        // open → closed skips the follow-up
        assertThatThrownBy(() -> ledger.close(DISTRICT, i.id(), null)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(LedgerMessages.CLOSE_NEEDS_FOLLOW_UP);
        ledger.followUp(REGISTRAR_A, i.id(), NewFollowUp.note("已组织全校学籍管理培训"));
        // a school cannot close its own incident (refused and audited)
        assertThatThrownBy(() -> ledger.close(REGISTRAR_A, i.id(), null)).isInstanceOf(AccessDeniedException.class);
        // nor issue a district-wide notice
        assertThatThrownBy(() -> ledger.followUp(REGISTRAR_A, i.id(), NewFollowUp.districtNotice("x", null)))
                .isInstanceOf(AccessDeniedException.class);
        ledger.close(DISTRICT, i.id(), null);
        long before = followUps();
        assertThatThrownBy(() -> ledger.followUp(REGISTRAR_A, i.id(), NewFollowUp.note("再补充")))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(LedgerMessages.INCIDENT_CLOSED);
        assertThatThrownBy(() -> ledger.close(DISTRICT, i.id(), null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(LedgerMessages.INCIDENT_CLOSED);
        assertThat(followUps()).isEqualTo(before);
        assertThat(store.actions()).containsExactly("ledger.incident.record", "ledger.followup.add",
                "access.denied", "access.denied", "ledger.incident.close");
        // a district leader reads the ledger but records nothing
        assertThatThrownBy(() -> ledger.record(LEADER, new org.xueji.ledger.api.ManualIncident(
                IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(), TODAY, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ledger.get(LEADER, i.id()).status()).isEqualTo(IncidentStatus.CLOSED);
    }

    @Test
    void r1SchoolAUserActingOnSchoolBIsRefusedAndAudited() {
        Incident b = manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.B.id(), TODAY);
        assertThatThrownBy(() -> ledger.get(REGISTRAR_A, b.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.followUp(REGISTRAR_A, b.id(), NewFollowUp.note("越权")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.list(REGISTRAR_A, LedgerQuery.all().withSchool(FakeSchools.B.id()), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posted(REGISTRAR_A, IncidentType.R11_ADMISSION_CONDITIONS, FakeSchools.B.id(),
                TODAY, null)).isInstanceOf(AccessDeniedException.class);
        // a teacher has no ledger permission at all
        assertThatThrownBy(() -> ledger.list(TEACHER_A, LedgerQuery.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.audit()).filteredOn(r -> r.action().equals("access.denied"))
                .extracting(AuditRow::username).containsExactly("registrar1", "registrar1", "registrar1",
                        "registrar1", "teacher1");
        assertThat(incidents()).isEqualTo(1);
        assertThat(followUps()).isZero();
    }

    @Test
    void r17BureauIncidentsAreTheDistrictsOnly() {
        Incident bureau = manual(IncidentType.R17_REPRIMAND, null, TODAY);
        assertThat(bureau.bureau()).isTrue();
        assertThat(ledger.list(DISTRICT, LedgerQuery.all().bureauOnly(), 0, 10)).extracting(Incident::id)
                .containsExactly(bureau.id());
        assertThat(ledger.list(REGISTRAR_A, LedgerQuery.all(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> ledger.list(REGISTRAR_A, LedgerQuery.all().bureauOnly(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posted(REGISTRAR_A, IncidentType.R17_DEADLINE_LAPSED, null, TODAY, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndStoresNothing() {
        assertThat(fieldErrors(() -> manual(IncidentType.R13_REGISTRY_ERROR, 99L, TODAY)))
                .containsExactly(LedgerMessages.SCHOOL_UNKNOWN);
        assertThat(fieldErrors(() -> manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(),
                TODAY.plusDays(1)))).containsExactly(LedgerMessages.DATE_IN_FUTURE);
        assertThat(fieldErrors(() -> ledger.record(DISTRICT, new org.xueji.ledger.api.ManualIncident(null,
                FakeSchools.A.id(), TODAY, "  ")))).containsExactly(LedgerMessages.TYPE_REQUIRED,
                LedgerMessages.DESCRIPTION_REQUIRED);
        assertThat(fieldErrors(() -> ledger.post(DISTRICT, new IncidentPost(IncidentType.OTHER, "Bad Module!",
                FakeSchools.A.id(), TODAY, IncidentText.MODULE_EVENT, List.of("a\u0000b"), null, null))))
                .containsExactly(LedgerMessages.SOURCE_MODULE_INVALID, LedgerMessages.ARGS_INVALID);
        assertThat(fieldErrors(() -> ledger.list(DISTRICT, LedgerQuery.all().withMonth(YearMonth.of(2025, 11)),
                0, 10))).containsExactly(LedgerMessages.MONTH_IN_FUTURE);
        assertThat(incidents()).isZero();

        Incident i = manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(), TODAY);
        byte[] disguised = "PK\u0003\u0004 not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(fieldErrors(() -> ledger.followUp(REGISTRAR_A, i.id(),
                NewFollowUp.selfReview("review.pdf", disguised, null)))).containsExactly(LedgerMessages.DOCUMENT_NOT_PDF);
        byte[] huge = new byte[org.xueji.ledger.api.LedgerLimits.MAX_DOCUMENT_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(fieldErrors(() -> ledger.followUp(REGISTRAR_A, i.id(),
                NewFollowUp.selfReview("review.pdf", huge, null)))).containsExactly(LedgerMessages.DOCUMENT_TOO_LARGE);
        assertThat(fieldErrors(() -> ledger.followUp(REGISTRAR_A, i.id(), NewFollowUp.note(" "))))
                .containsExactly(LedgerMessages.NOTE_REQUIRED);
        assertThat(fieldErrors(() -> ledger.followUp(DISTRICT, i.id(), NewFollowUp.districtNotice(" ", null))))
                .containsExactly(LedgerMessages.NOTICE_NUMBER_REQUIRED);
        assertThatThrownBy(() -> ledger.get(DISTRICT, 12345)).isInstanceOf(org.xueji.platform.api.NotFoundException.class);
        assertThat(followUps()).isZero();
        assertThat(store.count("select count(*) from LEDGER_DOCUMENT")).isZero();
        assertThat(ledger.get(DISTRICT, i.id()).status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(store.actions()).containsExactly("ledger.incident.record");
    }

    private static List<Object> fieldErrors(Runnable call) {
        try {
            call.run();
        } catch (org.xueji.platform.api.ValidationException e) {
            return e.errors().stream().map(f -> (Object) f.messageKey()).toList();
        }
        throw new AssertionError("expected a ValidationException");
    }
}
