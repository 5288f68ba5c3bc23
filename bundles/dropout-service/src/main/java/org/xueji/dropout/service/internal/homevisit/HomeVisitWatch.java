package org.xueji.dropout.service.internal.homevisit;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.homevisit.HomeVisitMessages;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.priority.PriorityRoster;

/**
 * R28 reminder: school staff (head teachers and teachers for their classes, school accounts for
 * their school) are told how many priority children are overdue for a home visit. District
 * accounts use the overdue list per school instead (a reminder must be cheap on every home page).
 */
@Component(service = ReminderProvider.class, configurationPid = HomeVisitConfig.PID)
public class HomeVisitWatch implements ReminderProvider {

    private static final Logger LOG = LoggerFactory.getLogger(HomeVisitWatch.class);
    public static final String TOPIC = "dropout.homevisits";

    private final PlatformClock clock;
    private final PriorityRoster roster;
    private final DueList dueList;
    private volatile HomeVisitConfig config;

    @Activate
    public HomeVisitWatch(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                          @Reference PlatformClock clock, @Reference StudentService students,
                          @Reference PriorityRoster roster, Map<String, Object> properties) {
        this(new Transactions(emf), clock, students, roster, HomeVisitConfig.from(properties, LOG::warn));
    }

    HomeVisitWatch(Transactions tx, PlatformClock clock, StudentService students, PriorityRoster roster,
                   HomeVisitConfig config) {
        this.clock = clock;
        this.roster = roster;
        this.dueList = new DueList(tx, students);
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = HomeVisitConfig.from(properties, LOG::warn);
    }

    void configure(HomeVisitConfig newConfig) {
        config = newConfig;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        if (actor.schoolId() == null || !actor.has(Permission.VIEW_DROPOUT) || !actor.has(Permission.VIEW_STUDENT)) {
            return List.of();
        }
        try {
            long overdue = dueList.compute(actor, roster, null, config, clock.today()).stream()
                    .filter(d -> d.overdue()).count();
            return overdue == 0 ? List.of() : List.of(new Reminder(Reminder.Severity.WARNING,
                    HomeVisitMessages.REMINDER_HOME_VISIT_OVERDUE, List.of(overdue), null, TOPIC));
        } catch (RuntimeException e) {
            LOG.warn("dropout: home-visit reminder failed: {}", e.toString());
            return List.of();
        }
    }
}
