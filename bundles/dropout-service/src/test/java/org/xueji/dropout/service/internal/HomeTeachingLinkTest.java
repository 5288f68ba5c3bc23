package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.followup.HomeTeachingReferral;
import org.xueji.registry.api.followup.HomeTeachingReferrals;
import org.xueji.registry.api.followup.Placement;

/**
 * Issue 10 item 9 / issue 11 item 6: a child on a dropout ledger is referred to the special-needs
 * module; an approved home-teaching placement closes the entry with outcome HOME_TEACHING.
 */
class HomeTeachingLinkTest extends DropoutFixture {

    /** The special-needs module as it answers: the referral as given, and the id of its register. */
    private final List<HomeTeachingReferral> referred = new ArrayList<>();
    private final HomeTeachingReferrals specialNeeds = (actor, referral) -> {
        referred.add(referral);
        return 900L + referred.size();
    };

    @Test
    void r23_referralCarriesTheChildAndTheEntryAsItsSource() {
        Entry e = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        service.referrals = specialNeeds;

        long child = service.referToHomeTeaching(REGISTRAR_A, e.id());

        assertThat(child).isEqualTo(901L);
        assertThat(referred).hasSize(1);
        HomeTeachingReferral r = referred.get(0);
        assertThat(r.studentId()).isEqualTo(101L);
        assertThat(r.town()).isEqualTo("黄花镇");
        assertThat(r.village()).isEqualTo("新桥村");
        assertThat(r.schoolId()).isEqualTo(1L);
        assertThat(r.source()).isEqualTo("dropout:" + e.id());
        assertThat(actions()).contains("dropout.entry.referral");
    }

    @Test
    void r1_anotherSchoolCannotReferTheChild() {
        Entry e = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        service.referrals = specialNeeds;

        assertThatThrownBy(() -> service.referToHomeTeaching(PRINCIPAL_B, e.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(referred).isEmpty();
    }

    @Test
    void withoutTheSpecialNeedsModuleTheReferralIsRefusedClearly() {
        Entry e = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        service.referrals = null;

        assertThatThrownBy(() -> service.referToHomeTeaching(REGISTRAR_A, e.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo(DropoutMessages.HOME_TEACHING_UNAVAILABLE));
    }

    @Test
    void r23_approvedHomeTeachingPlacementClosesTheEntryWithThatOutcome() {
        Entry e = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        PlacementCloser closer = new PlacementCloser(store.support());

        closer.placed("dropout:" + e.id(), 101L, Placement.HOME_TEACHING, TODAY);

        Entry closed = service.get(DISTRICT, e.id());
        assertThat(closed.status()).isEqualTo(EntryStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(ClosingOutcome.HOME_TEACHING);
        assertThat(actions()).contains("dropout.entry.closed-by-placement");
    }

    @Test
    void r23_otherPlacementsAndOtherSourcesLeaveTheEntryOpen() {
        Entry e = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        PlacementCloser closer = new PlacementCloser(store.support());

        closer.placed("dropout:" + e.id(), 101L, Placement.REGULAR_CLASS, TODAY);
        closer.placed("transfer:" + e.id(), 101L, Placement.HOME_TEACHING, TODAY);
        closer.placed("dropout:not-a-number", 101L, Placement.HOME_TEACHING, TODAY);

        assertThat(service.get(DISTRICT, e.id()).status()).isEqualTo(EntryStatus.SUSPECTED);
        assertThat(actions()).doesNotContain("dropout.entry.closed-by-placement");
    }
}
