package org.xueji.dropout.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.api.homevisit.HomeVisitMessages;
import org.xueji.dropout.api.homevisit.PriorityGroup;
import org.xueji.platform.api.MessageKey;

/** Every message and label of home visits and reports has Chinese and English. */
class ReportMessagesTest {

    @Test
    void everyKeyHasChineseAndEnglish() {
        List<MessageKey> keys = new ArrayList<>(List.of(ReportMessages.values()));
        keys.addAll(List.of(HomeVisitMessages.values()));
        keys.addAll(List.of(ContactKind.values()));
        keys.addAll(List.of(PriorityGroup.values()));
        for (MessageKey k : keys) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.key()).isNotEqualTo(k.key());
            assertThat(en).as(k.key()).isNotEqualTo(k.key()).isNotEqualTo(zh);
        }
        assertThat(HomeVisitMessages.REMINDER_HOME_VISIT_OVERDUE.format(Locale.SIMPLIFIED_CHINESE, 2))
                .isEqualTo("有 2 名重点儿童未按规定频次家访");
        assertThat(ReportMessages.TITLE_DISTRICT_QUARTERLY.format(Locale.ENGLISH, "2025", 4))
                .isEqualTo("Dropout control quarterly report (district, 2025 Q4)");
    }
}
