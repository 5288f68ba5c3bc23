package org.xueji.specialneeds.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.MessageKey;
import org.xueji.registry.api.followup.Placement;

/** Every text of the module exists in Chinese and in English. */
class SpecialNeedsTextsTest {

    @Test
    void everyKeyHasChineseAndEnglishText() {
        List<MessageKey> keys = new ArrayList<>();
        keys.addAll(List.of(SpecialNeedsMessages.values()));
        keys.addAll(List.of(ComplianceStatus.values()));
        keys.addAll(List.of(RulePart.values()));
        keys.addAll(List.of(DecisionStatus.values()));
        keys.addAll(List.of(RemovalReason.values()));
        for (Placement p : Placement.values()) {
            keys.add(new PlacementText(p));
        }
        for (MessageKey k : keys) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.key()).isNotEqualTo(k.key());
            assertThat(en).as(k.key()).isNotEqualTo(k.key()).isNotEqualTo(zh);
        }
    }

    @Test
    void r26_theMonthFindingNamesTheMonth() {
        assertThat(RulePart.VISITS_PER_MONTH.format(Locale.ENGLISH, "2026-11", 0, 1))
                .isEqualTo("2026-11: 0 visits, at least 1 required");
    }
}
