package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EntryYearMonthTest {

    @Test
    void readsTheUsualWritings() {
        YearMonth sept = YearMonth.of(2026, 9);
        assertThat(EntryYearMonth.parse("2026-09")).isEqualTo(sept);
        assertThat(EntryYearMonth.parse("2026-9")).isEqualTo(sept);
        assertThat(EntryYearMonth.parse("202609")).isEqualTo(sept);
        assertThat(EntryYearMonth.parse("2026年9月")).isEqualTo(sept);
        assertThat(EntryYearMonth.parse("２０２６．０９")).isEqualTo(sept);
        assertThat(EntryYearMonth.parse(" ")).isNull();
    }

    @Test
    void refusesWhatIsNoYearMonth() {
        assertThatThrownBy(() -> EntryYearMonth.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EntryYearMonth.parseOrNull("九月")).isNull();
        assertThat(EntryYearMonth.format(YearMonth.of(2026, 9))).isEqualTo("2026-09");
        assertThat(EntryYearMonth.format(null)).isEmpty();
    }
}
