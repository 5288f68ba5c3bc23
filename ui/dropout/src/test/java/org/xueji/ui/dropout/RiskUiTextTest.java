package org.xueji.ui.dropout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text of the early-warning views has Chinese and English (the console switches language). */
class RiskUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (RiskUiText k : RiskUiText.values()) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.name()).isNotEqualTo(k.name());
            assertThat(en).as(k.name()).isNotEqualTo(k.name()).isNotEqualTo(zh);
        }
        assertThat(RiskUiText.SUMMARY.format(Locale.SIMPLIFIED_CHINESE, 120, 3, 40))
                .isEqualTo("在读学生 120 名，达到预警阈值（40 分）3 名");
    }
}
