package org.xueji.specialneeds.service.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearRules;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;

/** The registry's default calendar (1 September – 20 January, 20 February – 10 July). */
final class FakeSchoolYears implements SchoolYearService {

    private final PlatformClock clock;

    FakeSchoolYears(PlatformClock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Semester> semesterOf(LocalDate date) {
        return schoolYearOf(date).semesterOf(date);
    }

    @Override
    public LocalDate semesterEnd(LocalDate date) {
        return semesterOf(date).map(Semester::end).orElseThrow();
    }

    @Override
    public SchoolYearDates schoolYear(int startYear) {
        return SchoolYearRules.defaults(startYear);
    }

    @Override
    public SchoolYearDates schoolYearOf(LocalDate date) {
        SchoolYearDates thisYear = SchoolYearRules.defaults(date.getYear());
        return date.isBefore(thisYear.first().start()) ? SchoolYearRules.defaults(date.getYear() - 1) : thisYear;
    }

    @Override
    public SchoolYearDates current() {
        return schoolYearOf(clock.today());
    }

    @Override
    public SchoolYearDates set(Actor actor, SchoolYearDates dates) {
        throw new UnsupportedOperationException();
    }
}
