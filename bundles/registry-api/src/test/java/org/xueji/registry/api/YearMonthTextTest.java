package org.xueji.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class YearMonthTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-09", "202609", "2026年9月", "2026年09月", "2026-9", "2026/09", "2026.9",
        " 2026 - 09 ", "２０２６－０９", "２０２６年９月"})
    void readsTheUsualSpellings(String text) {
        assertThat(YearMonthText.parse(text)).isEqualTo(YearMonth.of(2026, 9));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void blankIsNoValue(String text) {
        assertThat(YearMonthText.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "202600", "2026", "26-09", "2026-09-01", "九月", "0999-01", "2026年", "abc"})
    void refusesWhatIsNotAYearMonth(String text) {
        assertThatThrownBy(() -> YearMonthText.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAsYearDashMonth() {
        assertThat(YearMonthText.format(YearMonth.of(2026, 9))).isEqualTo("2026-09");
        assertThat(YearMonthText.format(null)).isEmpty();
        assertThat(YearMonthText.parse(YearMonthText.format(YearMonth.of(2019, 12)))).isEqualTo(YearMonth.of(2019, 12));
    }

    @Test
    void unreadableTextIsNullForLiveChecks() {
        assertThat(YearMonthText.parseOrNull("九月")).isNull();
        assertThat(YearMonthText.parseOrNull("2026-09")).isEqualTo(YearMonth.of(2026, 9));
    }
}
