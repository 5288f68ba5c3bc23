package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.RegistrationDeadline;

@DisplayName("R19 registration deadlines and the one-month rule for new records")
class DueDatesTest {

    private static final BiFunction<Integer, Integer, LocalDate> STANDARD =
            (year, grade) -> RegistrationDeadline.standard(year, grade).dueDate();

    @Test
    @DisplayName("R19: new grade-1 students of September are due by 30 September, grade 7 by 31 October")
    void startingGradesUseTheDistrictDeadline() {
        assertThat(DueDates.dueDate(YearMonth.of(2026, 9), 1, STANDARD)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(DueDates.dueDate(YearMonth.of(2026, 9), 7, STANDARD)).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    @DisplayName("R19: a deadline the district moved is the one used")
    void aChangedDeadlineIsUsed() {
        assertThat(DueDates.dueDate(YearMonth.of(2026, 9), 1, (y, g) -> LocalDate.of(2026, 10, 15)))
                .isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    @DisplayName("a record is created within the month of entry for other grades and later entries")
    void otherwiseTheEndOfTheEntryMonth() {
        assertThat(DueDates.dueDate(YearMonth.of(2026, 9), 3, STANDARD)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(DueDates.dueDate(YearMonth.of(2027, 3), 1, STANDARD)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(DueDates.dueDate(YearMonth.of(2026, 11), 7, STANDARD)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DueDates.dueDate(YearMonth.of(2026, 2), null, STANDARD)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theSchoolYearStartsInSeptember() {
        assertThat(DueDates.schoolYearOf(YearMonth.of(2026, 9))).isEqualTo(2026);
        assertThat(DueDates.schoolYearOf(YearMonth.of(2027, 8))).isEqualTo(2026);
    }

    @Test
    @DisplayName("R19: registering after the due date is late; on the day is not")
    void lateness() {
        LocalDate due = LocalDate.of(2026, 9, 30);
        assertThat(DueDates.late(due, due)).isFalse();
        assertThat(DueDates.late(due.plusDays(1), due)).isTrue();
        assertThat(DueDates.late(due.plusDays(1), null)).isFalse();
    }

    @Test
    @DisplayName("R19: a school past its deadline with students missing is overdue; a complete one is not")
    void progressStatus() {
        assertThat(DeadlineProgress.statusOf(90, 88, -1)).isEqualTo(DeadlineProgress.Status.OVERDUE);
        assertThat(DeadlineProgress.statusOf(90, 90, -1)).isEqualTo(DeadlineProgress.Status.COMPLETE);
        assertThat(DeadlineProgress.statusOf(90, 10, 7)).isEqualTo(DeadlineProgress.Status.DUE_SOON);
        assertThat(DeadlineProgress.statusOf(90, 10, 8)).isEqualTo(DeadlineProgress.Status.ON_TRACK);
        assertThat(DeadlineProgress.statusOf(0, 0, -3)).isEqualTo(DeadlineProgress.Status.OVERDUE);
    }
}
