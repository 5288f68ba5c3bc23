package org.xueji.ui.dropout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text of the cross-check and inspection views has Chinese and English. */
class CrossCheckUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (CrossCheckUiText k : CrossCheckUiText.values()) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.name()).isNotEqualTo(k.name());
            assertThat(en).as(k.name()).isNotEqualTo(k.name()).isNotEqualTo(zh);
        }
        assertThat(CrossCheckUiText.ENTRY_OPENED.format(Locale.SIMPLIFIED_CHINESE, 12)).isEqualTo("已登记疑似辍学（台账 #12）");
    }

    @Test
    void theViewsAreContributedToTheDropoutGroupWithTheirTopics() {
        DropoutViews.CrossChecks c = new DropoutViews.CrossChecks();
        DropoutViews.Inspections i = new DropoutViews.Inspections();
        assertThat(c.route()).isEqualTo("dropout/crosschecks");
        assertThat(i.route()).isEqualTo("dropout/inspections");
        assertThat(c.topics()).containsExactly("dropout.crosschecks");
        assertThat(i.topics()).containsExactly("dropout.inspections");
    }
}
