package org.xueji.registry.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.FieldError;

/**
 * The defaults of a school year and what makes its dates acceptable (pure; the service
 * applies it before it writes anything).
 *
 * <p>Defaults for the year starting in Y (the usual calendar of Hunan's compulsory
 * schools): first semester 1 September Y – 20 January Y+1; second semester 20 February –
 * 10 July Y+1; autumn registration of current students by 30 September Y; 中考 on 16 June
 * Y+1; survey campaigns 1–30 September and 20 February – 20 March.
 */
public final class SchoolYearRules {

    /** The longest winter break accepted between the semesters (Spring Festival moves; 60 days is generous). */
    public static final int MAX_WINTER_BREAK_DAYS = 60;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public static SchoolYearDates defaults(int startYear) {
        int y = startYear;
        SchoolYear year = new SchoolYear(y, LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 1, 20),
                LocalDate.of(y + 1, 2, 20), LocalDate.of(y + 1, 7, 10));
        return new SchoolYearDates(year, LocalDate.of(y, 9, 30), LocalDate.of(y + 1, 6, 16),
                List.of(new SurveyWindow(1, LocalDate.of(y, 9, 1), LocalDate.of(y, 9, 30)),
                        new SurveyWindow(2, LocalDate.of(y + 1, 2, 20), LocalDate.of(y + 1, 3, 20))),
                false);
    }

    /** Every reason the dates cannot stand, field by field; empty when they can. */
    public static List<FieldError> check(SchoolYearDates d) {
        List<FieldError> errors = new ArrayList<>();
        SchoolYear y = d.year();
        if (y == null || y.firstSemesterStart() == null || y.firstSemesterEnd() == null
                || y.secondSemesterStart() == null || y.secondSemesterEnd() == null) {
            errors.add(new FieldError("semesters", SchoolYearMessages.DATE_REQUIRED));
            return errors;
        }
        if (y.startYear() < MIN_YEAR || y.startYear() > MAX_YEAR) {
            errors.add(new FieldError("startYear", SchoolYearMessages.YEAR_OUT_OF_RANGE, y.startYear()));
            return errors;
        }
        if (y.firstSemesterStart().getYear() != y.startYear()) {
            errors.add(new FieldError("firstSemesterStart", SchoolYearMessages.FIRST_START_WRONG_YEAR,
                    String.valueOf(y.startYear())));
        }
        if (!y.firstSemesterStart().isBefore(y.firstSemesterEnd())) {
            errors.add(new FieldError("firstSemesterEnd", SchoolYearMessages.SEMESTER_ENDS_BEFORE_START));
        }
        if (!y.secondSemesterStart().isBefore(y.secondSemesterEnd())) {
            errors.add(new FieldError("secondSemesterEnd", SchoolYearMessages.SEMESTER_ENDS_BEFORE_START));
        }
        if (!y.firstSemesterEnd().isBefore(y.secondSemesterStart())) {
            errors.add(new FieldError("secondSemesterStart", SchoolYearMessages.SEMESTERS_OVERLAP));
        } else if (ChronoUnit.DAYS.between(y.firstSemesterEnd(), y.secondSemesterStart()) - 1
                > MAX_WINTER_BREAK_DAYS) {
            errors.add(new FieldError("secondSemesterStart", SchoolYearMessages.WINTER_BREAK_TOO_LONG,
                    MAX_WINTER_BREAK_DAYS));
        }
        if (y.secondSemesterEnd().getYear() != y.startYear() + 1) {
            errors.add(new FieldError("secondSemesterEnd", SchoolYearMessages.SECOND_END_WRONG_YEAR,
                    String.valueOf(y.startYear() + 1)));
        }
        if (!errors.isEmpty()) {
            return errors; // the key dates are judged against sound semesters only
        }
        if (d.zhongkaoDate() == null) {
            errors.add(new FieldError("zhongkaoDate", SchoolYearMessages.DATE_REQUIRED));
        } else if (!y.contains(d.zhongkaoDate())) {
            errors.add(new FieldError("zhongkaoDate", SchoolYearMessages.ZHONGKAO_OUTSIDE_YEAR,
                    y.firstSemesterStart().toString(), y.secondSemesterEnd().toString()));
        }
        if (d.autumnRegistrationDeadline() == null) {
            errors.add(new FieldError("autumnRegistrationDeadline", SchoolYearMessages.DATE_REQUIRED));
        } else if (!d.first().contains(d.autumnRegistrationDeadline())) {
            errors.add(new FieldError("autumnRegistrationDeadline",
                    SchoolYearMessages.AUTUMN_DEADLINE_OUTSIDE_FIRST_SEMESTER,
                    y.firstSemesterStart().toString(), y.firstSemesterEnd().toString()));
        }
        boolean[] seen = new boolean[3];
        for (SurveyWindow w : d.surveyWindows()) {
            boolean known = w.semester() == 1 || w.semester() == 2;
            Semester s = w.semester() == 1 ? d.first() : d.second();
            if (!known || seen[w.semester()] || w.opens() == null || w.closes() == null
                    || w.closes().isBefore(w.opens()) || !s.contains(w.opens()) || !s.contains(w.closes())) {
                errors.add(new FieldError("surveyWindow" + w.semester(), SchoolYearMessages.SURVEY_WINDOW_INVALID,
                        w.semester()));
            } else {
                seen[w.semester()] = true;
            }
        }
        return errors;
    }

    private SchoolYearRules() {
    }
}
