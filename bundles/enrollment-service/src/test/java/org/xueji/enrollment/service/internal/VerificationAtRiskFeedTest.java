package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.GRADE9_CLASS;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.SCHOOL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * R18 → R23 (issue 10): a 籍在人不在 finding settled by a written claim alone is handed to the
 * at-risk listeners (the dropout module) after the resolution committed; backed resolutions are
 * not; a failing listener undoes nothing.
 */
class VerificationAtRiskFeedTest {

    private final ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE,
            EnrollmentSchema.CHANGELOG, "ENROLLMENT");
    private final OneSchoolRegistry registry = new OneSchoolRegistry();
    private final AutumnRegistrationServiceImpl registration = new AutumnRegistrationServiceImpl(store.support(),
            OneSchoolRegistry.calendar(), registry.students(), registry.schools());
    /** Made after the clock is set: the service keeps the clock it is given at construction. */
    private VerificationServiceImpl verification;
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    private final Actor registrar = Actor.of("registrar1", "学籍管理员", Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
    private final List<AtRiskSignal> heard = new ArrayList<>();
    private SchoolVerification check;

    @BeforeEach
    void setUp() {
        store.clock().setToday(LocalDate.of(2026, 9, 10));
        verification = new VerificationServiceImpl(store.entityManagerFactory(), store.auditTrail(),
                store.auditService(), store.clock(), registry.students(), registry.schools());
        VerificationCampaign campaign = registration.open(district, 2026);
        check = verification.forSchool(registrar, campaign.id(), SCHOOL);
        // grade 9 ticked with 902 and 903 absent: two 籍在人不在
        verification.submitPresence(registrar, check.id(), GRADE9_CLASS, Set.of(901L), List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Discrepancy> notPresent() {
        return verification.discrepancies(registrar, check.id()).stream()
                .filter(d -> d.kind() == DiscrepancyKind.RECORD_WITHOUT_PERSON).toList();
    }

    @Test
    void r18_notPresentSettledByAClaimAloneIsSignalledOnceAfterCommit() {
        verification.bindAtRiskListener(heard::add);
        List<Discrepancy> found = notPresent();
        assertThat(found).hasSize(2);

        verification.resolve(registrar, found.get(0).id(), ResolutionKind.EXPLAINED, "家长说孩子在外地上学");
        verification.resolve(registrar, found.get(1).id(), ResolutionKind.TRANSFER_STARTED, null);

        assertThat(heard).hasSize(1);
        AtRiskSignal s = heard.get(0);
        assertThat(s.source()).isEqualTo(AtRiskSource.R18_NOT_PRESENT);
        assertThat(s.studentId()).isEqualTo(found.get(0).studentId());
        assertThat(s.schoolId()).isEqualTo(SCHOOL);
        assertThat(s.foundOn()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(s.reference()).isEqualTo("r18:" + check.id() + ":" + found.get(0).id());
    }

    @Test
    void r18_aFailingListenerUndoesNothingAndWithoutListenersNothingIsSent() {
        List<Discrepancy> found = notPresent();
        verification.resolve(registrar, found.get(0).id(), ResolutionKind.EXPLAINED, "家长说孩子在外地上学");
        verification.bindAtRiskListener(signal -> {
            throw new IllegalStateException("dropout module down");
        });
        verification.bindAtRiskListener(heard::add);

        verification.resolve(registrar, found.get(1).id(), ResolutionKind.EXPLAINED, "已电话联系家长");

        assertThat(heard).hasSize(1); // the second listener still heard it; the first resolution had no listener
        assertThat(notPresent()).allMatch(d -> d.resolution() == ResolutionKind.EXPLAINED);
    }
}
