package org.xueji.admission.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.admission.api.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;

/** Each automatic check of an application refuses with its own key (R24, R27). */
class ApplicationChecksTest {

    private static List<String> keys(ApplicationForm f, LocalDate day) {
        try {
            ApplicationChecks.check(season(), f, day);
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(x -> x.messageKey().key()).toList();
        }
    }

    @Test
    void r27_migrantWithValidPermitAndOnlyTheConfiguredProofIsAccepted() {
        assertThatCode(() -> ApplicationChecks.check(season(), migrant(AGE6, permit()), DAY)).doesNotThrowAnyException();
    }

    @Test
    void r27_expiredPermitRefused() {
        ResidencePermit expired = new ResidencePermit("43010420240001", "岳麓分局", "含浦街道", "含浦社区",
                LocalDate.of(2024, 3, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2024, 3, 1));
        assertThat(keys(migrant(AGE6, expired), DAY)).containsExactly("PERMIT_NOT_VALID_ON_CUTOFF");
    }

    @Test
    void r27_permitWithInvertedDatesRefused() {
        ResidencePermit inverted = new ResidencePermit("43010420240001", "岳麓分局", "含浦街道", "含浦社区",
                LocalDate.of(2027, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));
        assertThat(keys(migrant(AGE6, inverted), DAY)).containsExactly("PERMIT_DATES_INVALID");
    }

    @Test
    void r27_permitOutsideTheDistrictRefused() {
        ResidencePermit elsewhere = new ResidencePermit("43010420240001", "岳麓分局", "天心街道", "某社区",
                LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), LocalDate.of(2024, 3, 1));
        assertThat(keys(migrant(AGE6, elsewhere), DAY)).contains("PERMIT_OUTSIDE_DISTRICT");
    }

    @Test
    void r27_residenceShorterThanConfiguredRefused() {
        ResidencePermit recent = new ResidencePermit("43010420240001", "岳麓分局", "含浦街道", "含浦社区",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 2, 28), LocalDate.of(2026, 1, 1));
        assertThat(keys(migrant(AGE6, recent), DAY)).containsExactly("RESIDENCE_TOO_SHORT");
    }

    @Test
    void r27_migrantWithoutPermitRefused() {
        assertThat(keys(migrant(AGE6, null), DAY)).contains("PERMIT_REQUIRED");
    }

    @Test
    void r27_permitNumberMalformedRefused() {
        ResidencePermit bad = new ResidencePermit("12<3", "岳麓分局", "含浦街道", "含浦社区",
                LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), LocalDate.of(2024, 3, 1));
        assertThat(keys(migrant(AGE6, bad), DAY)).containsExactly("PERMIT_NUMBER_INVALID");
    }

    @Test
    void r27_proofNotOnTheShortListRefusedAndMissingProofNamed() {
        ApplicationForm extra = new ApplicationForm(1, "王小明", AGE6, Category.MIGRANT, "王建国", null, null, null,
                null, permit(), Set.of("SOCIAL_INSURANCE", "BIRTH_CERTIFICATE"));
        assertThat(keys(extra, DAY)).containsExactly("PROOF_NOT_ACCEPTED");
        ApplicationForm missing = new ApplicationForm(1, "王小明", AGE6, Category.MIGRANT, "王建国", null, null, null,
                null, permit(), Set.of());
        assertThat(keys(missing, DAY)).containsExactly("PROOF_MISSING");
    }

    @Test
    void r24_invalidIdNumberRefusedWithTheIdentityReason() {
        assertThat(keys(migrant("430104202003150125", permit()), DAY)).containsExactly("ID_CHECK_CHARACTER");
    }

    @Test
    void r24_tooYoungAndTooOldForGradeOneRefused() {
        assertThat(keys(migrant(AGE5, permit()), DAY)).containsExactly("AGE_WRONG_FOR_GRADE");
        assertThat(keys(migrant(AGE9, permit()), DAY)).containsExactly("AGE_WRONG_FOR_GRADE");
    }

    @Test
    void r24_ageMessageNamesAgeRangeAndCutOff() {
        assertThatThrownBy(() -> ApplicationChecks.check(season(), migrant(AGE5, permit()), DAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .contains("The child is 5 on 2026-08-31; this grade admits children from 6 to 8"));
    }

    @Test
    void r24_applicationOutsideTheWindowRefused() {
        assertThat(keys(migrant(AGE6, permit()), CLOSE.plusDays(1))).containsExactly("WINDOW_CLOSED");
        assertThat(keys(migrant(AGE6, permit()), OPEN.minusDays(1))).containsExactly("WINDOW_CLOSED");
        assertThat(keys(migrant(AGE6, permit()), CLOSE)).isEmpty();
    }

    @Test
    void r24_householdOutsideTheSchoolsAreaRefusedButSharedAreaAccepted() {
        // 桃花岭社区 belongs to school 2 only
        assertThat(keys(household(1, AGE6, "岳麓街道", "桃花岭社区"), DAY)).containsExactly("ADDRESS_OUTSIDE_AREA");
        assertThat(keys(household(2, AGE6, "岳麓街道", "桃花岭社区"), DAY)).isEmpty();
        // 含浦社区 is shared by schools 1 and 2 (多校划片)
        assertThat(keys(household(1, AGE6, "含浦街道", "含浦社区"), DAY)).isEmpty();
        assertThat(keys(household(2, AGE6, "含浦街道", "含浦社区"), DAY)).isEmpty();
    }

    @Test
    void r24_schoolWithoutPlanAndMissingNameAndCategoryRefused() {
        ApplicationForm f = new ApplicationForm(9, " ", AGE6, null, null, null, null, null, null, null, Set.of());
        assertThatThrownBy(() -> ApplicationChecks.check(season(), f, DAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("schoolId", "childName", "category"));
    }
}
