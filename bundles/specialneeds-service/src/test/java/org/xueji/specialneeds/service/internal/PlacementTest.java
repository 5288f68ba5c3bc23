package org.xueji.specialneeds.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.registry.api.followup.HomeTeachingReferral;
import org.xueji.registry.api.followup.Placement;
import org.xueji.specialneeds.api.Assessment;
import org.xueji.specialneeds.api.AssessmentData;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.DecisionStatus;
import org.xueji.specialneeds.api.Plan;
import org.xueji.specialneeds.api.SpecialNeedsMessages;

/** R25/R26: assessments, the placement decided through the workflow with the registry flag, plans. */
class PlacementTest extends SpecialNeedsFixture {

    private List<Object[]> registryFlags() {
        return store.transactions().read(em -> em.createNativeQuery(
                "SELECT STUDENT_ID, PLACEMENT FROM TEST_REGISTRY_FLAG").getResultList());
    }

    @Test
    void r26_thePlacementWorkflowSetsTheRegistryFlagOnApproval() {
        Child c = service.register(REGISTRAR_A, childData(STUDENT_A, null, TOWN, null, SCHOOL_A));
        Assessment a = service.assess(REGISTRAR_A, c.id(), assessment(Placement.HOME_TEACHING));
        assertThat(a.status()).isEqualTo(DecisionStatus.PENDING);
        // proposed, not yet decided: no flag, no placement
        assertThat(registryFlags()).isEmpty();
        assertThat(service.child(DISTRICT, c.id()).placement()).isNull();
        // a school cannot decide its own proposal's district step
        assertThatThrownBy(() -> workflow.decide(SCHOOL_LEADER_A, a.workflowRequestId(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        workflow.decide(DISTRICT, a.workflowRequestId(), Decision.APPROVE, "同意送教上门");
        Child placed = service.child(DISTRICT, c.id());
        assertThat(placed.placement()).isEqualTo(Placement.HOME_TEACHING);
        assertThat(placed.placedOn()).isEqualTo(TODAY);
        // reassessment at least once a school year: 12 months by default
        assertThat(placed.reviewDue()).isEqualTo(LocalDate.of(2027, 10, 20));
        assertThat(registry.calls).containsExactly(STUDENT_A + ":HOME_TEACHING:district-admin");
        assertThat(registryFlags()).hasSize(1);
        assertThat(service.assessments(REGISTRAR_A, c.id()).get(0).status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(store.actions()).contains("specialneeds.assessment.propose", "specialneeds.placement.approve");
    }

    @Test
    void r26_aFailingRegistryWriteRollsTheWholeDecisionBack() {
        Child c = service.register(REGISTRAR_A, childData(STUDENT_A, null, TOWN, null, SCHOOL_A));
        Assessment a = service.assess(REGISTRAR_A, c.id(), assessment(Placement.REGULAR_CLASS));
        registry.failNext = true;
        assertThatThrownBy(() -> workflow.decide(DISTRICT, a.workflowRequestId(), Decision.APPROVE, null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(service.child(DISTRICT, c.id()).placement()).isNull();
        assertThat(service.assessments(DISTRICT, c.id()).get(0).status()).isEqualTo(DecisionStatus.PENDING);
        assertThat(registryFlags()).isEmpty();
        // decided again once the registry works: it stands
        workflow.decide(DISTRICT, a.workflowRequestId(), Decision.APPROVE, null);
        assertThat(service.child(DISTRICT, c.id()).placement()).isEqualTo(Placement.REGULAR_CLASS);
        assertThat(registryFlags()).hasSize(1);
    }

    @Test
    void r25_aRejectedPlacementChangesNothing() {
        Child c = service.register(REGISTRAR_A, childData(STUDENT_A, null, TOWN, null, SCHOOL_A));
        Assessment a = service.assess(REGISTRAR_A, c.id(), assessment(Placement.HOME_TEACHING));
        workflow.decide(DISTRICT, a.workflowRequestId(), Decision.REJECT, "材料不全");
        assertThat(service.child(DISTRICT, c.id()).placement()).isNull();
        assertThat(registryFlags()).isEmpty();
        assertThat(service.assessments(DISTRICT, c.id()).get(0).status()).isEqualTo(DecisionStatus.REJECTED);
    }

    @Test
    void r25_aSecondProposalWaitsForTheFirst() {
        Child c = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        service.assess(REGISTRAR_A, c.id(), assessment(Placement.HOME_TEACHING));
        assertThatThrownBy(() -> service.assess(REGISTRAR_A, c.id(), assessment(Placement.SPECIAL_SCHOOL)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(SpecialNeedsMessages.ASSESSMENT_PENDING));
        assertThat(count("SN_ASSESSMENT")).isEqualTo(1);
    }

    @Test
    void r25_aDeferralNeedsAReasonAndAReviewDateAndSetsTheReviewReminder() {
        Child c = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        AssessmentData noReason = assessment(Placement.DEFERRAL);
        assertThatThrownBy(() -> service.assess(REGISTRAR_A, c.id(), noReason)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("reason", "reviewDate"));
        assertThat(count("SN_ASSESSMENT")).isZero();
        LocalDate review = LocalDate.of(2026, 12, 15);
        AssessmentData deferral = new AssessmentData(TODAY.minusDays(3), "评估委员会", "术后恢复期", "稳定", "暂不能入学",
                Placement.DEFERRAL, "手术后需休养", review);
        Assessment a = service.assess(REGISTRAR_A, c.id(), deferral);
        workflow.decide(DISTRICT, a.workflowRequestId(), Decision.APPROVE, null);
        assertThat(service.child(DISTRICT, c.id()).reviewDue()).isEqualTo(review);
        SpecialNeedsReminders reminders = new SpecialNeedsReminders(service);
        // more than 30 days ahead: no reminder yet
        assertThat(reminders.reminders(REGISTRAR_A)).noneMatch(r -> r.message() == SpecialNeedsMessages.REMINDER_REVIEW_DUE);
        store.clock().setToday(LocalDate.of(2026, 11, 20));
        assertThat(reminders.reminders(REGISTRAR_A)).anyMatch(r -> r.message() == SpecialNeedsMessages.REMINDER_REVIEW_DUE
                && r.args().equals(List.of(c.id())) && r.severity() == Reminder.Severity.WARNING);
        assertThat(reminders.reminders(REGISTRAR_B)).isEmpty();
        store.clock().setToday(LocalDate.of(2026, 12, 16));
        assertThat(reminders.reminders(REGISTRAR_A)).anyMatch(r -> r.message() == SpecialNeedsMessages.REMINDER_REVIEW_DUE
                && r.severity() == Reminder.Severity.OVERDUE);
    }

    @Test
    void issue11_aReferredChildsPlacementIsToldToTheListenersOnceAfterCommit() {
        List<String> heard = new ArrayList<>();
        placements.addListener((source, studentId, placement, decidedOn) ->
                heard.add(source + ":" + studentId + ":" + placement + ":" + decidedOn));
        Referrals referrals = new Referrals(service);
        long id = referrals.refer(REGISTRAR_A, new HomeTeachingReferral(STUDENT_A, ID_1, "测试儿童", TOWN, null,
                SCHOOL_A, "dropout:17"));
        // the same child referred again is found, not registered twice
        assertThat(referrals.refer(REGISTRAR_A, new HomeTeachingReferral(STUDENT_A, ID_1, "测试儿童", TOWN, null,
                SCHOOL_A, "dropout:17"))).isEqualTo(id);
        assertThat(count("SN_CHILD")).isEqualTo(1);
        Assessment a = service.assess(REGISTRAR_A, id, assessment(Placement.HOME_TEACHING));
        assertThat(placements.deliverPending()).isZero();
        workflow.decide(DISTRICT, a.workflowRequestId(), Decision.APPROVE, null);
        assertThat(heard).isEmpty(); // not inside the decision's transaction
        assertThat(placements.deliverPending()).isEqualTo(1);
        assertThat(heard).containsExactly("dropout:17:" + STUDENT_A + ":HOME_TEACHING:" + TODAY);
        assertThat(placements.deliverPending()).isZero();
        assertThat(heard).hasSize(1);
    }

    @Test
    void r26_aPlanForAChildNotAssessedForHomeTeachingIsRefused() {
        Child c = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        assertThatThrownBy(() -> service.savePlan(REGISTRAR_A, c.id(), plan(List.of("teacher1"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(SpecialNeedsMessages.NOT_HOME_TEACHING));
        // assessed for a regular class: still no home-teaching plan
        Assessment a = service.assess(REGISTRAR_A, c.id(), assessment(Placement.REGULAR_CLASS));
        workflow.decide(DISTRICT, a.workflowRequestId(), Decision.APPROVE, null);
        assertThatThrownBy(() -> service.savePlan(REGISTRAR_A, c.id(), plan(List.of("teacher1"))))
                .isInstanceOf(DomainException.class);
        assertThat(count("SN_PLAN")).isZero();
    }

    @Test
    void r26_thePlanIsApprovedByTheSchoolLeaderVersionedAndPrintable() {
        Child c = homeTaught(ID_1);
        Plan v1 = service.savePlan(REGISTRAR_A, c.id(), plan(List.of("teacher1")));
        assertThat(v1.version()).isEqualTo(1);
        assertThatThrownBy(() -> service.savePlan(REGISTRAR_A, c.id(), plan(List.of("teacher1"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(SpecialNeedsMessages.PLAN_PENDING));
        // another school's leader cannot decide it; the school's leader can
        Plan other = null;
        assertThatThrownBy(() -> workflow.decide(LEADER, v1.workflowRequestId(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        workflow.decide(SCHOOL_LEADER_A, v1.workflowRequestId(), Decision.APPROVE, null);
        Plan v2 = service.savePlan(REGISTRAR_A, c.id(), plan(List.of("teacher1", "teacher2")));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(service.plans(REGISTRAR_A, c.id())).extracting(Plan::version, Plan::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, DecisionStatus.PENDING),
                org.assertj.core.groups.Tuple.tuple(1, DecisionStatus.APPROVED));
        byte[] pdf = service.planPdf(REGISTRAR_A, v1.id());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> service.planPdf(REGISTRAR_B, v1.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(other).isNull();
        assertThat(store.actions()).contains("specialneeds.plan.save", "specialneeds.plan.approve",
                "specialneeds.plan.print");
    }
}
