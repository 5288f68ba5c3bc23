package org.xueji.dropout.service.internal.inspection;

import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.dropout.api.inspection.InspectionMessages;
import org.xueji.dropout.api.inspection.InspectionStatus;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.persistence.Transactions;

/**
 * Reminds of inspection corrections past their deadline (R30): the school of its own, district
 * accounts of all. Area accounts and accounts without VIEW_DROPOUT get nothing.
 */
@Component(service = ReminderProvider.class)
public class InspectionWatch implements ReminderProvider {

    static final String TOPIC = "dropout.inspections";

    private final Transactions tx;
    private final PlatformClock clock;

    @Activate
    public InspectionWatch(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                           @Reference PlatformClock clock) {
        this(new Transactions(emf), clock);
    }

    /**
     * For fast tests on the real schema. A factory, not a second public two-argument constructor: SCR
     * tries every public constructor with the component's number of arguments, and when it tried that
     * one first it logged an ERROR at each boot ("Constructor argument 0 … has unsupported type
     * Transactions") before it took the right one.
     */
    public static InspectionWatch over(Transactions tx, PlatformClock clock) {
        return new InspectionWatch(tx, clock);
    }

    private InspectionWatch(Transactions tx, PlatformClock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        if (!actor.has(Permission.VIEW_DROPOUT) || !actor.isDistrictWide() && actor.schoolId() == null) {
            return List.of();
        }
        Long school = actor.isDistrictWide() ? null : actor.schoolId();
        long overdue = tx.read(em -> {
            var q = em.createQuery("select count(i) from DropoutInspection i where i.status = :open "
                    + "and i.correctBy < :today" + (school == null ? "" : " and i.schoolId = :s"), Long.class)
                    .setParameter("open", InspectionStatus.OPEN.name()).setParameter("today", clock.today());
            if (school != null) {
                q.setParameter("s", school);
            }
            return q.getSingleResult();
        });
        return overdue == 0 ? List.of() : List.of(new Reminder(Reminder.Severity.OVERDUE,
                InspectionMessages.REMINDER_CORRECTION_OVERDUE, List.of(overdue), null, TOPIC));
    }
}
