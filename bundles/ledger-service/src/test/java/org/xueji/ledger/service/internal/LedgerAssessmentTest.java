package org.xueji.ledger.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.ledger.api.AnnualAssessment;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerExport;
import org.xueji.ledger.api.LedgerMessages;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.SchoolScore;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.testkit.ReleaseDouble;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.workflow.LapsedStep;

/** The annual assessment and ranking (D4), the export behind a data release (R4), the R17 lapse listener. */
class LedgerAssessmentTest extends LedgerFixture {

    /** A: 2 × R13 and 1 reprimand in 2025 (and one R13 in 2024); B: 1 × R16; C: nothing. */
    private void incidentsOf2025() {
        manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(), LocalDate.of(2025, 3, 1));
        manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(), LocalDate.of(2025, 10, 1));
        manual(IncidentType.R17_REPRIMAND, FakeSchools.A.id(), LocalDate.of(2025, 1, 1));
        manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(), LocalDate.of(2024, 12, 31));
        posted(DISTRICT, IncidentType.R16_CLASS_SIZE, FakeSchools.B.id(), LocalDate.of(2025, 9, 10), null);
        manual(IncidentType.R17_REPRIMAND, null, LocalDate.of(2025, 6, 1));
    }

    @Test
    void d4AnnualScoreWithDefaultWeights() {
        incidentsOf2025();
        AnnualAssessment a = ledger.assessment(DISTRICT, 2025);
        // C 100; B 100 − 3 = 97; A 100 − 2×2 − 5 = 91 (the 2024 entry does not count)
        assertThat(a.ranking()).extracting(SchoolScore::schoolCode).containsExactly("S003", "S002", "S001");
        assertThat(a.ranking()).extracting(SchoolScore::score).containsExactly(100, 97, 91);
        assertThat(a.ranking()).extracting(SchoolScore::rank).containsExactly(1, 2, 3);
        SchoolScore schoolA = a.ranking().get(2);
        assertThat(schoolA.count(IncidentType.R13_REGISTRY_ERROR)).isEqualTo(2);
        assertThat(schoolA.count(IncidentType.R17_REPRIMAND)).isEqualTo(1);
        assertThat(schoolA.incidents()).isEqualTo(3);
        assertThat(a.bureauIncidents()).isEqualTo(1);
    }

    @Test
    void d4AnnualScoreWithChangedWeights() {
        incidentsOf2025();
        ledger.modified(Map.of("baseScore", "50", "weight.R13_REGISTRY_ERROR", "10", "weight.R17_REPRIMAND", "0",
                "weight.R16_CLASS_SIZE", "not-a-number"));
        AnnualAssessment a = ledger.assessment(DISTRICT, 2025);
        // A 50 − 2×10 − 1×0 = 30; B 50 − 1×3 (R16 default kept: the bad value is ignored) = 47; C 50
        assertThat(a.baseScore()).isEqualTo(50);
        assertThat(a.weights()).containsEntry(IncidentType.R13_REGISTRY_ERROR, 10)
                .containsEntry(IncidentType.R16_CLASS_SIZE, 3);
        assertThat(a.ranking()).extracting(SchoolScore::schoolCode, SchoolScore::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S003", 50),
                        org.assertj.core.groups.Tuple.tuple("S002", 47), org.assertj.core.groups.Tuple.tuple("S001", 30));
    }

    @Test
    void d4RankingSharesRanksOnEqualScoresAndSchoolsSeeOnlyTheirOwnRow() {
        posted(DISTRICT, IncidentType.R11_ADMISSION_CONDITIONS, FakeSchools.A.id(), TODAY, null); // 97
        posted(DISTRICT, IncidentType.R11_ADMISSION_CONDITIONS, FakeSchools.B.id(), TODAY, null); // 97
        AnnualAssessment a = ledger.assessment(DISTRICT, 2025);
        assertThat(a.ranking()).extracting(SchoolScore::schoolCode).containsExactly("S003", "S001", "S002");
        assertThat(a.ranking()).extracting(SchoolScore::rank).containsExactly(1, 2, 2);
        AnnualAssessment own = ledger.assessment(PRINCIPAL_B, 2025);
        assertThat(own.ranking()).extracting(SchoolScore::schoolCode).containsExactly("S002");
        assertThat(own.ranking().get(0).score()).isEqualTo(97);
        assertThat(own.bureauIncidents()).isZero();
        assertThatThrownBy(() -> ledger.assessment(DISTRICT, 2026)).isInstanceOf(ValidationException.class);
    }

    @Test
    void r4LedgerExportRefusedWithoutAnApprovedRelease() {
        manual(IncidentType.R13_REGISTRY_ERROR, FakeSchools.A.id(), TODAY);
        assertThatThrownBy(() -> ledger.export(REGISTRAR_A, LedgerQuery.all(), 7))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(ReleaseDouble.Refusal.NOT_APPROVED);
        // the service asked the release service, for the school's own ledger
        assertThat(releases.asked).containsExactly(new ReleaseDouble.Asked("registrar1", 7, "ledger.csv",
                FakeSchools.A.id(), new ExportRequest("ledger.csv", FakeSchools.A.id(), null, null)));
        // a principal has no export permission: refused before any release is used
        assertThatThrownBy(() -> ledger.export(PRINCIPAL_B, LedgerQuery.all(), 42))
                .isInstanceOf(org.xueji.platform.api.AccessDeniedException.class);
        assertThat(releases.asked).hasSize(1);

        LedgerExport export = ledger.export(REGISTRAR_A, LedgerQuery.all(), 42);
        assertThat(export.incidents()).hasSize(1);
        assertThat(export.releaseId()).isEqualTo(42);
        assertThat(export.watermark()).contains("数据发布申请 #42", ReleaseDouble.DOCUMENT);
    }

    @Test
    void r17LapsedStepPostsAnIncidentAgainstTheResponsibleSchoolOrTheBureau() {
        LapseListener listener = new LapseListener(ledger);
        LapsedStep ofSchool = new LapsedStep("transfer", 15, "receiving-principal", FakeSchools.B.id(),
                LocalDate.of(2025, 10, 13), TODAY);
        listener.stepLapsed(ofSchool);
        listener.stepLapsed(ofSchool); // heard twice, entered once
        listener.stepLapsed(new LapsedStep("data-release", 3, "bureau-approval", null, LocalDate.of(2025, 10, 10),
                TODAY));

        List<Incident> ofB = ledger.list(PRINCIPAL_B, LedgerQuery.all(), 0, 10);
        assertThat(ofB).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(IncidentType.R17_DEADLINE_LAPSED);
            assertThat(i.sourceModule()).isEqualTo("workflow");
            assertThat(i.descriptionKey()).isEqualTo(IncidentText.R17_STEP_LAPSED);
            assertThat(i.descriptionArgs()).containsExactly("transfer", "15", "receiving-principal", "2025-10-13");
            assertThat(i.occurredOn()).isEqualTo(TODAY);
            assertThat(i.status()).isEqualTo(IncidentStatus.OPEN);
        });
        assertThat(ledger.list(DISTRICT, LedgerQuery.all().bureauOnly(), 0, 10)).singleElement()
                .satisfies(i -> assertThat(i.descriptionArgs()).startsWith("data-release", "3"));
        assertThat(incidents()).isEqualTo(2);
        assertThat(store.audit()).extracting(r -> r.username()).containsOnly("system:ledger-lapse");
        // a lapse naming a school that no longer exists is logged, not thrown back at the workflow
        listener.stepLapsed(new LapsedStep("transfer", 16, "receiving-principal", 99L, TODAY, TODAY));
        assertThat(incidents()).isEqualTo(2);
    }

    @Test
    void d4InvalidConfigurationKeepsTheDefaultsAndSaysWhy() {
        List<String> warnings = new ArrayList<>();
        LedgerConfig c = LedgerConfig.from(Map.of("weight.R11_ADMISSION_CONDITIONS", "-1", "baseScore", "x"),
                warnings::add);
        assertThat(c.baseScore()).isEqualTo(100);
        assertThat(c.weights()).containsEntry(IncidentType.R11_ADMISSION_CONDITIONS, 3);
        assertThat(warnings).hasSize(2).anyMatch(w -> w.contains("weight.R11_ADMISSION_CONDITIONS"));
        assertThat(LedgerMessages.WEIGHT_INVALID).isNotNull();
    }
}
