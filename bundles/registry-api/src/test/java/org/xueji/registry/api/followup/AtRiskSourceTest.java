package org.xueji.registry.api.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every discovery source (R23) has a Chinese and an English name; views and the shell never show the constant. */
class AtRiskSourceTest {

    @Test
    void everySourceHasChineseAndEnglish() {
        for (AtRiskSource s : AtRiskSource.values()) {
            String zh = s.format(Locale.SIMPLIFIED_CHINESE);
            String en = s.format(Locale.ENGLISH);
            assertThat(zh).as(s.name()).isNotEqualTo(s.key()).doesNotContain(s.name());
            assertThat(en).as(s.name()).isNotEqualTo(s.key()).isNotEqualTo(zh);
        }
        assertThat(AtRiskSource.EARLY_WARNING.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("辍学预警（已核实）");
    }
}
