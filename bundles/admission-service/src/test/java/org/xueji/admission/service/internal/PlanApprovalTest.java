package org.xueji.admission.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xueji.admission.api.PlanApproval;
import org.xueji.admission.api.PlanStatus;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.Season;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.WorkflowRequest;

/**
 * Issue 12, item 1 (R24): a school's plan is approved by the district through the workflow
 * (request type admission-plan, one district step, APPROVE_CHANGE) before it counts for
 * applications and the allocation and before it is on the public page.
 */
class PlanApprovalTest extends AdmissionFixture {

    private static String key(Throwable t) {
        return t instanceof ValidationException v ? v.errors().get(0).messageKey().key()
                : ((DomainException) t).messageKey().key();
    }

    private WorkflowRequest last() {
        return requests.get(requests.size() - 1);
    }

    @Test
    void r24_savingAPlanAsksTheDistrictThroughTheWorkflow_andItCountsOnlyOnceApproved() {
        admission.savePlan(DISTRICT, season.id(), new SchoolPlan(2, 2, 40, 0));
        WorkflowRequest request = last();
        assertThat(request.type()).isEqualTo("admission-plan");
        assertThat(request.schoolId()).isEqualTo(2L);
        assertThat(PlanApprovalHandler.REQUEST_TYPE.steps()).singleElement().satisfies(step -> {
            assertThat(step.permission()).isEqualTo(org.xueji.platform.api.Permission.APPROVE_CHANGE);
            assertThat(step.scope()).isEqualTo(org.xueji.platform.api.workflow.DeciderScope.DISTRICT);
        });

        Season pending = admission.season(DISTRICT, season.id());
        assertThat(pending.plan(2)).as("a plan awaiting approval does not count").isNull();
        assertThat(pending.planApprovals()).contains(new PlanApproval(new SchoolPlan(2, 2, 40, 0), PlanStatus.PENDING,
                request.id()));
        // not on the public page, no applications for it, no allocation while it waits
        store.clock().setToday(LocalDate.of(2026, 6, 10));
        assertThat(family.publishedSeasons()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.plan(1)).as("school 1's approved plan is public").isNotNull();
            assertThat(s.plan(2)).isNull();
            assertThat(s.planApprovals()).isEmpty();
        });
        assertThatThrownBy(() -> admission.apply(REGISTRAR_2, season.id(), household(2, CHILDREN.get(0))))
                .isInstanceOf(ValidationException.class);
        admission.publishSeed(DISTRICT, season.id(), "seed");
        store.clock().setToday(AFTER_WINDOW);
        assertThatThrownBy(() -> admission.allocate(DISTRICT, season.id()))
                .satisfies(t -> assertThat(key(t)).isEqualTo("PLANS_AWAITING_APPROVAL"));

        decide(request, Decision.APPROVE);
        assertThat(admission.season(DISTRICT, season.id()).plan(2)).isEqualTo(new SchoolPlan(2, 2, 40, 0));
        assertThat(store.actions()).contains("admission.plan.approve");
        admission.allocate(DISTRICT, season.id());
    }

    @Test
    void r24_aRejectedPlanDoesNotCount_andSavingItAgainAsksAgain_olderDecisionsChangeNothing() {
        admission.savePlan(DISTRICT, season.id(), new SchoolPlan(2, 2, 40, 0));
        WorkflowRequest first = last();
        decide(first, Decision.REJECT);
        Season rejected = admission.season(DISTRICT, season.id());
        assertThat(rejected.plan(2)).isNull();
        assertThat(rejected.planApprovals()).anyMatch(p -> p.plan().schoolId() == 2 && p.status() == PlanStatus.REJECTED);
        assertThat(store.actions()).contains("admission.plan.reject");

        admission.savePlan(DISTRICT, season.id(), new SchoolPlan(2, 1, 40, 0));
        WorkflowRequest second = last();
        assertThat(second.id()).isNotEqualTo(first.id());
        admission.savePlan(DISTRICT, season.id(), new SchoolPlan(2, 3, 40, 0));
        WorkflowRequest third = last();
        decide(second, Decision.APPROVE); // an older request: the plan was saved again since
        assertThat(admission.season(DISTRICT, season.id()).plan(2)).isNull();
        decide(third, Decision.APPROVE);
        assertThat(admission.season(DISTRICT, season.id()).plan(2)).isEqualTo(new SchoolPlan(2, 3, 40, 0));
    }

    @Test
    void r24_aDecisionAfterTheAllocationIsRefused() {
        admission.savePlan(DISTRICT, season.id(), new SchoolPlan(2, 2, 40, 0));
        WorkflowRequest request = last();
        decide(request, Decision.REJECT);
        admission.publishSeed(DISTRICT, season.id(), "seed");
        store.clock().setToday(AFTER_WINDOW);
        admission.allocate(DISTRICT, season.id());
        // the same request cannot be decided twice in the workflow; a forged late outcome is refused here
        assertThatThrownBy(() -> decide(request, Decision.APPROVE))
                .satisfies(t -> assertThat(key(t)).isEqualTo("ALLOCATION_ALREADY_RUN"));
        assertThat(admission.season(DISTRICT, season.id()).plan(2)).isNull();
    }
}
