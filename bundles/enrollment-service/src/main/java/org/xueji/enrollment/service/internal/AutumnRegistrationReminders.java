package org.xueji.enrollment.service.internal;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.enrollment.api.AutumnRegistrationService;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.EnrollmentTopics;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.registry.api.SchoolYearService;

/**
 * The school's reminder of the autumn registration (issue 15): while the current school
 * year's registration is open, a principal, leader or registrar sees how many of the school's
 * students are not confirmed present and the deadline (overdue once it has passed).
 */
@Component(service = ReminderProvider.class)
public class AutumnRegistrationReminders implements ReminderProvider {

    private final AutumnRegistrationService registration;
    private final SchoolYearService schoolYears;
    private final PlatformClock clock;

    @Activate
    public AutumnRegistrationReminders(@Reference AutumnRegistrationService registration,
                                       @Reference SchoolYearService schoolYears, @Reference PlatformClock clock) {
        this.registration = registration;
        this.schoolYears = schoolYears;
        this.clock = clock;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        if (actor.isDistrictWide() || actor.isClassScoped() || !actor.has(Permission.VIEW_STUDENT)) {
            return List.of(); // the district follows the progress table; teachers see their classes only
        }
        LocalDate today = clock.today();
        int year = schoolYears.schoolYearOf(today).startYear();
        VerificationCampaign campaign = registration.campaign(actor, year).orElse(null);
        if (campaign == null) {
            return List.of();
        }
        int open = registration.unconfirmed(actor, year, actor.schoolId()).size();
        if (open == 0) {
            return List.of();
        }
        return List.of(new Reminder(today.isAfter(campaign.dueDate()) ? Reminder.Severity.OVERDUE
                : Reminder.Severity.WARNING, EnrollmentMessages.REMINDER_AUTUMN_UNCONFIRMED,
                List.of(open, campaign.dueDate().toString()), campaign.dueDate(), EnrollmentTopics.AUTUMN_REGISTRATION));
    }
}
