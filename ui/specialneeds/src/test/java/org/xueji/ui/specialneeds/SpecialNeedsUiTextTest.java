package org.xueji.ui.specialneeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text of the special-needs views has Chinese and English (the console switches language). */
class SpecialNeedsUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (SpecialNeedsUiText k : SpecialNeedsUiText.values()) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.name()).isNotEqualTo(k.name());
            assertThat(en).as(k.name()).isNotEqualTo(k.name());
            if (!zh.matches("[{}0-9 —]*")) {
                assertThat(en).as(k.name()).isNotEqualTo(zh);
            }
        }
        assertThat(SpecialNeedsUiText.COMPLIANCE_INTRO.format(Locale.SIMPLIFIED_CHINESE, 5, 1, 2))
                .isEqualTo("每学期不少于 5 次、每月不少于 1 次、每次不少于 2 课时（R26）。");
    }
}
