package org.xueji.ui.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The months and years the ledger filters offer: none in the future (the service refuses them). */
final class Months {

    /** This month first, then the {@code count − 1} before it. */
    static List<YearMonth> recent(LocalDate today, int count) {
        List<YearMonth> months = new ArrayList<>(count);
        YearMonth m = YearMonth.from(today);
        for (int i = 0; i < count; i++) {
            months.add(m.minusMonths(i));
        }
        return months;
    }

    /** This year first, back to {@code first}. */
    static List<Integer> years(LocalDate today, int first) {
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    private Months() {
    }
}
