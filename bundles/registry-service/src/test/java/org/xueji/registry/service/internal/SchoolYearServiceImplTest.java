package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearMessages;
import org.xueji.registry.api.Semester;
import org.xueji.registry.api.SurveyWindow;

/**
 * Issue 15, item 1: the school calendar on the real registry schema. Expected dates are
 * written out by hand from the documented defaults (1 September – 20 January, 20 February –
 * 10 July; registration by 30 September; 中考 16 June).
 */
class SchoolYearServiceImplTest {

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final SchoolYearServiceImpl service = new SchoolYearServiceImpl(store.support());
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    @AfterEach
    void close() {
        store.close();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void defaults_followTheUsualCalendar() {
        SchoolYearDates y = service.schoolYear(2026);
        assertThat(y.districtSet()).isFalse();
        assertThat(y.first()).isEqualTo(new Semester(2026, 1, d("2026-09-01"), d("2027-01-20")));
        assertThat(y.second()).isEqualTo(new Semester(2026, 2, d("2027-02-20"), d("2027-07-10")));
        assertThat(y.autumnRegistrationDeadline()).isEqualTo(d("2026-09-30"));
        assertThat(y.zhongkaoDate()).isEqualTo(d("2027-06-16"));
        assertThat(y.surveyWindows()).containsExactly(new SurveyWindow(1, d("2026-09-01"), d("2026-09-30")),
                new SurveyWindow(2, d("2027-02-20"), d("2027-03-20")));
    }

    @Test
    void semesterLookup_acrossTheWinterBreak() {
        assertThat(service.semesterOf(d("2027-01-20"))).map(Semester::number).contains(1);
        assertThat(service.semesterOf(d("2027-01-21"))).isEmpty(); // winter break
        assertThat(service.semesterOf(d("2027-02-19"))).isEmpty();
        assertThat(service.semesterOf(d("2027-02-20"))).contains(new Semester(2026, 2, d("2027-02-20"),
                d("2027-07-10")));
        // in the break "this semester" is the one about to start
        assertThat(service.semesterEnd(d("2027-01-25"))).isEqualTo(d("2027-07-10"));
        assertThat(service.semesterEnd(d("2026-11-11"))).isEqualTo(d("2027-01-20"));
        assertThat(service.schoolYearOf(d("2027-01-25")).startYear()).isEqualTo(2026);
    }

    @Test
    void semesterLookup_acrossTheYearBoundaries() {
        // the calendar year changes inside the first semester
        assertThat(service.semesterOf(d("2026-12-31"))).map(Semester::schoolYear).contains(2026);
        assertThat(service.semesterOf(d("2027-01-01"))).map(Semester::schoolYear).contains(2026);
        assertThat(service.semesterOf(d("2027-01-01"))).map(Semester::number).contains(1);
        // the school year changes on 1 September; the summer break belongs to the ending year
        assertThat(service.semesterOf(d("2026-08-31"))).isEmpty();
        assertThat(service.schoolYearOf(d("2026-08-31")).startYear()).isEqualTo(2025);
        assertThat(service.schoolYearOf(d("2026-09-01")).startYear()).isEqualTo(2026);
        assertThat(service.semesterEnd(d("2026-08-31"))).isEqualTo(d("2027-01-20"));
        assertThat(service.semesterEnd(d("2026-07-10"))).isEqualTo(d("2026-07-10"));
    }

    @Test
    void current_isTheSchoolYearOfThePlatformClock() {
        store.clock().setToday(d("2026-12-06"));
        assertThat(service.current().startYear()).isEqualTo(2026);
        store.clock().setToday(d("2026-08-20"));
        assertThat(service.current().startYear()).isEqualTo(2025);
    }

    private static SchoolYearDates dates(String firstStart, String firstEnd, String secondStart, String secondEnd,
                                         String registration, String zhongkao) {
        return new SchoolYearDates(new SchoolYear(Integer.parseInt(firstStart.substring(0, 4)), d(firstStart),
                d(firstEnd), d(secondStart), d(secondEnd)), d(registration), d(zhongkao),
                List.of(new SurveyWindow(1, d(firstStart), d(registration)),
                        new SurveyWindow(2, d(secondStart), d(secondStart).plusDays(20))), true);
    }

    @Test
    void set_storesTheDistrictsDates_andTheLookupsFollowThem_audited() {
        SchoolYearDates saved = service.set(district, dates("2026-08-31", "2027-01-29", "2027-02-24", "2027-07-02",
                "2026-10-15", "2027-06-20"));
        assertThat(saved.districtSet()).isTrue();
        SchoolYearDates read = service.schoolYear(2026);
        assertThat(read.first().end()).isEqualTo(d("2027-01-29"));
        assertThat(read.autumnRegistrationDeadline()).isEqualTo(d("2026-10-15"));
        assertThat(read.zhongkaoDate()).isEqualTo(d("2027-06-20"));
        assertThat(service.semesterOf(d("2027-01-25"))).map(Semester::number).contains(1);
        assertThat(service.semesterOf(d("2027-02-23"))).isEmpty();
        assertThat(service.schoolYearOf(d("2026-08-31")).startYear()).isEqualTo(2026);
        assertThat(store.audit()).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("school-year.save");
            assertThat(row.username()).isEqualTo("district-admin");
            assertThat(row.targetId()).isEqualTo("2026");
            assertThat(row.changes()).contains("zhongkaoDate").contains("2027-06-20");
        });
    }

    private void refused(SchoolYearDates bad, String field, SchoolYearMessages message) {
        long rows = store.count("select count(*) from REG_SCHOOL_YEAR");
        long audited = store.audit().size();
        assertThatThrownBy(() -> service.set(district, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, message)));
        assertThat(store.count("select count(*) from REG_SCHOOL_YEAR")).isEqualTo(rows);
        assertThat(store.audit()).hasSize((int) audited);
        assertThat(service.schoolYear(bad.startYear()).districtSet()).isFalse();
    }

    @Test
    void badInput_overlappingSemesters_refused_nothingChanged() {
        // the second semester starts before the first ends
        refused(dates("2026-09-01", "2027-02-25", "2027-02-20", "2027-07-10", "2026-09-30", "2027-06-16"),
                "secondSemesterStart", SchoolYearMessages.SEMESTERS_OVERLAP);
    }

    @Test
    void badInput_aWinterBreakOfMonths_refused() {
        refused(dates("2026-09-01", "2026-11-30", "2027-03-01", "2027-07-10", "2026-09-30", "2027-06-16"),
                "secondSemesterStart", SchoolYearMessages.WINTER_BREAK_TOO_LONG);
    }

    @Test
    void badInput_aSemesterEndingBeforeItStarts_refused() {
        refused(dates("2026-09-01", "2026-08-01", "2027-02-20", "2027-07-10", "2026-09-30", "2027-06-16"),
                "firstSemesterEnd", SchoolYearMessages.SEMESTER_ENDS_BEFORE_START);
    }

    @Test
    void badInput_zhongkaoOutsideTheSchoolYear_refused() {
        refused(dates("2026-09-01", "2027-01-20", "2027-02-20", "2027-07-10", "2026-09-30", "2027-07-20"),
                "zhongkaoDate", SchoolYearMessages.ZHONGKAO_OUTSIDE_YEAR);
        refused(dates("2026-09-01", "2027-01-20", "2027-02-20", "2027-07-10", "2026-09-30", "2026-06-16"),
                "zhongkaoDate", SchoolYearMessages.ZHONGKAO_OUTSIDE_YEAR);
    }

    @Test
    void badInput_registrationDeadlineOutsideTheFirstSemester_refused() {
        refused(dates("2026-09-01", "2027-01-20", "2027-02-20", "2027-07-10", "2027-03-01", "2027-06-16"),
                "autumnRegistrationDeadline", SchoolYearMessages.AUTUMN_DEADLINE_OUTSIDE_FIRST_SEMESTER);
    }

    @Test
    void badInput_aSurveyWindowOutsideItsSemester_refused() {
        SchoolYearDates good = dates("2026-09-01", "2027-01-20", "2027-02-20", "2027-07-10", "2026-09-30",
                "2027-06-16");
        refused(new SchoolYearDates(good.year(), good.autumnRegistrationDeadline(), good.zhongkaoDate(),
                        List.of(new SurveyWindow(1, d("2026-09-01"), d("2027-02-01"))), true),
                "surveyWindow1", SchoolYearMessages.SURVEY_WINDOW_INVALID);
    }

    @Test
    void badInput_aYearReachingIntoTheNextOne_refused() {
        service.set(district, dates("2027-09-01", "2028-01-20", "2028-02-20", "2028-07-10", "2027-09-30",
                "2028-06-16"));
        refused(dates("2026-09-01", "2027-01-20", "2027-02-20", "2027-09-05", "2026-09-30", "2027-06-16"),
                "secondSemesterEnd", SchoolYearMessages.OVERLAPS_NEIGHBOUR_YEAR);
    }

    @Test
    void set_byASchoolAccount_refusedAndAudited_nothingChanged() {
        Actor registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, 7L, Set.of(), "test");
        SchoolYearDates good = dates("2026-09-01", "2027-01-20", "2027-02-20", "2027-07-10", "2026-09-30",
                "2027-06-16");
        assertThatThrownBy(() -> service.set(registrar, good)).isInstanceOf(AccessDeniedException.class);
        Actor principal = Actor.of("principal1", "校长", Role.PRINCIPAL, 7L, Set.of(), "test");
        assertThatThrownBy(() -> service.set(principal, good)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.schoolYear(2026).districtSet()).isFalse();
        assertThat(store.audit()).filteredOn(r -> r.action().equals("access.denied"))
                .extracting(r -> r.username() + " " + r.changes().contains("school-year.save"))
                .containsExactly("registrar1 true", "principal1 true");
    }

    @Test
    void aYearOutsideTheRange_refused() {
        assertThatThrownBy(() -> service.schoolYear(1999)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                        .containsExactly(SchoolYearMessages.YEAR_OUT_OF_RANGE));
    }
}
