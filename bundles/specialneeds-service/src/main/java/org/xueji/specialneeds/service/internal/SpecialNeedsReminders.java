package org.xueji.specialneeds.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.registry.api.Semester;
import org.xueji.specialneeds.api.ChildQuery;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceFinding;
import org.xueji.specialneeds.api.ComplianceStatus;
import org.xueji.specialneeds.api.RulePart;
import org.xueji.specialneeds.api.SpecialNeedsMessages;

/**
 * Reminders of R26 and of reassessment: a teacher assigned by a child's approved plan hears
 * of the child's months at risk (the month running without a visit) and breached; the school's
 * leaders (APPROVE_CHANGE) of every child of their school; the school's recorders also of
 * children due for review (a deferral's date or the yearly reassessment, 30 days ahead) and of
 * children taught at home without an approved plan.
 */
@Component(service = ReminderProvider.class)
public class SpecialNeedsReminders implements ReminderProvider {

    static final String TOPIC = "specialneeds.home-teaching";
    static final int REVIEW_DAYS_AHEAD = 30;

    private final SpecialNeedsServiceImpl service;

    @Activate
    public SpecialNeedsReminders(@Reference SpecialNeedsServiceImpl service) {
        this.service = service;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        if (!actor.has(Permission.VIEW_SPECIAL_NEEDS) || actor.schoolId() == null) {
            return List.of();
        }
        actor.requireCurrent();
        ChildScope scope = service.scope(actor);
        LocalDate today = service.today();
        boolean leader = actor.has(Permission.APPROVE_CHANGE);
        boolean recorder = actor.has(Permission.RECORD_SPECIAL_NEEDS) && !actor.isClassScoped();
        return service.transactions().read(em -> {
            List<Reminder> result = new ArrayList<>();
            var children = SpecialNeedsServiceImpl.visibleChildren(em, scope, ChildQuery.ALL);
            for (var c : children) {
                if (recorder && c.reviewDue != null && !c.reviewDue.isAfter(today.plusDays(REVIEW_DAYS_AHEAD))) {
                    result.add(new Reminder(c.reviewDue.isBefore(today) ? Reminder.Severity.OVERDUE
                            : Reminder.Severity.WARNING, SpecialNeedsMessages.REMINDER_REVIEW_DUE, List.of(c.id),
                            c.reviewDue, TOPIC));
                }
            }
            Semester semester = service.standing().semester(today);
            Map<Long, List<String>> teachers = service.standing().assignedTeachers(em, semester);
            List<ChildStatus> statuses = service.standing().statuses(em, children.stream()
                    .filter(c -> "HOME_TEACHING".equals(c.placement)).toList());
            for (ChildStatus s : statuses) {
                long id = s.child().id();
                boolean assigned = teachers.getOrDefault(id, List.of()).contains(actor.username());
                if (recorder && !s.hasApprovedPlan()) {
                    result.add(new Reminder(Reminder.Severity.WARNING, SpecialNeedsMessages.REMINDER_NO_PLAN,
                            List.of(id), null, TOPIC));
                }
                if (!(assigned || leader) || s.compliance() == null) {
                    continue;
                }
                for (ComplianceFinding f : s.compliance().findings()) {
                    if (f.part() == RulePart.VISITS_PER_MONTH) {
                        result.add(new Reminder(f.status() == ComplianceStatus.BREACHED ? Reminder.Severity.OVERDUE
                                : Reminder.Severity.WARNING, SpecialNeedsMessages.REMINDER_MONTH_WITHOUT_VISIT,
                                List.of(id, f.month().toString()), f.month().atEndOfMonth(), TOPIC));
                    }
                }
            }
            return result;
        });
    }
}
