package org.xueji.platform.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.MessageKey;

/** Inbox subjects are stored as parts and put into words in the reader's language, never by a service. */
class WorkflowSubjectTest {

    enum TestMessages implements MessageKey {
        SUBJECT, OUTCOME_BACK;

        @Override
        public String key() {
            return name();
        }
    }

    @Test
    void theSubjectIsShownThroughTheTypesPatternInTheReadersLanguage() {
        String stored = WorkflowSubject.of(12, TestMessages.OUTCOME_BACK);
        assertThat(WorkflowSubject.render(TestMessages.SUBJECT, stored, Locale.SIMPLIFIED_CHINESE)).isEqualTo("销号 #12 · 返校");
        assertThat(WorkflowSubject.render(TestMessages.SUBJECT, stored, Locale.ENGLISH))
                .isEqualTo("Closing #12 · back at school");
    }

    @Test
    void withoutAPatternThePartsAreShownAsTheyAre() {
        String stored = WorkflowSubject.of(12, TestMessages.OUTCOME_BACK);
        assertThat(WorkflowSubject.render(null, stored, Locale.ENGLISH)).isEqualTo("12 · OUTCOME_BACK");
        // a subject written as plain text (e.g. a data release's purpose) stays as it was
        assertThat(WorkflowSubject.render(null, "核查在校生", Locale.ENGLISH)).isEqualTo("核查在校生");
    }

    @Test
    void aPendingStepRendersItsSubjectThroughItsPattern() {
        PendingStep step = new PendingStep(1, 2, "t", TestMessages.SUBJECT, "12", WorkflowSubject.of(7, "x"), 1L,
                "s", TestMessages.SUBJECT, "u", java.time.Instant.EPOCH, java.time.LocalDate.EPOCH, 0, false, false,
                TestMessages.SUBJECT);
        assertThat(step.subject(Locale.ENGLISH)).isEqualTo("Closing #7 · x");
        assertThat(new RequestType("t", TestMessages.SUBJECT, java.util.List.of(StepDefinition.of("s",
                TestMessages.SUBJECT, org.xueji.platform.api.Permission.APPROVE_CHANGE, DeciderScope.SCHOOL)))
                .withSubject(TestMessages.SUBJECT).subjectLabel()).isEqualTo(TestMessages.SUBJECT);
    }

    @Test
    void aPartMayHoldNoSeparatorOrLineBreak() {
        assertThatThrownBy(() -> WorkflowSubject.of("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkflowSubject.of("a\u001Fb")).isInstanceOf(IllegalArgumentException.class);
    }
}
