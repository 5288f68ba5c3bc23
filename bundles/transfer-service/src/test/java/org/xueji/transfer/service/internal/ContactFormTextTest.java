package org.xueji.transfer.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.workflow.StepStatus;

/** Every word of the 转学联系表 has its Chinese and its English text. */
class ContactFormTextTest {

    @Test
    void everyWordHasChineseAndEnglish() {
        for (ContactFormText text : ContactFormText.values()) {
            String zh = text.format(Locale.SIMPLIFIED_CHINESE, 7);
            String en = text.format(Locale.ENGLISH, 7);
            assertThat(zh).as(text.name()).isNotEqualTo(text.key()).isNotBlank();
            assertThat(en).as(text.name()).isNotEqualTo(text.key()).isNotBlank().isNotEqualTo(zh);
        }
        for (StepStatus status : StepStatus.values()) {
            assertThat(ContactFormText.of(status).format(Locale.SIMPLIFIED_CHINESE)).doesNotContain(status.name());
        }
    }
}
