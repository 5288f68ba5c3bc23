package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolYearsTest {

    @Test
    void knownYearsAndTheOnesAroundTodayNewestFirst() {
        assertThat(SchoolYears.options(List.of(2023, 2024, 2025), 2025)).containsExactly(2026, 2025, 2024, 2023);
        assertThat(SchoolYears.options(List.of(), 2026)).containsExactly(2027, 2026, 2025);
    }
}
