package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 8 / R7: every audit action the module names has a Chinese and an English label. */
class AuditActionLabelsTest {

    @ParameterizedTest
    @EnumSource(EnrollmentAuditActions.class)
    void labelledInBothLanguages(EnrollmentAuditActions action) {
        String zh = action.format(Locale.SIMPLIFIED_CHINESE);
        String en = action.format(Locale.ENGLISH);

        assertThat(zh).isNotEqualTo(action.key()).isNotEqualTo(en);
        assertThat(en).isNotEqualTo(action.key());
        assertThat(java.util.List.<Object>copyOf(new EnrollmentAuditLabels().actions())).contains(action);
    }
}
