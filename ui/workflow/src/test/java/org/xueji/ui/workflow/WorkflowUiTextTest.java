package org.xueji.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.workflow.PendingStep;

@DisplayName("R17: inbox texts in Chinese and English; working days left and overdue")
class WorkflowUiTextTest {

    @Test
    @DisplayName("every text of the inbox has a Chinese and an English translation")
    void everyKeyTranslated() {
        ResourceBundle zh = ResourceBundle.getBundle("org.xueji.ui.workflow.messages", Locale.ROOT);
        ResourceBundle en = ResourceBundle.getBundle("org.xueji.ui.workflow.messages", Locale.ENGLISH);
        for (WorkflowUiText t : WorkflowUiText.values()) {
            assertThat(zh.containsKey(t.key())).as("zh " + t).isTrue();
            assertThat(en.getString(t.key())).as("en " + t).isNotEqualTo(zh.getString(t.key()));
        }
    }

    static PendingStep line(Integer daysLeft, boolean overdue) {
        return new PendingStep(1, 100, "data-release", WorkflowUiText.INBOX_TITLE, "1", "核查", 1L, "bureau",
                WorkflowUiText.INBOX_TITLE, "registrar1", Instant.parse("2026-10-08T01:00:00Z"),
                LocalDate.of(2026, 10, 19), daysLeft, overdue, overdue);
    }

    @Test
    @DisplayName("R17: days left, overdue by N working days, or a missing calendar year — never guessed")
    void daysLeft() {
        assertThat(InboxView.daysLeftText(line(3, false), Locale.SIMPLIFIED_CHINESE)).isEqualTo("3 天");
        assertThat(InboxView.daysLeftText(line(-2, true), Locale.SIMPLIFIED_CHINESE)).isEqualTo("已超期 2 个工作日");
        assertThat(InboxView.daysLeftText(line(-2, true), Locale.ENGLISH)).isEqualTo("Overdue by 2 working days");
        assertThat(InboxView.daysLeftText(line(null, false), Locale.SIMPLIFIED_CHINESE)).isEqualTo("日历缺少年份数据");
    }
}
