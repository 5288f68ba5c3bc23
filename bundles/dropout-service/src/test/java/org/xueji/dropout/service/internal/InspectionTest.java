package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.inspection.Inspection;
import org.xueji.dropout.api.inspection.InspectionKind;
import org.xueji.dropout.api.inspection.InspectionMessages;
import org.xueji.dropout.api.inspection.InspectionStatus;
import org.xueji.dropout.api.inspection.NewInspection;
import org.xueji.dropout.service.internal.inspection.InspectionServiceImpl;
import org.xueji.dropout.service.internal.inspection.InspectionWatch;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.documents.DocumentMessages;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.SchoolService;

/** Inspections (R30): recorded and closed by the district, corrected with evidence by the school, ledgered once, reminded when overdue. */
class InspectionTest extends DropoutFixture {

    InspectionServiceImpl inspections;
    InspectionWatch inspectionWatch;
    /** Every call of the ledger's post, duplicates included. */
    final List<IncidentPost> posted = new ArrayList<>();

    /** Schools 1 and 2 exist; the registry's own scope rule applies. */
    static SchoolService twoSchools() {
        return (SchoolService) Proxy.newProxyInstance(InspectionTest.class.getClassLoader(),
                new Class<?>[] {SchoolService.class}, (p, m, a) -> switch (m.getName()) {
                    case "getSchool" -> {
                        long id = (Long) a[1];
                        if (id != 1 && id != 2) {
                            throw new NotFoundException(RegistryMessages.SCHOOL_NOT_FOUND, id);
                        }
                        ((org.xueji.platform.api.Actor) a[0]).requireSchool(id);
                        yield null;
                    }
                    case "toString" -> "TwoSchools";
                    default -> throw new AssertionError("not used: " + m.getName());
                });
    }

    @BeforeEach
    void services() {
        inspections = new InspectionServiceImpl(store.support(), twoSchools());
        inspectionWatch = InspectionWatch.over(store.transactions(), store.clock());
    }

    void bindLedger() {
        inspections.useLedger((LedgerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LedgerService.class}, (p, m, a) -> switch (m.getName()) {
                    case "post" -> {
                        posted.add((IncidentPost) a[1]);
                        yield null;
                    }
                    case "toString" -> "CountingLedger";
                    default -> throw new AssertionError("not used: " + m.getName());
                }));
    }

    Inspection withFindings() {
        return inspections.record(DISTRICT, new NewInspection(1L, InspectionKind.UNANNOUNCED, TODAY.minusDays(2),
                "督导室 刘、陈", List.of("3 名学生劝返台账缺少走访记录", " ", "控辍工作领导小组名单未更新"),
                TODAY.plusDays(10), null));
    }

    @Test
    void r30_theDistrictRecordsAnInspectionWithFindingsAndADeadline() {
        Inspection i = withFindings();

        assertThat(i.status()).isEqualTo(InspectionStatus.OPEN);
        assertThat(i.findings()).extracting(f -> f.text())
                .containsExactly("3 名学生劝返台账缺少走访记录", "控辍工作领导小组名单未更新");
        assertThat(i.correctBy()).isEqualTo(TODAY.plusDays(10));
        assertThat(actions()).containsExactly("dropout.inspection.record");
    }

    @Test
    void badInput_futureDateMissingDeadlineUnknownSchoolAndSchoolsCannotRecord() {
        assertThatThrownBy(() -> inspections.record(DISTRICT, new NewInspection(1L, InspectionKind.SCHEDULED,
                TODAY.plusDays(1), "刘", List.of("问题"), null, null)))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().stream().map(e -> e.messageKey()).toList())
                .isEqualTo(List.of(InspectionMessages.DATE_IN_FUTURE, InspectionMessages.DEADLINE_REQUIRED));
        assertThatThrownBy(() -> inspections.record(DISTRICT, new NewInspection(1L, InspectionKind.SCHEDULED,
                TODAY, "刘", List.of("问题"), TODAY.minusDays(1), null)))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(InspectionMessages.DEADLINE_BEFORE_INSPECTION);
        assertThatThrownBy(() -> inspections.record(DISTRICT, new NewInspection(9L, InspectionKind.SCHEDULED,
                TODAY, "刘", List.of(), null, null)))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(InspectionMessages.SCHOOL_UNKNOWN);
        assertThatThrownBy(() -> inspections.record(PRINCIPAL_A, new NewInspection(1L, InspectionKind.SCHEDULED,
                TODAY, "刘", List.of(), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(store.count("select count(*) from DRP_INSPECTION")).isZero();
        assertThat(store.count("select count(*) from DRP_INSPECTION_FINDING")).isZero();
    }

    @Test
    void r30_closingIsRefusedWithoutEvidenceAndBeforeTheSchoolReportsTheCorrection() throws IOException {
        long id = withFindings().id();

        assertThatThrownBy(() -> inspections.close(DISTRICT, id, null)).isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).messageKey()).isEqualTo(InspectionMessages.EVIDENCE_MISSING);
        assertThatThrownBy(() -> inspections.reportCorrected(PRINCIPAL_A, id, "已整改"))
                .isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).messageKey()).isEqualTo(InspectionMessages.EVIDENCE_MISSING);
        // a text file named .png is not evidence
        assertThatThrownBy(() -> inspections.addEvidence(PRINCIPAL_A, id, "整改.png",
                "not an image".getBytes(StandardCharsets.UTF_8))).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(DocumentMessages.EVIDENCE_WRONG_TYPE);
        byte[] photo = VisitTest.png();
        Inspection withEvidence = inspections.addEvidence(PRINCIPAL_A, id, "整改照片.png", photo);
        assertThat(withEvidence.evidence()).extracting(e -> e.mediaType()).containsExactly("image/png");

        // evidence alone is not the school's report
        assertThatThrownBy(() -> inspections.close(DISTRICT, id, null)).isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).messageKey())
                .isEqualTo(InspectionMessages.CORRECTION_NOT_REPORTED);
        assertThat(inspections.reportCorrected(PRINCIPAL_A, id, "已补齐走访记录").status())
                .isEqualTo(InspectionStatus.CORRECTED);
        assertThatThrownBy(() -> inspections.close(PRINCIPAL_A, id, null)).isInstanceOf(AccessDeniedException.class);

        Inspection closed = inspections.close(DISTRICT, id, "复核通过");

        assertThat(closed.status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("district-admin");
        assertThat(inspections.evidence(DISTRICT, withEvidence.evidence().get(0).id()).content()).isEqualTo(photo);
        assertThatThrownBy(() -> inspections.addEvidence(PRINCIPAL_A, id, "more.png", photo))
                .isInstanceOf(DomainException.class);
        assertThat(actions()).contains("dropout.inspection.evidence", "dropout.inspection.corrected",
                "dropout.inspection.close", "dropout.inspection.evidence-view");
    }

    @Test
    void r30_anInspectionWithoutFindingsClosesAtOnce() {
        Inspection i = inspections.record(DISTRICT, new NewInspection(2L, InspectionKind.SCHEDULED, TODAY, "刘",
                List.of(), null, "未发现问题"));

        assertThat(i.correctBy()).isNull();
        assertThat(inspections.close(DISTRICT, i.id(), null).status()).isEqualTo(InspectionStatus.CLOSED);
    }

    @Test
    void r30_aFindingIsPostedToTheLedgerOnce() {
        Inspection i = withFindings();
        long finding = i.findings().get(0).id();
        assertThatThrownBy(() -> inspections.postIncident(DISTRICT, i.id(), finding))
                .isInstanceOf(DomainException.class).extracting(x -> ((DomainException) x).messageKey())
                .isEqualTo(InspectionMessages.LEDGER_UNAVAILABLE);
        bindLedger();

        Inspection after = inspections.postIncident(DISTRICT, i.id(), finding);

        assertThat(after.findings()).extracting(f -> f.ledgerPosted()).containsExactly(true, false);
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).schoolId()).isEqualTo(1L);
        assertThat(posted.get(0).occurredOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(posted.get(0).reference()).isEqualTo("inspection:" + i.id() + ":" + finding);
        assertThatThrownBy(() -> inspections.postIncident(DISTRICT, i.id(), finding))
                .isInstanceOf(DomainException.class).extracting(x -> ((DomainException) x).messageKey())
                .isEqualTo(InspectionMessages.INCIDENT_ALREADY_POSTED);
        assertThat(posted).hasSize(1);
        assertThatThrownBy(() -> inspections.postIncident(PRINCIPAL_A, i.id(), i.findings().get(1).id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(posted).hasSize(1);
    }

    @Test
    void r1_schoolsSeeOnlyTheirOwnInspections() throws IOException {
        Inspection a = withFindings();
        Inspection b = inspections.record(DISTRICT, new NewInspection(2L, InspectionKind.SCHEDULED, TODAY, "刘",
                List.of("问题"), TODAY.plusDays(5), null));

        assertThat(inspections.list(PRINCIPAL_A, null, false)).extracting(Inspection::id).containsExactly(a.id());
        assertThat(inspections.list(TEACHER_A, null, false)).extracting(Inspection::id).containsExactly(a.id());
        assertThat(inspections.list(DISTRICT, null, false)).extracting(Inspection::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThatThrownBy(() -> inspections.list(PRINCIPAL_A, 2L, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inspections.get(PRINCIPAL_A, b.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inspections.addEvidence(PRINCIPAL_A, b.id(), "x.png", VisitTest.png()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inspections.list(VILLAGE, null, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.count("select count(*) from DRP_INSPECTION_EVIDENCE")).isZero();
        assertThat(actions()).contains("access.denied");
    }

    @Test
    void r30_anOverdueCorrectionIsRemindedToTheSchoolAndTheDistrict() throws IOException {
        Inspection i = withFindings(); // deadline TODAY + 10
        inspections.record(DISTRICT, new NewInspection(2L, InspectionKind.SCHEDULED, TODAY, "刘",
                List.of("问题"), TODAY.plusDays(20), null));

        store.clock().setToday(TODAY.plusDays(10));
        assertThat(inspectionWatch.reminders(PRINCIPAL_A)).isEmpty();

        store.clock().setToday(TODAY.plusDays(11));
        assertThat(inspectionWatch.reminders(PRINCIPAL_A)).extracting(Reminder::message, Reminder::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InspectionMessages.REMINDER_CORRECTION_OVERDUE,
                        List.of(1L)));
        assertThat(inspectionWatch.reminders(PRINCIPAL_B)).isEmpty();
        assertThat(inspectionWatch.reminders(DISTRICT)).extracting(Reminder::args).containsExactly(List.of(1L));
        assertThat(inspections.get(DISTRICT, i.id()).overdue()).isTrue();

        inspections.addEvidence(PRINCIPAL_A, i.id(), "p.png", VisitTest.png());
        inspections.reportCorrected(PRINCIPAL_A, i.id(), null);
        assertThat(inspectionWatch.reminders(PRINCIPAL_A)).isEmpty();
        store.clock().setToday(LocalDate.of(2025, 11, 5));
        assertThat(inspectionWatch.reminders(DISTRICT)).extracting(Reminder::args).containsExactly(List.of(1L));
    }
}
