package org.xueji.ui.dropout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text of the home-visit and report views has Chinese and English. */
class VisitsUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (VisitsUiText k : VisitsUiText.values()) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.name()).isNotEqualTo(k.name());
            assertThat(en).as(k.name()).isNotEqualTo(k.name()).isNotEqualTo(zh);
        }
        assertThat(VisitsUiText.RULE.format(Locale.SIMPLIFIED_CHINESE, 1, 30)).isEqualTo("30 天内至少 1 次");
    }
}
