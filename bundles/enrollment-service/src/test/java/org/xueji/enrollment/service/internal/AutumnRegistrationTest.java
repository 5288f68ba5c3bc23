package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.GRADE9_CLASS;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.SCHOOL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.AutumnRegistrationProgress;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.UnconfirmedStudentListener;

/**
 * Issue 15, item 3: the autumn registration of current students on the 人籍一致 presence
 * ticking (R18), against the school year's deadline (default 30 September).
 */
class AutumnRegistrationTest {

    private final ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE,
            EnrollmentSchema.CHANGELOG, "ENROLLMENT");
    private final OneSchoolRegistry registry = new OneSchoolRegistry();
    private final AutumnRegistrationServiceImpl registration = new AutumnRegistrationServiceImpl(store.support(),
            OneSchoolRegistry.calendar(), registry.students(), registry.schools());
    private final VerificationServiceImpl verification = new VerificationServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), registry.students(), registry.schools());
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    private final Actor registrar = Actor.of("registrar1", "学籍管理员", Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
    private final Actor otherSchool = Actor.of("registrar2", "学籍管理员", Role.SCHOOL_REGISTRAR, 2L, Set.of(), "test");

    @AfterEach
    void close() {
        store.close();
    }

    /** The registrar ticks the grade-9 class: 901 and 902 present, 903 not. */
    private void tickGrade9(VerificationCampaign campaign) {
        SchoolVerification check = verification.forSchool(registrar, campaign.id(), SCHOOL);
        verification.submitPresence(registrar, check.id(), GRADE9_CLASS, Set.of(901L, 902L), List.of());
    }

    @Test
    void open_isTheSchoolYearsDeadline_once_andDistrictOnly() {
        store.clock().setToday(LocalDate.of(2026, 9, 1));
        VerificationCampaign campaign = registration.open(district, 2026);
        assertThat(campaign.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(campaign.semester()).isEqualTo(1);
        assertThat(registration.campaign(registrar, 2026)).contains(campaign);
        // it is a 人籍一致 campaign the schools see like any other
        assertThat(verification.campaigns(registrar)).extracting(VerificationCampaign::id).contains(campaign.id());
        assertThat(store.actions()).contains("autumn-registration.open");

        assertThatThrownBy(() -> registration.open(district, 2026)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(EnrollmentMessages.AUTUMN_REGISTRATION_ALREADY_OPEN));
        assertThatThrownBy(() -> registration.open(registrar, 2027)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.count("select count(*) from ENR_CAMPAIGN")).isEqualTo(1);
    }

    @Test
    void open_afterTheDeadline_refused_nothingWritten() {
        store.clock().setToday(LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> registration.open(district, 2026)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(EnrollmentMessages.AUTUMN_REGISTRATION_DEADLINE_PASSED));
        assertThat(store.count("select count(*) from ENR_CAMPAIGN")).isZero();
        assertThat(store.count("select count(*) from ENR_AUTUMN_REG")).isZero();
    }

    @Test
    void progressAndUnconfirmed_followThePresenceTicked() {
        store.clock().setToday(LocalDate.of(2026, 9, 10));
        VerificationCampaign campaign = registration.open(district, 2026);
        // before any class is ticked every student is unconfirmed
        assertThat(registration.unconfirmed(registrar, 2026, SCHOOL)).hasSize(5);
        tickGrade9(campaign);

        AutumnRegistrationProgress p = registration.progress(district, 2026).get(0);
        assertThat(p.schoolId()).isEqualTo(SCHOOL);
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(p.classes()).isEqualTo(2);
        assertThat(p.confirmedClasses()).isEqualTo(1);
        assertThat(p.students()).isEqualTo(5);
        assertThat(p.confirmed()).isEqualTo(2);
        assertThat(p.daysLeft()).isEqualTo(20);
        assertThat(p.status()).isEqualTo(DeadlineProgress.Status.ON_TRACK);
        // the one not ticked in grade 9 and the untouched grade-8 class
        assertThat(registration.unconfirmed(registrar, 2026, SCHOOL)).extracting(StudentSummary::id)
                .containsExactly(903L, 801L, 802L);
    }

    @Test
    void afterTheDeadline_theSchoolIsOverdue_andTheUnconfirmedAreHandedOnOnce() {
        store.clock().setToday(LocalDate.of(2026, 9, 10));
        tickGrade9(registration.open(district, 2026));
        List<String> heard = new ArrayList<>();
        UnconfirmedStudentListener listener = (year, school, ids) -> heard.add(year + "/" + school + "/" + ids);
        registration.listeners = List.of(listener);

        registration.followUp(LocalDate.of(2026, 9, 30)); // the deadline day itself: still open
        assertThat(heard).isEmpty();

        store.clock().setToday(LocalDate.of(2026, 10, 1));
        assertThat(registration.progress(registrar, 2026).get(0).status()).isEqualTo(DeadlineProgress.Status.OVERDUE);
        registration.followUp(LocalDate.of(2026, 10, 1));
        registration.followUp(LocalDate.of(2026, 10, 2));
        assertThat(heard).containsExactly("2026/1/[903, 801, 802]");
        assertThat(store.actions()).containsOnlyOnce("autumn-registration.follow-up");
    }

    @Test
    void reminder_theSchoolSeesItsUnconfirmedStudents_untilAllAreConfirmed() {
        AutumnRegistrationReminders reminders = new AutumnRegistrationReminders(registration,
                OneSchoolRegistry.calendar(), store.clock());
        store.clock().setToday(LocalDate.of(2026, 9, 10));
        assertThat(reminders.reminders(registrar)).isEmpty(); // not opened yet
        VerificationCampaign campaign = registration.open(district, 2026);
        tickGrade9(campaign);
        Reminder r = reminders.reminders(registrar).get(0);
        assertThat(r.message()).isEqualTo(EnrollmentMessages.REMINDER_AUTUMN_UNCONFIRMED);
        assertThat(r.args()).containsExactly(3, "2026-09-30");
        assertThat(r.severity()).isEqualTo(Reminder.Severity.WARNING);
        assertThat(reminders.reminders(district)).isEmpty();
        store.clock().setToday(LocalDate.of(2026, 10, 1));
        assertThat(reminders.reminders(registrar).get(0).severity()).isEqualTo(Reminder.Severity.OVERDUE);
        SchoolVerification check = verification.forSchool(registrar, campaign.id(), SCHOOL);
        verification.submitPresence(registrar, check.id(), GRADE9_CLASS, Set.of(901L, 902L, 903L), List.of());
        verification.submitPresence(registrar, check.id(), OneSchoolRegistry.GRADE8_CLASS, Set.of(801L, 802L),
                List.of());
        assertThat(reminders.reminders(registrar)).isEmpty();
    }

    @Test
    void unconfirmed_ofAnotherSchool_refusedAndAudited() {
        store.clock().setToday(LocalDate.of(2026, 9, 10));
        registration.open(district, 2026);
        assertThatThrownBy(() -> registration.unconfirmed(otherSchool, 2026, SCHOOL))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.audit()).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("access.denied");
            assertThat(row.username()).isEqualTo("registrar2");
            assertThat(row.changes()).contains("autumn-registration.unconfirmed");
        });
        assertThat(registration.progress(otherSchool, 2026)).isEmpty();
    }
}
