package org.xueji.ui.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every view text exists in Chinese and English. */
class AdmissionUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (AdmissionUiText key : AdmissionUiText.values()) {
            String zh = key.format(Locale.SIMPLIFIED_CHINESE);
            String en = key.format(Locale.ENGLISH);
            assertThat(zh).as(key.name()).isNotEqualTo(key.name());
            assertThat(en).as(key.name()).isNotEqualTo(key.name()).isNotEqualTo(zh);
        }
    }

    @Test
    void onlyThePublicPageIsPublic() {
        assertThat(new AdmissionViews.Public().isPublic()).isTrue();
        assertThat(new AdmissionViews.Public().requiredPermission()).isNull();
        assertThat(new AdmissionViews.Applications().isPublic()).isFalse();
        assertThat(new AdmissionViews.District().isPublic()).isFalse();
    }
}
