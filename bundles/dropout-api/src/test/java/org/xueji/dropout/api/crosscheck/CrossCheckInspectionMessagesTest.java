package org.xueji.dropout.api.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.inspection.AwarenessKind;
import org.xueji.dropout.api.inspection.InspectionKind;
import org.xueji.dropout.api.inspection.InspectionMessages;
import org.xueji.dropout.api.inspection.InspectionStatus;
import org.xueji.platform.api.MessageKey;

/** Every message and label of the cross-checks and inspections has Chinese and English. */
class CrossCheckInspectionMessagesTest {

    @Test
    void everyKeyHasChineseAndEnglish() {
        List<MessageKey> keys = new ArrayList<>(List.of(CrossCheckMessages.values()));
        keys.addAll(List.of(ListKind.values()));
        keys.addAll(List.of(CheckKind.values()));
        keys.addAll(List.of(InspectionMessages.values()));
        keys.addAll(List.of(InspectionKind.values()));
        keys.addAll(List.of(InspectionStatus.values()));
        keys.addAll(List.of(AwarenessKind.values()));
        for (MessageKey k : keys) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.key()).isNotEqualTo(k.key());
            assertThat(en).as(k.key()).isNotEqualTo(k.key()).isNotEqualTo(zh);
        }
        assertThat(CrossCheckMessages.ROW_DUPLICATE.format(Locale.SIMPLIFIED_CHINESE, 4, 2))
                .isEqualTo("第 4 行：与第 2 行身份证号重复");
        assertThat(CrossCheckMessages.ROW_TOWN_OTHER.format(Locale.ENGLISH, 8, "春华镇", "黄花镇"))
                .isEqualTo("Row 8: town \"春华镇\" is not this list's town \"黄花镇\"");
    }
}
