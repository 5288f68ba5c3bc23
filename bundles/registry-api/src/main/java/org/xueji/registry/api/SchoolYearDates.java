package org.xueji.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A school year with the key dates the district sets for it: the two semesters, the
 * deadline of the autumn registration of current students (在校生学籍注册), the 中考 date and
 * the survey-campaign windows. The R19 deadlines of new students stay with the enrollment
 * module ({@code RegistrationService.deadlines}); they are per starting grade.
 *
 * @param year                        the semesters (the registry's {@link SchoolYear})
 * @param autumnRegistrationDeadline  schools confirm their students present by this day
 * @param zhongkaoDate                first day of the 中考 (grade 9 leaves after it)
 * @param surveyWindows               one per semester, in semester order
 * @param districtSet                 false when nothing is stored and these are the defaults
 */
public record SchoolYearDates(SchoolYear year, LocalDate autumnRegistrationDeadline, LocalDate zhongkaoDate,
                              List<SurveyWindow> surveyWindows, boolean districtSet) {

    public SchoolYearDates {
        surveyWindows = surveyWindows == null ? List.of() : List.copyOf(surveyWindows);
    }

    public int startYear() {
        return year.startYear();
    }

    public Semester first() {
        return new Semester(year.startYear(), 1, year.firstSemesterStart(), year.firstSemesterEnd());
    }

    public Semester second() {
        return new Semester(year.startYear(), 2, year.secondSemesterStart(), year.secondSemesterEnd());
    }

    /** The semester containing {@code date}, empty in the winter break and outside the year. */
    public Optional<Semester> semesterOf(LocalDate date) {
        if (first().contains(date)) {
            return Optional.of(first());
        }
        return second().contains(date) ? Optional.of(second()) : Optional.empty();
    }

    /** The survey window of a semester (1 or 2), if the year has one. */
    public Optional<SurveyWindow> surveyWindow(int semester) {
        return surveyWindows.stream().filter(w -> w.semester() == semester).findFirst();
    }
}
