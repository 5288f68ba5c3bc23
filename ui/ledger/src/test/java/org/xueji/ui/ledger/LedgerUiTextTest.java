package org.xueji.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text of the ledger views has Chinese and English (the console switches language). */
class LedgerUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (LedgerUiText k : LedgerUiText.values()) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.name()).isNotEqualTo(k.name());
            assertThat(en).as(k.name()).isNotEqualTo(k.name());
            if (!zh.matches("[{}0-9 　]*") ) {
                assertThat(en).as(k.name()).isNotEqualTo(zh);
            }
        }
        assertThat(LedgerUiText.COUNT.format(Locale.ENGLISH, 3)).isEqualTo("3 entries");
        assertThat(LedgerUiText.COUNT.format(Locale.SIMPLIFIED_CHINESE, 3)).isEqualTo("共 3 条");
    }
}
