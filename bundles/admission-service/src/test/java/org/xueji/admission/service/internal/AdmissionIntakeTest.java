package org.xueji.admission.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationQuery;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.intake.IntakeOffer;
import org.xueji.registry.api.intake.PendingRegistrations;

/**
 * Issue 12, item 5: admitted children go to enrollment's 新生注册 as pending registrations, offered
 * on the admission decision's own transaction; the registrar's completed registration marks the
 * application REGISTERED. Enrollment's side (the table, the completion) is tested in
 * enrollment-service ({@code PendingIntakesTest}); here enrollment is a recording stand-in.
 */
class AdmissionIntakeTest extends AdmissionFixture {

    /** Records each offer with whether it came inside a transaction that sees the decision's statuses. */
    static final class RecordingPending implements PendingRegistrations {
        final List<IntakeOffer> offers = new ArrayList<>();
        final List<Long> admittedSeenInTransaction = new ArrayList<>();
        RuntimeException failWith;

        @Override
        public int offer(EntityManager em, Collection<IntakeOffer> batch) {
            assertThat(em.getTransaction().isActive()).isTrue();
            admittedSeenInTransaction.add(em.createQuery("select count(a) from AdmApplication a where a.status in "
                    + "('ADMITTED', 'PLACED')", Long.class).getSingleResult());
            if (failWith != null) {
                throw failWith;
            }
            offers.addAll(batch);
            return batch.size();
        }
    }

    private final RecordingPending enrollment = new RecordingPending();

    private void allocateWithEnrollment() {
        admission.pendingRegistrations = enrollment;
        admission.publishSeed(DISTRICT, season.id(), "2026-07-01 上证指数收盘 3321.45");
        store.clock().setToday(AFTER_WINDOW);
        admission.allocate(DISTRICT, season.id());
    }

    private List<Application> withStatus(ApplicationStatus status) {
        return admission.applications(DISTRICT, new ApplicationQuery(season.id(), null, status), 0, 100);
    }

    @Test
    void item5_everyAdmittedChildIsOfferedToRegistration_withTheApplicationsData_inTheAllocation() {
        // school 1: 3 seats, two household children and two migrant children → one migrant child by lottery out
        eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        eligible(REGISTRAR_1, household(1, CHILDREN.get(1)));
        eligible(REGISTRAR_1, migrant(1, CHILDREN.get(2)));
        eligible(REGISTRAR_1, migrant(1, CHILDREN.get(3)));
        eligible(REGISTRAR_2, migrant(2, CHILDREN.get(4)));
        allocateWithEnrollment();

        List<String> admitted = withStatus(ApplicationStatus.ADMITTED).stream().map(Application::number).toList();
        assertThat(admitted).hasSize(4);
        assertThat(enrollment.offers).extracting(IntakeOffer::reference).containsExactlyInAnyOrderElementsOf(admitted);
        // offered on the allocation's transaction: the admitted statuses are already visible there
        assertThat(enrollment.admittedSeenInTransaction).allMatch(n -> n > 0);

        // 43010420200105100X: born 5 January 2020, sequence 100 (even) → a girl
        IntakeOffer first = enrollment.offers.stream().filter(o -> o.idNumber().equals("43010420200105100X"))
                .findFirst().orElseThrow();
        assertThat(first).isEqualTo(new IntakeOffer("admission", first.reference(), 1L, 2026, 1, "李小红", Sex.FEMALE,
                LocalDate.of(2020, 1, 5), IdDocumentType.RESIDENT_ID, "43010420200105100X",
                HouseholdType.NON_AGRICULTURAL, false, "李华", "13900000000", "含浦街道含浦社区"));
        IntakeOffer migrant = enrollment.offers.stream().filter(o -> o.schoolId() == 2L).findFirst().orElseThrow();
        assertThat(migrant.migrant()).isTrue();
        assertThat(migrant.householdType()).isEqualTo(HouseholdType.AGRICULTURAL);
        assertThat(migrant.address()).isEqualTo("含浦街道含浦社区"); // the residence permit's address
        assertThat(migrant.sex()).isEqualTo(Sex.FEMALE); // 430104202005091041: sequence 104, last digit even → a girl
    }

    @Test
    void item5_aFailingOfferRollsTheAllocationBack() {
        eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        enrollment.failWith = new IllegalStateException("enrollment's table refused the row");
        assertThatThrownBy(this::allocateWithEnrollment).isInstanceOf(IllegalStateException.class);
        assertThat(withStatus(ApplicationStatus.ELIGIBLE)).hasSize(1);
        assertThat(withStatus(ApplicationStatus.ADMITTED)).isEmpty();
        assertThat(store.count("select count(*) from ADM_SEASON where ALLOCATED_AT is not null")).isZero();
        assertThat(store.actions()).doesNotContain("admission.allocate");
    }

    @Test
    void item5_aChildPlacedByTheDistrictIsOfferedToTheReceivingSchool() {
        for (int i = 0; i < 4; i++) {
            eligible(REGISTRAR_1, household(1, CHILDREN.get(i)));
        }
        allocateWithEnrollment();
        Application loser = withStatus(ApplicationStatus.NOT_ADMITTED).get(0);
        enrollment.offers.clear();
        admission.placeByDistrict(DISTRICT, loser.id(), 2);
        assertThat(enrollment.offers).singleElement().satisfies(o -> {
            assertThat(o.reference()).isEqualTo(loser.number());
            assertThat(o.schoolId()).isEqualTo(2L);
        });
    }

    @Test
    void item5_theRegistrarsCompletedRegistrationMarksTheApplicationRegistered_auditIdsOnly() {
        eligible(REGISTRAR_1, migrant(1, CHILDREN.get(0)));
        allocateWithEnrollment();
        Application a = withStatus(ApplicationStatus.ADMITTED).get(0);
        RegisteredApplications listener = new RegisteredApplications(store.support());

        listener.registered(REGISTRAR_1, "some-other-source", a.number(), 5001L);
        assertThat(admission.application(DISTRICT, a.id()).status()).isEqualTo(ApplicationStatus.ADMITTED);
        // R1: only the admitting school's registrar
        assertThatThrownBy(() -> listener.registered(REGISTRAR_2, "admission", a.number(), 5001L))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> listener.registered(TEACHER_1, "admission", a.number(), 5001L))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(admission.application(DISTRICT, a.id()).status()).isEqualTo(ApplicationStatus.ADMITTED);

        listener.registered(REGISTRAR_1, "admission", a.number(), 5001L);
        assertThat(admission.application(DISTRICT, a.id()).status()).isEqualTo(ApplicationStatus.REGISTERED);
        List<AuditRow> rows = store.audit().stream().filter(r -> r.action().equals("admission.registered")
                && r.username().equals("registrar1") && r.changes().contains("5001")).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).changes()).doesNotContain(CHILDREN.get(0)).doesNotContain("王").doesNotContain(
                a.number());
        assertThatThrownBy(() -> listener.registered(REGISTRAR_1, "admission", a.number(), 5001L))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey().key()).isEqualTo("ALREADY_REGISTERED"));
    }

    @Test
    void item5_reoffer_childrenAdmittedWhileEnrollmentWasAbsent_areOfferedWhenItComesBack_once() {
        eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        eligible(REGISTRAR_1, household(1, CHILDREN.get(1)));
        eligible(REGISTRAR_1, migrant(1, CHILDREN.get(2)));
        eligible(REGISTRAR_1, migrant(1, CHILDREN.get(3)));
        eligible(REGISTRAR_2, migrant(2, CHILDREN.get(4)));
        // enrollment absent: the allocation stands, nothing is offered, the children wait
        admission.publishSeed(DISTRICT, season.id(), "2026-07-01 上证指数收盘 3321.45");
        store.clock().setToday(AFTER_WINDOW);
        admission.allocate(DISTRICT, season.id());
        List<String> admitted = withStatus(ApplicationStatus.ADMITTED).stream().map(Application::number).toList();
        assertThat(admitted).hasSize(4);
        assertThat(admission.offerWaiting()).isZero();
        assertThat(store.count("select count(*) from ADM_APPLICATION where OFFERED_AT is null "
                + "and STATUS = 'ADMITTED'")).isEqualTo(4);
        // the district places the one not admitted while enrollment is still away
        Application loser = withStatus(ApplicationStatus.NOT_ADMITTED).get(0);
        admission.placeByDistrict(DISTRICT, loser.id(), 2);

        // enrollment comes back: every admitted and placed child is offered, with the placing school
        admission.pendingRegistrations = enrollment;
        assertThat(admission.offerWaiting()).isEqualTo(5);
        assertThat(enrollment.offers).extracting(IntakeOffer::reference)
                .containsExactlyInAnyOrderElementsOf(concat(admitted, loser.number()));
        assertThat(enrollment.offers).filteredOn(o -> o.reference().equals(loser.number()))
                .singleElement().satisfies(o -> assertThat(o.schoolId()).isEqualTo(2L));
        // the re-offer is audited with a count, no personal values
        List<AuditRow> rows = store.audit().stream().filter(r -> r.action().equals("admission.reoffer")).toList();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.changes()).contains("5")
                .doesNotContain(CHILDREN.get(0)).doesNotContain(loser.number()));

        // offered once: enrollment going and coming again offers nothing more
        enrollment.offers.clear();
        assertThat(admission.offerWaiting()).isZero();
        assertThat(enrollment.offers).isEmpty();
    }

    @Test
    void item5_reoffer_aFailingReofferKeepsTheChildrenWaiting_andTheNextOneOffersThem() {
        eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        admission.publishSeed(DISTRICT, season.id(), "seed");
        store.clock().setToday(AFTER_WINDOW);
        admission.allocate(DISTRICT, season.id());
        admission.pendingRegistrations = enrollment;
        enrollment.failWith = new IllegalStateException("enrollment's table refused the row");
        assertThatThrownBy(admission::offerWaiting).isInstanceOf(IllegalStateException.class);
        assertThat(store.count("select count(*) from ADM_APPLICATION where OFFERED_AT is null")).isEqualTo(1);
        enrollment.failWith = null;
        assertThat(admission.offerWaiting()).isEqualTo(1);
        assertThat(enrollment.offers).singleElement().satisfies(o -> assertThat(o.idNumber())
                .isEqualTo(CHILDREN.get(0)));
    }

    @Test
    void item5_reoffer_childrenOfferedAtTheDecisionAreNotOfferedAgain() {
        eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        allocateWithEnrollment();
        assertThat(enrollment.offers).hasSize(1);
        enrollment.offers.clear();
        assertThat(admission.offerWaiting()).isZero();
        assertThat(enrollment.offers).isEmpty();
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }
}
