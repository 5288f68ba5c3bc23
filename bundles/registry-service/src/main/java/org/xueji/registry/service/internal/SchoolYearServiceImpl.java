package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearMessages;
import org.xueji.registry.api.SchoolYearRules;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;
import org.xueji.registry.api.SurveyWindow;
import org.xueji.registry.service.internal.entity.SchoolYearEntity;

/**
 * The school calendar (issue 15): semesters and key dates per school year, stored in
 * {@code REG_SCHOOL_YEAR}; a year or a key date the district has not set answers with
 * {@link SchoolYearRules#defaults(int)}.
 */
@Component(service = SchoolYearService.class)
public class SchoolYearServiceImpl implements SchoolYearService {

    private final ModuleSupport support;

    @Activate
    public SchoolYearServiceImpl(@Reference(target = "(osgi.unit.name=xueji-registry)") EntityManagerFactory emf,
                                 @Reference AuditTrail auditTrail, @Reference AuditService auditService,
                                 @Reference PlatformClock clock) {
        this(new ModuleSupport(emf, auditTrail, auditService, clock));
    }

    SchoolYearServiceImpl(ModuleSupport support) {
        this.support = support;
    }

    @Override
    public Optional<Semester> semesterOf(LocalDate date) {
        return schoolYearOf(date).semesterOf(date);
    }

    @Override
    public LocalDate semesterEnd(LocalDate date) {
        SchoolYearDates year = schoolYearOf(date);
        if (!date.isAfter(year.first().end())) {
            return year.first().end();
        }
        if (!date.isAfter(year.second().end())) {
            return year.second().end(); // the second semester, or the winter break before it
        }
        return schoolYear(year.startYear() + 1).first().end(); // the summer break: the coming autumn
    }

    @Override
    public SchoolYearDates schoolYear(int startYear) {
        if (startYear < SchoolYearRules.MIN_YEAR || startYear > SchoolYearRules.MAX_YEAR) {
            throw new ValidationException(List.of(
                    new FieldError("startYear", SchoolYearMessages.YEAR_OUT_OF_RANGE, startYear)));
        }
        return support.transactions().read(em -> load(em, startYear));
    }

    @Override
    public SchoolYearDates schoolYearOf(LocalDate date) {
        return support.transactions().read(em -> {
            SchoolYearDates year = load(em, date.getYear());
            return date.isBefore(year.first().start()) ? load(em, date.getYear() - 1) : year;
        });
    }

    @Override
    public SchoolYearDates current() {
        return schoolYearOf(support.today());
    }

    @Override
    public SchoolYearDates set(Actor actor, SchoolYearDates dates) {
        Integer target = dates == null || dates.year() == null ? null : dates.year().startYear();
        return support.guard(actor, "school-year.save", "school-year", target, () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(SchoolYearMessages.DISTRICT_ONLY);
            }
            if (dates == null) {
                throw new ValidationException(List.of(new FieldError("semesters", SchoolYearMessages.DATE_REQUIRED)));
            }
            List<FieldError> errors = new ArrayList<>(SchoolYearRules.check(dates));
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            SchoolYear y = dates.year();
            return support.change(em -> {
                // a school year may not reach into its neighbours (stored or default)
                List<FieldError> neighbours = new ArrayList<>();
                SchoolYearDates before = load(em, y.startYear() - 1);
                if (!before.second().end().isBefore(y.firstSemesterStart())) {
                    neighbours.add(new FieldError("firstSemesterStart", SchoolYearMessages.OVERLAPS_NEIGHBOUR_YEAR,
                            before.year().label()));
                }
                SchoolYearDates after = load(em, y.startYear() + 1);
                if (!y.secondSemesterEnd().isBefore(after.first().start())) {
                    neighbours.add(new FieldError("secondSemesterEnd", SchoolYearMessages.OVERLAPS_NEIGHBOUR_YEAR,
                            after.year().label()));
                }
                if (!neighbours.isEmpty()) {
                    throw new ValidationException(neighbours);
                }
                SchoolYearEntity found = em.find(SchoolYearEntity.class, y.startYear());
                SchoolYearEntity e = found == null ? new SchoolYearEntity() : found;
                e.startYear = y.startYear();
                e.firstStart = y.firstSemesterStart();
                e.firstEnd = y.firstSemesterEnd();
                e.secondStart = y.secondSemesterStart();
                e.secondEnd = y.secondSemesterEnd();
                e.autumnRegistrationDeadline = dates.autumnRegistrationDeadline();
                e.zhongkaoDate = dates.zhongkaoDate();
                e.survey1Opens = dates.surveyWindow(1).map(SurveyWindow::opens).orElse(null);
                e.survey1Closes = dates.surveyWindow(1).map(SurveyWindow::closes).orElse(null);
                e.survey2Opens = dates.surveyWindow(2).map(SurveyWindow::opens).orElse(null);
                e.survey2Closes = dates.surveyWindow(2).map(SurveyWindow::closes).orElse(null);
                if (found == null) {
                    em.persist(e); // Hibernate inserts the state of this moment: filled in first
                }
                em.flush();
                return toDates(e);
            }, saved -> AuditEvent.of(actor, "school-year.save", "school-year", saved.startYear(), null)
                    .withChanges(auditValues(saved)));
        });
    }

    private static SchoolYearDates load(EntityManager em, int startYear) {
        SchoolYearEntity e = em.find(SchoolYearEntity.class, startYear);
        return e == null ? SchoolYearRules.defaults(startYear) : toDates(e);
    }

    /** A stored year; a key date left empty takes its default. */
    static SchoolYearDates toDates(SchoolYearEntity e) {
        SchoolYearDates d = SchoolYearRules.defaults(e.startYear);
        List<SurveyWindow> windows = new ArrayList<>();
        windows.add(e.survey1Opens == null || e.survey1Closes == null ? d.surveyWindow(1).orElseThrow()
                : new SurveyWindow(1, e.survey1Opens, e.survey1Closes));
        windows.add(e.survey2Opens == null || e.survey2Closes == null ? d.surveyWindow(2).orElseThrow()
                : new SurveyWindow(2, e.survey2Opens, e.survey2Closes));
        return new SchoolYearDates(new SchoolYear(e.startYear, e.firstStart, e.firstEnd, e.secondStart, e.secondEnd),
                e.autumnRegistrationDeadline == null ? d.autumnRegistrationDeadline() : e.autumnRegistrationDeadline,
                e.zhongkaoDate == null ? d.zhongkaoDate() : e.zhongkaoDate, windows, true);
    }

    /** Dates only: the calendar holds no personal data. */
    private static Map<String, Object> auditValues(SchoolYearDates d) {
        Map<String, Object> values = new LinkedHashMap<>();
        SchoolYear y = d.year();
        values.put("firstSemesterStart", y.firstSemesterStart().toString());
        values.put("firstSemesterEnd", y.firstSemesterEnd().toString());
        values.put("secondSemesterStart", y.secondSemesterStart().toString());
        values.put("secondSemesterEnd", y.secondSemesterEnd().toString());
        values.put("autumnRegistrationDeadline", d.autumnRegistrationDeadline().toString());
        values.put("zhongkaoDate", d.zhongkaoDate().toString());
        d.surveyWindows().forEach(w -> values.put("surveyWindow" + w.semester(), w.opens() + "/" + w.closes()));
        return values;
    }
}
