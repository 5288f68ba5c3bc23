package org.xueji.ui.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.SemesterCompliance;

/** The pure rules behind the lists, the resolutions, closing and compliance. */
class FindingsTest {

    private static Discrepancy d(long id, DiscrepancyKind kind, Integer grade, ResolutionKind resolution) {
        return new Discrepancy(id, 1, kind, kind == DiscrepancyKind.PERSON_WITHOUT_RECORD ? null : 5L, "张三",
                "430104********0017", grade, 1, null, null, null, resolution, null, null, null);
    }

    @Test
    void r18OpenGrade9PeopleWithoutRecordAreTheRisk() {
        assertThat(DiscrepancyRows.isGrade9Risk(d(1, DiscrepancyKind.PERSON_WITHOUT_RECORD, 9, null))).isTrue();
        assertThat(DiscrepancyRows.isGrade9Risk(d(2, DiscrepancyKind.PERSON_WITHOUT_RECORD, 9,
                ResolutionKind.RECORD_CREATED))).isFalse();
        assertThat(DiscrepancyRows.isGrade9Risk(d(3, DiscrepancyKind.PERSON_WITHOUT_RECORD, 8, null))).isFalse();
        assertThat(DiscrepancyRows.isGrade9Risk(d(4, DiscrepancyKind.RECORD_WITHOUT_PERSON, 9, null))).isFalse();
        assertThat(DiscrepancyRows.isGrade9Risk(d(5, DiscrepancyKind.PERSON_WITHOUT_RECORD, null, null))).isFalse();
    }

    @Test
    void listsKeepTheServiceOrder() {
        List<Discrepancy> all = List.of(d(1, DiscrepancyKind.PERSON_WITHOUT_RECORD, 9, null),
                d(2, DiscrepancyKind.FIELD_MISMATCH, 9, null), d(3, DiscrepancyKind.PERSON_WITHOUT_RECORD, 6, null),
                d(4, DiscrepancyKind.PERSON_WITHOUT_RECORD, 1, ResolutionKind.EXPLAINED));
        List<Discrepancy> person = DiscrepancyRows.ofKind(all, DiscrepancyKind.PERSON_WITHOUT_RECORD);
        assertThat(person).extracting(Discrepancy::id).containsExactly(1L, 3L, 4L);
        assertThat(DiscrepancyRows.unresolved(person)).isEqualTo(2);
    }

    @Test
    void usualResolutionsFirstAndExplainedLast() {
        assertThat(ResolutionChoices.forKind(DiscrepancyKind.PERSON_WITHOUT_RECORD)).startsWith(
                ResolutionKind.RECORD_CREATED).endsWith(ResolutionKind.EXPLAINED)
                .containsExactlyInAnyOrder(ResolutionKind.values());
        assertThat(ResolutionChoices.forKind(DiscrepancyKind.RECORD_WITHOUT_PERSON)).startsWith(
                ResolutionKind.TRANSFER_STARTED, ResolutionKind.SUSPENSION_STARTED);
        assertThat(ResolutionChoices.forKind(DiscrepancyKind.FIELD_MISMATCH)).startsWith(ResolutionKind.RECORD_FIXED)
                .doesNotHaveDuplicates().hasSize(ResolutionKind.values().length);
    }

    private static SchoolVerification v(SchoolVerification.Status status, Instant compared, int unresolved) {
        return new SchoolVerification(1, 1, 1, "岳麓一中", status, 10, 10, unresolved, unresolved, 0, compared, null,
                null, java.util.Set.of(), 0);
    }

    @Test
    void closingNeedsAComparisonAndNothingOpen() {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        assertThat(CloseState.reason(v(SchoolVerification.Status.NOT_STARTED, null, 0)))
                .isEqualTo(VerificationUiText.CLOSE_BLOCKED_NOTHING_COMPARED);
        assertThat(CloseState.reason(v(SchoolVerification.Status.IN_PROGRESS, now, 3)))
                .isEqualTo(VerificationUiText.CLOSE_BLOCKED_UNRESOLVED);
        assertThat(CloseState.reason(v(SchoolVerification.Status.CLOSED, now, 0)))
                .isEqualTo(VerificationUiText.CLOSE_BLOCKED_CLOSED);
        assertThat(CloseState.reason(v(SchoolVerification.Status.IN_PROGRESS, now, 0))).isNull();
        SchoolVerification classesLeft = new SchoolVerification(1, 1, 1, "岳麓一中",
                SchoolVerification.Status.IN_PROGRESS, 10, 10, 0, 0, 0, now, null, null, java.util.Set.of(5L), 15);
        assertThat(CloseState.reason(classesLeft)).isEqualTo(VerificationUiText.CLOSE_BLOCKED_CLASSES);
    }

    @Test
    void complianceShowsTheSchoolsBelowTwoChecksFirst() {
        List<SemesterCompliance> rows = List.of(
                new SemesterCompliance(1, "A校", 2025, 1, 2, 0),
                new SemesterCompliance(2, "B校", 2025, 1, 1, 0),
                new SemesterCompliance(3, "C校", 2025, 1, 0, 0),
                new SemesterCompliance(4, "D校", 2025, 1, 1, 3));
        assertThat(ComplianceOrder.shortFirst(rows)).extracting(SemesterCompliance::schoolName)
                .containsExactly("C校", "D校", "B校", "A校");
        assertThat(ComplianceOrder.shortNames(rows, 5)).containsExactly("C校", "D校", "B校");
        assertThat(ComplianceOrder.shortNames(rows, 2)).containsExactly("C校", "D校");
    }
}
