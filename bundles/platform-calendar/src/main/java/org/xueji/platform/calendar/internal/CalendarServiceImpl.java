package org.xueji.platform.calendar.internal;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.calendar.CalendarMessages;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;
import org.xueji.platform.api.calendar.StatutoryCalendar;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.calendar.internal.entity.CalendarDayEntity;
import org.xueji.platform.calendar.internal.entity.CalendarYearEntity;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;

/**
 * The working-day calendar (D2): years in CAL_YEAR/CAL_DAY, seeded on the first start from the
 * shipped 2024–2026 files, changed only by the district administration (audited, refusals
 * audited). Deadline arithmetic ({@link WorkingDayCalendar}) runs on an immutable in-memory
 * {@link StatutoryCalendar} replaced after every committed change, so the many deadline
 * computations never touch the database.
 */
@Component(service = {CalendarService.class, WorkingDayCalendar.class}, immediate = true)
public class CalendarServiceImpl implements CalendarService, WorkingDayCalendar {

    static final String SEED_ACTOR = "calendar-seed";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarServiceImpl.class);

    /** What the service holds in memory: the schedules and the calendar built on them. */
    private record Snapshot(Map<Integer, HolidaySchedule> schedules, StatutoryCalendar calendar) {
    }

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final Clock clock;
    private volatile Snapshot current = new Snapshot(Map.of(), new StatutoryCalendar(List.of()));

    @Activate
    public CalendarServiceImpl(@Reference(target = "(osgi.unit.name=xueji-calendar)") EntityManagerFactory emf,
                               @Reference AuditTrail audit, @Reference AuditService auditService,
                               @Reference PlatformClock platformClock) {
        this(new Transactions(emf), audit, new DeniedAccess(auditService), platformClock.clock());
        List<Integer> seeded = seedMissing(ShippedYears.load());
        if (!seeded.isEmpty()) {
            LOG.info("Working-day calendar seeded with the shipped years {}", seeded);
        }
    }

    /**
     * For tests and the component: nothing is seeded here. Package-private because SCR looks for
     * the activation constructor by its number of arguments: a second public one of four arguments
     * made it log "unsupported type Transactions" on every start.
     */
    CalendarServiceImpl(Transactions tx, AuditTrail audit, DeniedAccess denied, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.denied = denied;
        this.clock = clock;
        refresh();
    }

    /** Stores the given years that are not held yet (first start; a later release shipping a new year). */
    List<Integer> seedMissing(List<HolidaySchedule> shipped) {
        Actor system = Actor.system(SEED_ACTOR);
        List<Integer> seeded = tx.inTransaction(em -> {
            List<Integer> added = new ArrayList<>();
            for (HolidaySchedule s : shipped) {
                if (em.find(CalendarYearEntity.class, s.year()) == null) {
                    CalendarRows.store(em, s, null, "seed", system.username(), Instant.now(clock));
                    audit.append(em, AuditEvent.of(system, "calendar.year.seed", "calendar-year", s.year(), null)
                            .withChanges(Map.of("daysOff", s.daysOff(), "makeUpDays", s.makeUpDays())));
                    added.add(s.year());
                }
            }
            return added;
        });
        refresh();
        return seeded;
    }

    // ---- reads: every logged-in actor ----

    @Override
    public SortedSet<Integer> years(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return current.calendar().years();
    }

    @Override
    public HolidaySchedule year(Actor actor, int year) {
        Objects.requireNonNull(actor, "actor");
        HolidaySchedule s = current.schedules().get(year);
        if (s == null) {
            throw new CalendarYearMissingException(year);
        }
        return s;
    }

    // ---- changes: the district administration only ----

    @Override
    public HolidaySchedule setDay(Actor actor, SpecialDay day) {
        Object target = day == null || day.date() == null ? null : day.date().getYear();
        return denied.guard(actor, "calendar.day.set", "calendar-year", target, () -> {
            requireDistrictAdministration(actor);
            if (day == null || day.date() == null) {
                throw new ValidationException(List.of(new FieldError("date", CalendarMessages.DATE_REQUIRED)));
            }
            return changed(() -> tx.inTransaction(em -> {
                var year = lockedYear(em, day.date().getYear());
                HolidaySchedule before = CalendarRows.load(em, year);
                HolidaySchedule after = before.with(day);
                var entity = em.find(CalendarDayEntity.class, day.date());
                SpecialDay old = before.day(day.date()).orElse(null);
                boolean added = entity == null;
                if (added) {
                    entity = new CalendarDayEntity();
                    entity.date = day.date();
                    entity.year = year.year;
                }
                entity.name = day.name();
                entity.offDay = day.offDay();
                if (added) {
                    em.persist(entity);
                }
                CalendarRows.touch(year, "edit", actor.username(), Instant.now(clock));
                em.flush();
                audit.append(em, AuditEvent.of(actor, "calendar.day.set", "calendar-year", year.year, null)
                        .withChanges(Map.of("date", day.date().toString(),
                                "name", List.of(old == null ? "" : old.name(), day.name()),
                                "kind", List.of(kind(old), kind(day)))));
                return after;
            }));
        });
    }

    @Override
    public HolidaySchedule removeDay(Actor actor, LocalDate date) {
        return denied.guard(actor, "calendar.day.remove", "calendar-year", date == null ? null : date.getYear(),
                () -> {
                    requireDistrictAdministration(actor);
                    Objects.requireNonNull(date, "date");
                    return changed(() -> tx.inTransaction(em -> {
                        var year = lockedYear(em, date.getYear());
                        var entity = em.find(CalendarDayEntity.class,
                                date);
                        if (entity == null) {
                            throw new NotFoundException(CalendarMessages.DAY_NOT_FOUND, date.toString());
                        }
                        SpecialDay old = new SpecialDay(entity.date, entity.name, entity.offDay);
                        em.remove(entity);
                        CalendarRows.touch(year, "edit", actor.username(), Instant.now(clock));
                        em.flush();
                        audit.append(em, AuditEvent.of(actor, "calendar.day.remove", "calendar-year", year.year, null)
                                .withChanges(Map.of("date", date.toString(), "name", old.name(),
                                        "kind", kind(old))));
                        return CalendarRows.load(em, year);
                    }));
                });
    }

    @Override
    public ImportResult importYear(Actor actor, int year, byte[] json, boolean replace) {
        return denied.guard(actor, "calendar.year.import", "calendar-year", year, () -> {
            requireDistrictAdministration(actor);
            HolidaySchedule schedule = HolidayCnJson.parse(json, year);
            return changed(() -> tx.inTransaction(em -> {
                var existing = em.find(CalendarYearEntity.class, year,
                        LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                if (existing != null && !replace) {
                    throw new DomainException(CalendarMessages.YEAR_EXISTS, String.valueOf(year));
                }
                int previous = CalendarRows.store(em, schedule, existing, "import", actor.username(),
                        Instant.now(clock));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("replaced", existing != null);
                details.put("previousDays", previous);
                details.put("daysOff", schedule.daysOff());
                details.put("makeUpDays", schedule.makeUpDays());
                details.put("bytes", json.length);
                audit.append(em, AuditEvent.of(actor, "calendar.year.import", "calendar-year", year, null)
                        .withChanges(details));
                return new ImportResult(year, schedule.daysOff(), schedule.makeUpDays(), existing != null, previous);
            }));
        });
    }

    private static void requireDistrictAdministration(Actor actor) {
        actor.require(Permission.ADMINISTER_SYSTEM);
        if (!actor.isDistrictWide()) {
            throw new AccessDeniedException(CalendarMessages.DISTRICT_ONLY);
        }
    }

    private static CalendarYearEntity lockedYear(EntityManager em,
                                                                                          int year) {
        var entity = em.find(CalendarYearEntity.class, year,
                LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (entity == null) {
            throw new CalendarYearMissingException(year);
        }
        return entity;
    }

    private static String kind(SpecialDay day) {
        return day == null ? "" : day.offDay() ? "day-off" : "make-up-working-day";
    }

    /**
     * Runs a committed change, then refreshes the in-memory calendar. A lost race (the year's
     * version moved, the same date inserted by a concurrent change, or a deadlock victim) is a
     * clear message; the losing transaction has rolled back.
     */
    private <T> T changed(Supplier<T> change) {
        try {
            return change.get();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new DomainException(PlatformMessages.CONCURRENT_CHANGE);
            }
            throw e;
        } finally {
            refresh();
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** Rebuilds the in-memory calendar from the committed rows. */
    final synchronized void refresh() {
        Map<Integer, HolidaySchedule> schedules = tx.read(CalendarRows::loadAll);
        current = new Snapshot(Map.copyOf(schedules), new StatutoryCalendar(schedules.values()));
    }

    // ---- deadline arithmetic on the in-memory calendar ----

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return current.calendar().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return current.calendar().addWorkingDays(from, days);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current.calendar().workingDaysBetween(from, to);
    }

    @Override
    public SortedSet<Integer> years() {
        return current.calendar().years();
    }
}
