package org.xueji.dropout.service.internal.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.api.homevisit.Frequency;
import org.xueji.dropout.api.homevisit.HomeVisit;
import org.xueji.dropout.api.homevisit.HomeVisitMessages;
import org.xueji.dropout.api.homevisit.NewHomeVisit;
import org.xueji.dropout.api.homevisit.PriorityGroup;
import org.xueji.dropout.api.homevisit.VisitDue;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.reminder.Reminder;

/** R28: home visits recorded per child, minimum frequencies per priority group, the overdue list and reminders. */
class HomeVisitTest extends HomeVisitFixture {

    private static NewHomeVisit visit(long student, LocalDate on) {
        return new NewHomeVisit(student, ContactKind.HOME_VISIT, on, "刘老师", "了解在家学习情况", "家长同意每周联系一次");
    }

    private List<Long> reminded(org.xueji.platform.api.Actor actor) {
        return watch.reminders(actor).stream().filter(r -> r.message() == HomeVisitMessages.REMINDER_HOME_VISIT_OVERDUE)
                .map(r -> ((Number) r.args().get(0)).longValue()).toList();
    }

    @Test
    void r28_aVisitIsRecordedAndReadBackAuditedWithoutWhatWasSaid() {
        HomeVisit v = service.record(HEAD_A, new NewHomeVisit(101L, ContactKind.PHONE_CALL, TODAY, "刘老师",
                "询问孤儿生活安排", "祖母照看，下月入户"));

        assertThat(v.schoolId()).isEqualTo(1L);
        assertThat(v.classId()).isEqualTo(11L);
        assertThat(service.visits(PRINCIPAL_A, 101L)).extracting(HomeVisit::id).containsExactly(v.id());
        assertThat(store.actions()).contains("dropout.homevisit.add");
        assertThat(store.audit()).noneMatch(r -> r.changes() != null
                && (r.changes().contains("祖母") || r.changes().contains("孤儿") || r.changes().contains("刘老师")));
    }

    @Test
    void r28_aVisitInTheFutureOrWithoutItsFieldsIsRefusedAndNothingStored() {
        assertThatThrownBy(() -> service.record(HEAD_A, visit(101L, TODAY.plusDays(1))))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(DropoutMessages.DATE_IN_FUTURE);
        ValidationException all = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                service.record(HEAD_A, new NewHomeVisit(101L, null, null, " ", "", null)));
        assertThat(all.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("kind", "visitors", "content", "outcome", "date");
        assertThat(all.errors()).extracting(FieldError::messageKey).contains(HomeVisitMessages.KIND_REQUIRED,
                HomeVisitMessages.CONTENT_REQUIRED, DropoutMessages.VISITORS_REQUIRED,
                DropoutMessages.VISIT_OUTCOME_REQUIRED, DropoutMessages.DATE_REQUIRED);
        assertThat(homeVisits()).isZero();
    }

    @Test
    void r28_overdueReminderFollowsTheClock_orphanOncePer30Days() {
        // 101 is an orphan (1 contact in 30 days), never contacted: overdue at once, for its head teacher
        assertThat(reminded(HEAD_A)).containsExactly(1L);
        service.record(HEAD_A, visit(101L, TODAY)); // Wednesday 2025-10-15
        assertThat(reminded(HEAD_A)).isEmpty();

        // window (today − 30 days, today]: 2025-11-13 − 30 = 10-14, the visit of 10-15 counts
        store.clock().setToday(LocalDate.of(2025, 11, 13));
        assertThat(reminded(HEAD_A)).isEmpty();
        // 2025-11-14 − 30 = 10-15: the visit of 10-15 is no longer after it — overdue
        store.clock().setToday(LocalDate.of(2025, 11, 14));
        assertThat(reminded(HEAD_A)).containsExactly(1L);
        VisitDue due = service.dueList(HEAD_A, null, true).get(0);
        assertThat(due.studentId()).isEqualTo(101L);
        assertThat(due.required()).isEqualTo(new Frequency(1, 30));
        assertThat(due.made()).isZero();
        assertThat(due.lastContact()).isEqualTo(TODAY);
        assertThat(due.groups()).containsExactly(PriorityGroup.ORPHAN);
    }

    @Test
    void r28_theSchoolSeesItsWholeOverdueListTheHeadTeacherOnlyTheirClassTheDistrictNoReminder() {
        service.record(HEAD_A, visit(101L, TODAY));

        assertThat(reminded(PRINCIPAL_A)).containsExactly(1L); // 102, left-behind, never contacted
        assertThat(reminded(TEACHER_A2)).containsExactly(1L);
        assertThat(reminded(HEAD_A)).isEmpty();
        assertThat(reminded(PRINCIPAL_B)).isEmpty();
        assertThat(reminded(DISTRICT)).isEmpty();
        assertThat(service.dueList(PRINCIPAL_A, 1L, true)).extracting(VisitDue::studentId).containsExactly(102L);
        assertThat(service.dueList(PRINCIPAL_A, 1L, false)).extracting(VisitDue::studentId).containsExactly(101L, 102L);
        assertThat(service.dueList(DISTRICT, null, true)).extracting(VisitDue::studentId).containsExactly(102L);
        assertThat(service.dueList(HEAD_A, null, false)).extracting(VisitDue::studentId).containsExactly(101L);
    }

    @Test
    void r28_changedFrequenciesApply() {
        service.record(HEAD_A, visit(101L, TODAY));
        store.clock().setToday(LocalDate.of(2025, 10, 20));
        assertThat(service.dueList(HEAD_A, null, true)).isEmpty();

        Map<String, Object> cfg = new HashMap<>();
        cfg.put("frequency.ORPHAN", "2/30");
        cfg.put("frequency.LEFT_BEHIND", "every month"); // invalid: the default 1/30 is kept
        List<String> warnings = new java.util.ArrayList<>();
        HomeVisitConfig twice = HomeVisitConfig.from(cfg, warnings::add);
        assertThat(twice.of(PriorityGroup.ORPHAN)).isEqualTo(new Frequency(2, 30));
        assertThat(twice.of(PriorityGroup.LEFT_BEHIND)).isEqualTo(new Frequency(1, 30));
        assertThat(warnings).hasSize(1);
        service.configure(twice);
        watch.configure(twice);

        VisitDue due = service.dueList(HEAD_A, null, true).get(0);
        assertThat(due.required()).isEqualTo(new Frequency(2, 30));
        assertThat(due.made()).isEqualTo(1);
        assertThat(reminded(HEAD_A)).containsExactly(1L);

        service.record(HEAD_A, new NewHomeVisit(101L, ContactKind.PARENT_MEETING, LocalDate.of(2025, 10, 20), "刘老师",
                "约谈祖母", "同意"));
        assertThat(reminded(HEAD_A)).isEmpty();

        Map<PriorityGroup, Frequency> none = new EnumMap<>(HomeVisitConfig.DEFAULTS.frequencies());
        none.put(PriorityGroup.ORPHAN, new Frequency(0, 30));
        service.configure(new HomeVisitConfig(none));
        // no minimum for orphans: 101 is in no group with a minimum, so not on the list at all
        assertThat(service.dueList(PRINCIPAL_A, 1L, false)).extracting(VisitDue::studentId).containsExactly(102L);
    }

    @Test
    void r28_hardshipIsMarkedByTheSchoolAndThenDue_registryGroupsAreNot() {
        assertThat(service.dueList(PRINCIPAL_B, 2L, false)).isEmpty();

        service.mark(TEACHER_B, 201L, PriorityGroup.HARDSHIP, true);
        List<VisitDue> due = service.dueList(PRINCIPAL_B, 2L, false);
        assertThat(due).extracting(VisitDue::studentId).containsExactly(201L);
        assertThat(due.get(0).groups()).containsExactly(PriorityGroup.HARDSHIP);
        assertThat(due.get(0).required()).isEqualTo(new Frequency(1, 60));
        assertThat(due.get(0).overdue()).isTrue();

        assertThatThrownBy(() -> service.mark(TEACHER_B, 201L, PriorityGroup.ORPHAN, true))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(HomeVisitMessages.GROUP_FROM_REGISTRY);
        service.mark(TEACHER_B, 201L, PriorityGroup.HARDSHIP, false);
        assertThat(service.dueList(PRINCIPAL_B, 2L, false)).isEmpty();
        assertThat(store.actions()).contains("dropout.priority.mark", "dropout.priority.unmark");
    }

    @Test
    void r28_scope_othersChildrenAndAreaOfficialsAreRefusedAndAudited() {
        assertThatThrownBy(() -> service.record(TEACHER_B, visit(101L, TODAY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.record(TEACHER_A2, visit(101L, TODAY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.visits(PRINCIPAL_B, 101L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.dueList(PRINCIPAL_B, 1L, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.mark(TEACHER_A2, 101L, PriorityGroup.HARDSHIP, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.dueList(VILLAGE, null, false)).isInstanceOf(AccessDeniedException.class)
                .extracting(x -> ((AccessDeniedException) x).messageKey()).isEqualTo(HomeVisitMessages.SCHOOL_STAFF_ONLY);
        assertThat(homeVisits()).isZero();
        assertThat(store.count("select count(*) from DRP_PRIORITY_MARK")).isZero();
        assertThat(store.actions()).contains("access.denied");
    }
}
