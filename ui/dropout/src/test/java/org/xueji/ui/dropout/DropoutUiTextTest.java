package org.xueji.ui.dropout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text of the dropout views has Chinese and English (the console switches language). */
class DropoutUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (DropoutUiText k : DropoutUiText.values()) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.name()).isNotEqualTo(k.name());
            assertThat(en).as(k.name()).isNotEqualTo(k.name()).isNotEqualTo(zh);
        }
        assertThat(DropoutUiText.MISSING.format(Locale.SIMPLIFIED_CHINESE, 2)).isEqualTo("缺 2 人");
    }
}
