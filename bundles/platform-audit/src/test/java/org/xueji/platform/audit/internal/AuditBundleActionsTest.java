package org.xueji.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** R7: every audit action the audit bundle writes has a Chinese and an English label. */
class AuditBundleActionsTest {

    private final AuditBundleActions labels = new AuditBundleActions();

    @Test
    void eachActionHasItsOwnChineseAndEnglishLabel() {
        assertThat(labels.actions()).contains("audit.verify", "audit.anchor", "audit.resealed");
        for (String action : labels.actions()) {
            String zh = labels.label(action, Locale.SIMPLIFIED_CHINESE);
            String en = labels.label(action, Locale.ENGLISH);
            assertThat(zh).as(action).isNotNull().isNotEqualTo(action).isNotEqualTo(en).containsPattern("\\p{IsHan}");
            assertThat(en).as(action).isNotNull().isNotEqualTo(action).doesNotContainPattern("\\p{IsHan}");
        }
    }
}
