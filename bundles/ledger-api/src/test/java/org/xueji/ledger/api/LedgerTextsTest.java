package org.xueji.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.MessageKey;

/** Every ledger text exists in Chinese and in English (the console shows both). */
class LedgerTextsTest {

    @Test
    void everyKeyHasChineseAndEnglishText() {
        List<MessageKey> keys = new ArrayList<>();
        keys.addAll(List.of(IncidentType.values()));
        keys.addAll(List.of(IncidentStatus.values()));
        keys.addAll(List.of(FollowUpKind.values()));
        keys.addAll(List.of(IncidentText.values()));
        keys.addAll(List.of(LedgerMessages.values()));
        for (MessageKey k : keys) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.key()).isNotEqualTo(k.key());
            assertThat(en).as(k.key()).isNotEqualTo(k.key()).isNotEqualTo(zh);
        }
    }

    @Test
    void r17LapseDescriptionIsLocalisedFromKeyAndArgs() {
        Incident i = new Incident(1, 5L, IncidentType.R17_DEADLINE_LAPSED, "workflow",
                java.time.LocalDate.of(2025, 10, 9), IncidentText.R17_STEP_LAPSED,
                List.of("data-release", "12", "bureau-approval", "2025-10-08"), null, null, null,
                IncidentStatus.OPEN, null, "system:x", null, null, null, List.of());
        assertThat(i.description(Locale.ENGLISH))
                .isEqualTo("Step \"bureau-approval\" of data-release #12 was due on 2025-10-08 and was not decided");
        assertThat(i.description(Locale.SIMPLIFIED_CHINESE)).contains("data-release #12", "2025-10-08", "逾期");
    }
}
