package org.xueji.dropout.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.MessageKey;

/** Every message and label of the module has Chinese and English. */
class DropoutMessagesTest {

    @Test
    void everyKeyHasChineseAndEnglish() {
        List<MessageKey> keys = new ArrayList<>(List.of(DropoutMessages.values()));
        keys.addAll(List.of(ReasonCategory.values()));
        keys.addAll(List.of(ClosingOutcome.values()));
        keys.addAll(List.of(ResponsibleLine.values()));
        keys.addAll(List.of(SurveyFinding.values()));
        for (MessageKey k : keys) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.key()).isNotEqualTo(k.key());
            assertThat(en).as(k.key()).isNotEqualTo(k.key()).isNotEqualTo(zh);
        }
        assertThat(ReasonCategory.MIGRANT_WORK.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("外出务工/打工");
        assertThat(DropoutMessages.CAMPAIGN_UNRECORDED.format(Locale.SIMPLIFIED_CHINESE, 3))
                .isEqualTo("还有 3 户未完成排查登记，不能结束排查活动");
    }
}
