package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.inspection.Activity;
import org.xueji.dropout.api.inspection.AwarenessKind;
import org.xueji.dropout.api.inspection.AwarenessSummary;
import org.xueji.dropout.api.inspection.InspectionMessages;
import org.xueji.dropout.api.inspection.NewActivity;
import org.xueji.dropout.service.internal.inspection.AwarenessServiceImpl;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.ValidationException;

/** Awareness activities (R20) per school and semester, and the semester summary counted by hand. */
class AwarenessTest extends DropoutFixture {

    AwarenessServiceImpl awareness;

    @BeforeEach
    void service() {
        awareness = new AwarenessServiceImpl(store.support(), InspectionTest.twoSchools(), Fakes.years());
    }

    @Test
    void r20_activitiesAreSummedPerSchoolAndSemester() {
        awareness.record(PRINCIPAL_A, new NewActivity(1L, AwarenessKind.LAW_SESSION, LocalDate.of(2025, 9, 10),
                "《义务教育法》宣讲", 120, 0, 0));
        awareness.record(REGISTRAR_A, new NewActivity(1L, AwarenessKind.LAW_SESSION, LocalDate.of(2025, 10, 9),
                "《未成年人保护法》家长会", 80, 0, 0));
        awareness.record(PRINCIPAL_A, new NewActivity(1L, AwarenessKind.PARENT_LETTER, LocalDate.of(2025, 9, 2),
                "致家长一封信（控辍保学）", 0, 600, 574));
        awareness.record(DISTRICT, new NewActivity(2L, AwarenessKind.PARENT_LETTER, LocalDate.of(2025, 9, 3),
                "致家长一封信", 0, 300, 300));

        // school 1: 2 sessions, 120 + 80 = 200 participants, 1 letter, 600 sent, 574 signed
        assertThat(awareness.summary(DISTRICT, 2025, 1)).containsExactly(
                new AwarenessSummary(1L, 2, 200, 1, 600, 574), new AwarenessSummary(2L, 0, 0, 1, 300, 300));
        assertThat(awareness.summary(PRINCIPAL_B, 2025, 1)).containsExactly(new AwarenessSummary(2L, 0, 0, 1, 300, 300));
        assertThat(awareness.activities(PRINCIPAL_A, null, 2025, 1)).extracting(Activity::heldOn)
                .containsExactly(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 10), LocalDate.of(2025, 10, 9));
        assertThat(awareness.summary(DISTRICT, 2025, 2)).isEmpty();
        assertThat(actions()).containsOnly("dropout.awareness.record");
    }

    @Test
    void badInput_aBreakTheFutureMoreSignedThanSentAndAnotherSchoolAreRefused() {
        assertThatThrownBy(() -> awareness.record(PRINCIPAL_A, new NewActivity(1L, AwarenessKind.LAW_SESSION,
                LocalDate.of(2025, 8, 20), "暑期宣讲", 10, 0, 0))).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(InspectionMessages.NO_SEMESTER);
        assertThatThrownBy(() -> awareness.record(PRINCIPAL_A, new NewActivity(1L, AwarenessKind.PARENT_LETTER,
                TODAY.plusDays(1), "信", 0, 10, 11))).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().stream().map(e -> e.messageKey()).toList())
                .isEqualTo(List.of(InspectionMessages.DATE_IN_FUTURE, InspectionMessages.SIGNED_ABOVE_SENT));
        assertThatThrownBy(() -> awareness.record(PRINCIPAL_A, new NewActivity(2L, AwarenessKind.LAW_SESSION,
                TODAY, "宣讲", 10, 0, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awareness.activities(PRINCIPAL_A, 2L, 2025, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awareness.summary(VILLAGE, 2025, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.count("select count(*) from DRP_AWARENESS")).isZero();
        assertThat(actions()).containsOnly("access.denied");
    }

    @Test
    void r20_aLetterCountsLettersAndASessionParticipantsOnly() {
        Activity letter = awareness.record(PRINCIPAL_A, new NewActivity(1L, AwarenessKind.PARENT_LETTER, TODAY,
                "信", 99, 50, 40));
        assertThat(letter).extracting(Activity::participants, Activity::lettersSent, Activity::lettersSigned,
                Activity::schoolYear, Activity::semester).containsExactly(0, 50, 40, 2025, 1);
        assertThat(List.of(letter)).extracting(Activity::kind).containsExactly(AwarenessKind.PARENT_LETTER);
        assertThat(awareness.summary(PRINCIPAL_A, 2025, 1)).extracting(AwarenessSummary::sessions,
                AwarenessSummary::letters).containsExactly(tuple(0, 1));
    }
}
