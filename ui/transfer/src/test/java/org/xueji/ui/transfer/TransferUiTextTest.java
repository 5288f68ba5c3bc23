package org.xueji.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.api.TransferSteps;

/** Every text of the transfer views and the module's messages has Chinese and English. */
class TransferUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (TransferUiText k : TransferUiText.values()) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.name()).isNotEqualTo(k.name());
            assertThat(en).as(k.name()).isNotEqualTo(k.name()).isNotEqualTo(zh);
        }
        assertThat(TransferUiText.OVERDUE_BY.format(Locale.SIMPLIFIED_CHINESE, 2)).isEqualTo("逾期 2 天");
    }

    @Test
    void everyMessageOfTheModuleHasChineseAndEnglish() {
        java.util.List<org.xueji.platform.api.MessageKey> keys = new java.util.ArrayList<>();
        keys.addAll(java.util.List.of(TransferMessages.values()));
        keys.addAll(java.util.List.of(ChangeType.values()));
        keys.addAll(java.util.List.of(ChangeStatus.values()));
        keys.addAll(java.util.List.of(EvidenceCategory.values()));
        keys.addAll(java.util.List.of(TransferSteps.Label.values()));
        keys.addAll(java.util.List.of(org.xueji.registry.api.transfer.TransferRegistryMessages.values()));
        keys.addAll(java.util.List.of(org.xueji.registry.api.transfer.RecordStatus.values()));
        for (org.xueji.platform.api.MessageKey k : keys) {
            String zh = k.format(Locale.SIMPLIFIED_CHINESE);
            String en = k.format(Locale.ENGLISH);
            assertThat(zh).as(k.key()).isNotEqualTo(k.key());
            assertThat(en).as(k.key()).isNotEqualTo(k.key()).isNotEqualTo(zh);
        }
    }
}
