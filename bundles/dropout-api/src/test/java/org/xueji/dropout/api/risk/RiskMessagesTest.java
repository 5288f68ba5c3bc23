package org.xueji.dropout.api.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.MessageKey;

/** Every message and label of the early warning has Chinese and English. */
class RiskMessagesTest {

    @Test
    void everyKeyHasChineseAndEnglish() {
        List<MessageKey> keys = new ArrayList<>(List.of(RiskMessages.values()));
        keys.addAll(List.of(RiskIndicator.values()));
        keys.addAll(List.of(DisciplineKind.values()));
        for (MessageKey k : keys) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.key()).isNotEqualTo(k.key());
            assertThat(en).as(k.key()).isNotEqualTo(k.key()).isNotEqualTo(zh);
        }
        assertThat(RiskMessages.BELOW_THRESHOLD.format(Locale.ENGLISH, 30, 40))
                .isEqualTo("The student's risk score 30 is below the threshold 40; the early warning cannot put them"
                        + " on the suspected ledger");
        assertThat(RiskMessages.GRADES_UNKNOWN_STUDENT.format(Locale.SIMPLIFIED_CHINESE, 3, "430121********0011"))
                .isEqualTo("第 3 行：身份证号 430121********0011 不是本班学生");
    }
}
