package org.xueji.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** D4: the month and year pickers offer nothing in the future (the ledger refuses it). */
class MonthsTest {

    @Test
    void recentMonthsStartThisMonthAndCrossTheYear() {
        assertThat(Months.recent(LocalDate.of(2026, 2, 10), 4)).containsExactly(YearMonth.of(2026, 2),
                YearMonth.of(2026, 1), YearMonth.of(2025, 12), YearMonth.of(2025, 11));
    }

    @Test
    void yearsFromThisYearBack() {
        assertThat(Months.years(LocalDate.of(2026, 2, 10), 2024)).containsExactly(2026, 2025, 2024);
    }
}
