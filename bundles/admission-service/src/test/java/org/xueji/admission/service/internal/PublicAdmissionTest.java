package org.xueji.admission.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.PublicResult;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;

/** The public pages (no account): a family sees and edits only its own application; floods wait. */
class PublicAdmissionTest extends AdmissionFixture {

    @Test
    void r24_publicPageNamesTheSeasonsSchools_onlyOncePublished() {
        assertThat(family.schoolNames(season.id())).isEqualTo(java.util.Map.of(1L, "含浦一小", 2L, "含浦二小"));
        assertThat(family.schoolNames(season.id() + 99)).isEmpty();
        store.clock().setToday(java.time.LocalDate.of(2026, 5, 1)); // plans are published on 18 May
        assertThat(family.schoolNames(season.id())).isEmpty();
    }

    @Test
    void r24_familyAppliesAndSeesOnlyItsOwnApplicationByNumberAndIdNumber() {
        Application mine = family.apply("10.0.0.1", season.id(), migrant(1, CHILDREN.get(0)));
        Application theirs = family.apply("10.0.0.2", season.id(), household(1, CHILDREN.get(1)));
        assertThat(mine.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(family.lookup("10.0.0.1", mine.number(), CHILDREN.get(0))).get()
                .extracting(Application::id).isEqualTo(mine.id());
        // another family's number with my child's ID number, or a number that does not exist: nothing, alike
        assertThat(family.lookup("10.0.0.1", theirs.number(), CHILDREN.get(0))).isEmpty();
        assertThat(family.lookup("10.0.0.1", "2026-1-00000000", CHILDREN.get(0))).isEmpty();
        assertThat(family.lookup("10.0.0.1", theirs.number(), "not an id")).isEmpty();
        assertThat(store.audit()).filteredOn(r -> r.action().equals("admission.application.submit"))
                .extracting(r -> r.username()).containsOnly("public:family");
    }

    @Test
    void r24_familyEditsWhileTheWindowIsOpenNotAfterAndNotWithAWrongPair() {
        Application mine = family.apply("10.0.0.1", season.id(), household(1, CHILDREN.get(0)));
        Application edited = family.edit("10.0.0.1", mine.number(), CHILDREN.get(0), household(2, CHILDREN.get(0)));
        assertThat(edited.schoolId()).isEqualTo(2L);
        assertThatThrownBy(() -> family.edit("10.0.0.1", mine.number(), CHILDREN.get(1), household(1, CHILDREN.get(1))))
                .isInstanceOf(DomainException.class);
        store.clock().setToday(AFTER_WINDOW);
        assertThatThrownBy(() -> family.edit("10.0.0.1", mine.number(), CHILDREN.get(0), household(1, CHILDREN.get(0))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey().key()).isEqualTo("WINDOW_CLOSED"));
        assertThat(admission.application(DISTRICT, mine.id()).schoolId()).isEqualTo(2L);
    }

    @Test
    void r24_familySeesItsResultOnlyFromTheResultsDayAndPublishedListsAreMasked() {
        Application mine = family.apply("10.0.0.1", season.id(), migrant(1, CHILDREN.get(0)));
        admission.review(REGISTRAR_1, mine.id(), true, null);
        admission.publishSeed(DISTRICT, season.id(), "seed");
        store.clock().setToday(AFTER_WINDOW);
        admission.allocate(DISTRICT, season.id());
        assertThat(family.lookup("10.0.0.1", mine.number(), CHILDREN.get(0)).orElseThrow().status())
                .isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(family.results(season.id(), 1)).isEmpty();
        store.clock().setToday(RESULTS_DAY);
        assertThat(family.lookup("10.0.0.1", mine.number(), CHILDREN.get(0)).orElseThrow().status())
                .isEqualTo(ApplicationStatus.ADMITTED);
        PublicResult line = family.results(season.id(), 1).get(0);
        assertThat(line.maskedName()).isEqualTo("王**");
        assertThat(line.maskedNumber()).endsWith(mine.number().substring(mine.number().length() - 4))
                .doesNotContain(mine.number().substring(0, 6));
        assertThat(line.toString()).doesNotContain(CHILDREN.get(0));
    }

    @Test
    void r24_aFloodFromOneAddressWaitsAndStoresNothingMore() {
        for (int i = 0; i < PublicAdmissionImpl.FREE_SUBMISSIONS; i++) {
            try {
                family.apply("10.9.9.9", season.id(), household(1, "bad-" + i));
            } catch (ValidationException expected) {
                // each submission counts, valid or not
            }
        }
        assertThatThrownBy(() -> family.apply("10.9.9.9", season.id(), household(1, CHILDREN.get(0))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey().key()).isEqualTo("TOO_MANY_ATTEMPTS"));
        assertThat(applications()).isZero();
        // another address is not affected
        assertThat(family.apply("10.0.0.1", season.id(), household(1, CHILDREN.get(0))).status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void r24_wrongPairsFromOneAddressWait() {
        Application mine = family.apply("10.0.0.1", season.id(), household(1, CHILDREN.get(0)));
        for (int i = 0; i < PublicAdmissionImpl.FREE_MISSES; i++) {
            assertThat(family.lookup("10.6.6.6", mine.number(), CHILDREN.get(1))).isEmpty();
        }
        assertThatThrownBy(() -> family.lookup("10.6.6.6", mine.number(), CHILDREN.get(0)))
                .isInstanceOf(DomainException.class);
        assertThat(family.lookup("10.0.0.1", mine.number(), CHILDREN.get(0))).isPresent();
    }

    @Test
    void r24_publishedSeasonsFromThePlansDay() {
        assertThat(family.publishedSeasons()).hasSize(1);
        store.clock().setToday(season.setup().plansPublishedOn().minusDays(1));
        assertThat(family.publishedSeasons()).isEmpty();
    }

    @Test
    void r27_familyUploadsItsProofsOnThePublicPage_judgedByContent_onlyWithItsPairAndWhileEditable() {
        Application mine = family.apply("10.0.0.1", season.id(), migrant(1, CHILDREN.get(0)));
        byte[] png = AdmissionServiceTest.png(3, 2);
        var scan = family.uploadEvidence("10.0.0.1", mine.number(), CHILDREN.get(0), "RESIDENCE_PERMIT", "permit.png",
                png);
        assertThat(scan.kind()).isEqualTo("PNG");
        assertThat(scan.uploadedBy()).isEqualTo("public:family");
        // the school sees the family's file
        assertThat(admission.evidenceFile(REGISTRAR_1, scan.id()).content()).isEqualTo(png);
        // a renamed web page, a proof the category does not ask for, a wrong pair: refused, nothing stored
        byte[] html = "<html>x</html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> family.uploadEvidence("10.0.0.1", mine.number(), CHILDREN.get(0), "SOCIAL_INSURANCE",
                "社保.pdf", html)).isInstanceOfSatisfying(ValidationException.class,
                        v -> assertThat(v.errors().get(0).messageKey().key()).isEqualTo("EVIDENCE_WRONG_TYPE"));
        assertThatThrownBy(() -> family.uploadEvidence("10.0.0.1", mine.number(), CHILDREN.get(0), "PROPERTY_DEED",
                "deed.png", png)).isInstanceOfSatisfying(ValidationException.class,
                        v -> assertThat(v.errors().get(0).messageKey().key()).isEqualTo("PROOF_NOT_ACCEPTED"));
        assertThatThrownBy(() -> family.uploadEvidence("10.0.0.9", mine.number(), CHILDREN.get(1), "SOCIAL_INSURANCE",
                "s.png", png)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey().key()).isEqualTo("APPLICATION_NOT_FOUND"));
        assertThat(throttles.counted).containsEntry("admission-lookup|10.0.0.9", 1);
        // once the school decided, the family can no longer add files
        admission.review(REGISTRAR_1, mine.id(), true, null);
        assertThatThrownBy(() -> family.uploadEvidence("10.0.0.1", mine.number(), CHILDREN.get(0), "SOCIAL_INSURANCE",
                "s.png", png)).isInstanceOfSatisfying(ValidationException.class,
                        v -> assertThat(v.errors().get(0).messageKey().key()).isEqualTo("APPLICATION_NOT_EDITABLE"));
        assertThat(store.count("select count(*) from ADM_EVIDENCE")).isEqualTo(1);
    }

    @Test
    void r24_aFloodOfUploadsIsLimitedPerApplication() {
        Application mine = family.apply("10.0.0.1", season.id(), migrant(1, CHILDREN.get(0)));
        for (int i = 0; i < EvidenceStore.MAX_FILES; i++) {
            admission.uploadEvidence(REGISTRAR_1, mine.id(), "SOCIAL_INSURANCE", "s" + i + ".png",
                    AdmissionServiceTest.png(1, 1));
        }
        assertThatThrownBy(() -> admission.uploadEvidence(REGISTRAR_1, mine.id(), "SOCIAL_INSURANCE", "more.png",
                AdmissionServiceTest.png(1, 1))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey().key()).isEqualTo("EVIDENCE_LIMIT"));
        assertThat(store.count("select count(*) from ADM_EVIDENCE")).isEqualTo(EvidenceStore.MAX_FILES);
    }
}
