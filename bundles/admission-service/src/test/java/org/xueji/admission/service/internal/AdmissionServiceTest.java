package org.xueji.admission.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.AllocationResult;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationQuery;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.Draw;
import org.xueji.admission.api.DrawVerification;
import org.xueji.admission.api.Lottery;
import org.xueji.admission.api.ResidencePermit;
import org.xueji.admission.api.SchoolStatistics;
import org.xueji.admission.api.SeasonSetup;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;

/** Applications, review, allocation, lottery and placement on the real schema (R24, R27). */
class AdmissionServiceTest extends AdmissionFixture {

    private static String key(Throwable t) {
        if (t instanceof ValidationException v) {
            return v.errors().get(0).messageKey().key();
        }
        return ((DomainException) t).messageKey().key();
    }

    @Test
    void r27_migrantWithValidPermitAndOnlyTheConfiguredProofIsAdmitted() {
        Application a = eligible(REGISTRAR_1, migrant(1, CHILDREN.get(0)));
        assertThat(a.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(a.number()).matches("2026-1-\\d{8}");
        admission.publishSeed(DISTRICT, season.id(), "2026-07-01 上证指数收盘 3321.45");
        store.clock().setToday(AFTER_WINDOW);
        AllocationResult r = admission.allocate(DISTRICT, season.id());
        assertThat(r.admitted()).isEqualTo(1);
        Application after = admission.application(REGISTRAR_1, a.id());
        assertThat(after.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(after.placedSchoolId()).isEqualTo(1L);
        assertThat(after.form().permit()).isEqualTo(permit());
        assertThat(after.form().street()).isEqualTo("含浦街道");
    }

    @Test
    void r27_expiredPermitRefusedAndNothingStored() {
        ResidencePermit expired = new ResidencePermit("43010420240001", "岳麓分局", "含浦街道", "含浦社区",
                LocalDate.of(2024, 3, 1), LocalDate.of(2026, 7, 31), LocalDate.of(2024, 3, 1));
        var form = new org.xueji.admission.api.ApplicationForm(1, "王小明", CHILDREN.get(0), Category.MIGRANT, "王建国",
                null, null, null, null, expired, java.util.Set.of("SOCIAL_INSURANCE"));
        assertThatThrownBy(() -> admission.apply(REGISTRAR_1, season.id(), form))
                .satisfies(t -> assertThat(key(t)).isEqualTo("PERMIT_NOT_VALID_ON_CUTOFF"));
        assertThat(applications()).isZero();
        assertThat(store.actions()).doesNotContain("admission.application.submit");
    }

    @Test
    void r24_sameChildAtTwoSchoolsRefused() {
        admission.apply(REGISTRAR_1, season.id(), household(1, CHILDREN.get(1)));
        assertThatThrownBy(() -> admission.apply(REGISTRAR_2, season.id(), household(2, CHILDREN.get(1))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("DUPLICATE_APPLICATION"));
        // the same number typed with a lower-case x or spaces is the same child
        admission.apply(REGISTRAR_1, season.id(), household(1, CHILDREN.get(0)));
        assertThatThrownBy(() -> admission.apply(REGISTRAR_2, season.id(),
                household(2, "430104 20200105100x")))
                .satisfies(t -> assertThat(key(t)).isEqualTo("DUPLICATE_APPLICATION"));
        assertThat(applications()).isEqualTo(2);
    }

    /** Two schools submit one child at the same moment: one application stands, the other is told why (R24). */
    @Test
    void r24_sameChildSubmittedAtTwoSchoolsAtOnceLeavesOneApplication() throws Exception {
        List<String> children = CHILDREN.subList(0, 4);
        for (String child : children) {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
                for (int school : new int[] {1, 2}) {
                    done.add(pool.submit(() -> {
                        start.await();
                        try {
                            return admission.apply(school == 1 ? REGISTRAR_1 : REGISTRAR_2, season.id(),
                                    household(school, child));
                        } catch (RuntimeException e) {
                            return key(e);
                        }
                    }));
                }
                List<Object> outcomes = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Object> f : done) {
                    outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(o -> o instanceof Application).hasSize(1);
                assertThat(outcomes).filteredOn(o -> !(o instanceof Application))
                        .containsExactly("DUPLICATE_APPLICATION");
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(applications()).isEqualTo(children.size());
    }

    @Test
    void r24_applicationAfterTheWindowClosedRefused() {
        store.clock().setToday(AFTER_WINDOW);
        assertThatThrownBy(() -> admission.apply(REGISTRAR_1, season.id(), household(1, CHILDREN.get(0))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("WINDOW_CLOSED"));
        assertThat(applications()).isZero();
    }

    @Test
    void r24_allocationByPriorityWithinThePlanAndALotteryForTheGroupThatDoesNotFit() {
        // school 1 has 3 seats: two household children, then three migrant children for one seat
        Application h1 = eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        Application h2 = eligible(REGISTRAR_1, household(1, CHILDREN.get(1)));
        List<Application> migrants = List.of(eligible(REGISTRAR_1, migrant(1, CHILDREN.get(2))),
                eligible(REGISTRAR_1, migrant(1, CHILDREN.get(3))), eligible(REGISTRAR_1, migrant(1, CHILDREN.get(4))));
        Application unreviewed = admission.apply(REGISTRAR_1, season.id(), migrant(1, CHILDREN.get(5)));
        String seed = "2026-07-01 上证指数收盘 3321.45";
        admission.publishSeed(DISTRICT, season.id(), seed);
        store.clock().setToday(AFTER_WINDOW);

        AllocationResult r = admission.allocate(DISTRICT, season.id());

        assertThat(r.admitted()).isEqualTo(3);
        assertThat(r.notAdmitted()).isEqualTo(2);
        assertThat(status(h1)).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(status(h2)).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(status(unreviewed)).isEqualTo(ApplicationStatus.SUBMITTED);
        Draw draw = r.draws().get(0);
        assertThat(r.draws()).hasSize(1);
        assertThat(draw.seats()).isEqualTo(1);
        assertThat(draw.priorityRank()).isEqualTo(1);
        assertThat(draw.candidates()).containsExactlyElementsOf(migrants.stream().map(Application::number).sorted().toList());
        // the draw is the published algorithm on the list and the group's seed
        assertThat(draw.seed()).isEqualTo(seed + "/1/1");
        assertThat(draw.order()).isEqualTo(Lottery.draw(draw.candidates(), seed + "/1/1"));
        String winner = draw.order().get(0);
        for (Application m : migrants) {
            assertThat(status(m)).isEqualTo(m.number().equals(winner) ? ApplicationStatus.ADMITTED
                    : ApplicationStatus.NOT_ADMITTED);
        }
        assertThat(store.actions()).contains("admission.draw", "admission.allocate");
        assertThat(admission.draws(DISTRICT, season.id())).extracting(Draw::id).containsExactly(draw.id());
    }

    @Test
    void r24_lotteryVerifyAgreesAndDetectsAChangedRecord() {
        lotteryAtSchool1();
        Draw draw = admission.draws(DISTRICT, season.id()).get(0);
        DrawVerification v = admission.verifyDraw(DISTRICT, draw.id());
        assertThat(v.matches()).isTrue();
        assertThat(v.recomputed()).isEqualTo(draw.order());
        // someone swaps the recorded order: verification says so
        List<String> swapped = new java.util.ArrayList<>(draw.order());
        java.util.Collections.swap(swapped, 0, swapped.size() - 1);
        store.execute("update ADM_DRAW set DRAW_ORDER = '" + String.join("\n", swapped) + "' where ID = " + draw.id());
        assertThat(admission.verifyDraw(DISTRICT, draw.id()).matches()).isFalse();
    }

    @Test
    void r24_secondAllocationAndSecondDrawOfTheSameGroupRefused() {
        lotteryAtSchool1();
        long draws = store.count("select count(*) from ADM_DRAW");
        assertThatThrownBy(() -> admission.allocate(DISTRICT, season.id()))
                .satisfies(t -> assertThat(key(t)).isEqualTo("ALLOCATION_ALREADY_RUN"));
        // even with the season's mark removed, the group's draw cannot run again
        store.execute("update ADM_SEASON set ALLOCATED_AT = NULL");
        store.execute("update ADM_APPLICATION set STATUS = 'ELIGIBLE', PLACED_SCHOOL_ID = NULL");
        assertThatThrownBy(() -> admission.allocate(DISTRICT, season.id()))
                .satisfies(t -> assertThat(key(t)).isEqualTo("DRAW_ALREADY_RUN"));
        assertThat(store.count("select count(*) from ADM_DRAW")).isEqualTo(draws);
        assertThat(store.count("select count(*) from ADM_APPLICATION where STATUS = 'ELIGIBLE'")).isEqualTo(5);
    }

    @Test
    void r24_noDrawBeforeTheSeedIsPublishedNorWhileTheWindowIsOpen() {
        eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        store.clock().setToday(AFTER_WINDOW);
        assertThatThrownBy(() -> admission.allocate(DISTRICT, season.id()))
                .satisfies(t -> assertThat(key(t)).isEqualTo("SEED_NOT_PUBLISHED"));
        store.clock().setToday(IN_WINDOW);
        admission.publishSeed(DISTRICT, season.id(), "seed");
        assertThatThrownBy(() -> admission.allocate(DISTRICT, season.id()))
                .satisfies(t -> assertThat(key(t)).isEqualTo("WINDOW_STILL_OPEN"));
        assertThat(store.count("select count(*) from ADM_SEASON where ALLOCATED_AT IS NOT NULL")).isZero();
    }

    @Test
    void r24_seedFixedOncePublished() {
        admission.publishSeed(DISTRICT, season.id(), "first");
        assertThatThrownBy(() -> admission.publishSeed(DISTRICT, season.id(), "second"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("SEED_ALREADY_PUBLISHED"));
        assertThat(admission.season(REGISTRAR_1, season.id()).seed()).isEqualTo("first");
    }

    @Test
    void r24_notAdmittedPlacedByTheDistrictAtASchoolWithSeatsLeft() {
        lotteryAtSchool1();
        Application loser = admission.applications(DISTRICT,
                new ApplicationQuery(season.id(), 1L, ApplicationStatus.NOT_ADMITTED), 0, 10).get(0);
        assertThat(admission.seatsLeft(DISTRICT, season.id(), 2)).isEqualTo(4);
        Application placed = admission.placeByDistrict(DISTRICT, loser.id(), 2);
        assertThat(placed.status()).isEqualTo(ApplicationStatus.PLACED);
        assertThat(placed.placedSchoolId()).isEqualTo(2L);
        assertThat(admission.seatsLeft(REGISTRAR_2, season.id(), 2)).isEqualTo(3);
        // the receiving school sees the placed child; school 1 has no seat left
        assertThat(admission.application(REGISTRAR_2, loser.id()).status()).isEqualTo(ApplicationStatus.PLACED);
        Application other = admission.applications(DISTRICT,
                new ApplicationQuery(season.id(), 1L, ApplicationStatus.NOT_ADMITTED), 0, 10).get(0);
        assertThatThrownBy(() -> admission.placeByDistrict(DISTRICT, other.id(), 1))
                .satisfies(t -> assertThat(key(t)).isEqualTo("NO_SEATS_LEFT"));
        assertThatThrownBy(() -> admission.placeByDistrict(DISTRICT, placed.id(), 2))
                .satisfies(t -> assertThat(key(t)).isEqualTo("NOT_WAITING_FOR_PLACEMENT"));
        assertThat(store.actions()).contains("admission.place");
    }

    @Test
    void r24_rejectionNeedsTheReasonTheFamilySees() {
        Application a = admission.apply(REGISTRAR_1, season.id(), household(1, CHILDREN.get(0)));
        assertThatThrownBy(() -> admission.review(REGISTRAR_1, a.id(), false, "  "))
                .satisfies(t -> assertThat(key(t)).isEqualTo("REJECTION_REASON_REQUIRED"));
        Application rejected = admission.review(REGISTRAR_1, a.id(), false, "户口簿地址与申报住址不一致");
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(family.lookup("10.0.0.5", a.number(), CHILDREN.get(0)).orElseThrow().rejectionReason())
                .isEqualTo("户口簿地址与申报住址不一致");
        assertThatThrownBy(() -> admission.review(REGISTRAR_1, a.id(), true, null))
                .satisfies(t -> assertThat(key(t)).isEqualTo("STATUS_NOT_REVIEWABLE"));
    }

    @Test
    void r1_schoolsSeeAndReviewOnlyTheirOwnApplicationsAndSetUpIsTheDistricts() {
        Application a = admission.apply(REGISTRAR_1, season.id(), household(1, CHILDREN.get(0)));
        assertThatThrownBy(() -> admission.review(REGISTRAR_2, a.id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admission.apply(REGISTRAR_2, season.id(), household(1, CHILDREN.get(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(admission.applications(REGISTRAR_2, ApplicationQuery.all(), 0, 10)).isEmpty();
        assertThat(admission.applications(REGISTRAR_1, ApplicationQuery.all(), 0, 10)).hasSize(1);
        assertThatThrownBy(() -> admission.applications(TEACHER_1, ApplicationQuery.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admission.publishSeed(REGISTRAR_1, season.id(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admission.createSeason(LEADER,
                SeasonSetup.typical(2026, 7, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.actions().stream().filter("access.denied"::equals).count()).isEqualTo(5);
    }

    @Test
    void r24_setUpRefusesWrongPlansDatesAndASecondSeason() {
        assertThatThrownBy(() -> admission.savePlan(DISTRICT, season.id(),
                new org.xueji.admission.api.SchoolPlan(1, 1, 40, 41)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("PLAN_INVALID"));
        assertThatThrownBy(() -> admission.createSeason(DISTRICT,
                SeasonSetup.typical(2026, 1, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("SEASON_EXISTS"));
        assertThatThrownBy(() -> admission.createSeason(DISTRICT,
                SeasonSetup.typical(2026, 7, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("SEASON_DATES_INVALID"));
        assertThatThrownBy(() -> admission.createSeason(DISTRICT,
                SeasonSetup.typical(2026, 3, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("GRADE_INVALID"));
        assertThat(store.count("select count(*) from ADM_SEASON")).isEqualTo(1);
        assertThat(admission.season(DISTRICT, season.id()).plan(1).seats()).isEqualTo(3);
    }

    @Test
    void r24_statisticsPerSchoolAndCategory() {
        lotteryAtSchool1();
        SchoolStatistics s1 = admission.statistics(DISTRICT, season.id()).get(0);
        assertThat(s1.schoolId()).isEqualTo(1L);
        assertThat(s1.applications()).isEqualTo(Map.of(Category.HOUSEHOLD, 2, Category.MIGRANT, 3));
        assertThat(s1.admitted()).isEqualTo(Map.of(Category.HOUSEHOLD, 2, Category.MIGRANT, 1));
        assertThat(s1.migrantAdmitted()).isEqualTo(1);
        assertThat(s1.lotteryGroups()).isEqualTo(1);
        assertThat(admission.statistics(REGISTRAR_2, season.id())).extracting(SchoolStatistics::schoolId)
                .containsExactly(2L);
    }

    @Test
    void r24_noPersonalValuesInTheAuditTrail() {
        lotteryAtSchool1();
        assertThat(store.audit()).allSatisfy(row -> {
            assertThat(row.changes() == null ? "" : row.changes()).doesNotContain(CHILDREN.get(0), "王小明", "李小红",
                    "含浦社区", "43010420240001");
        });
    }

    @Test
    void r27_evidenceJudgedByContentAndOnlyForTheShortList() {
        Application a = admission.apply(REGISTRAR_1, season.id(), migrant(1, CHILDREN.get(0)));
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var permitScan = admission.uploadEvidence(REGISTRAR_1, a.id(), "RESIDENCE_PERMIT", "C:\\scan\\居住证.pdf", pdf);
        assertThat(permitScan.kind()).isEqualTo("PDF");
        assertThat(permitScan.fileName()).isEqualTo("居住证.pdf");
        admission.uploadEvidence(REGISTRAR_1, a.id(), "SOCIAL_INSURANCE", "社保.pdf", pdf);
        // a web page named .pdf is refused by its content; a proof the category does not ask for is refused
        byte[] html = "<html><body>x</body></html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> admission.uploadEvidence(REGISTRAR_1, a.id(), "SOCIAL_INSURANCE", "社保.pdf", html))
                .satisfies(t -> assertThat(key(t)).isEqualTo("EVIDENCE_WRONG_TYPE"));
        assertThatThrownBy(() -> admission.uploadEvidence(REGISTRAR_1, a.id(), "PROPERTY_DEED", "房产证.pdf", pdf))
                .satisfies(t -> assertThat(key(t)).isEqualTo("PROOF_NOT_ACCEPTED"));
        assertThatThrownBy(() -> admission.uploadEvidence(REGISTRAR_2, a.id(), "SOCIAL_INSURANCE", "社保.pdf", pdf))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(admission.evidence(REGISTRAR_1, a.id())).extracting(e -> e.proof())
                .containsExactly("RESIDENCE_PERMIT", "SOCIAL_INSURANCE");
        assertThat(store.count("select count(*) from ADM_EVIDENCE")).isEqualTo(2);
        assertThatThrownBy(() -> admission.evidence(REGISTRAR_2, a.id())).isInstanceOf(AccessDeniedException.class);
    }

    /** A real PNG of this size (small), or only the header of a huge one (what a hostile tiny file declares). */
    static byte[] png(int width, int height) {
        if ((long) width * height < 1_000_000) {
            try {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height,
                        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        b.putInt(13).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0}).putInt(0);
        return b.array();
    }

    @Test
    void r27_evidenceImageDimensionsJudged_andReadOnlyInScope_audited() {
        Application a = admission.apply(REGISTRAR_1, season.id(), migrant(1, CHILDREN.get(0)));
        var scan = admission.uploadEvidence(REGISTRAR_1, a.id(), "RESIDENCE_PERMIT", "居住证.png", png(2, 1));
        assertThat(scan.kind()).isEqualTo("PNG");
        // a tiny file declaring a 50,000 × 50,000 picture is refused before anything is stored
        assertThatThrownBy(() -> admission.uploadEvidence(REGISTRAR_1, a.id(), "RESIDENCE_PERMIT", "big.png",
                png(50_000, 50_000))).satisfies(t -> assertThat(key(t)).isEqualTo("EVIDENCE_IMAGE_TOO_LARGE"));
        assertThat(store.count("select count(*) from ADM_EVIDENCE")).isEqualTo(1);

        // the file is read back by its school and the district, each reading audited without personal values
        var file = admission.evidenceFile(REGISTRAR_1, scan.id());
        assertThat(file.content()).isEqualTo(png(2, 1));
        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(admission.evidenceFile(DISTRICT, scan.id()).evidence().proof()).isEqualTo("RESIDENCE_PERMIT");
        assertThat(store.audit()).filteredOn(r -> r.action().equals("admission.evidence.view"))
                .extracting(r -> r.username()).containsExactly("registrar1", "district-admin");
        assertThat(store.audit()).filteredOn(r -> r.action().startsWith("admission.evidence"))
                .allSatisfy(r -> assertThat(r.changes()).doesNotContain("居住证", CHILDREN.get(0)));
        // R1: another school, a teacher without REVIEW_ADMISSION, an unknown id — refused, the refusal audited
        assertThatThrownBy(() -> admission.evidenceFile(REGISTRAR_2, scan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admission.evidenceFile(TEACHER_1, scan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admission.evidenceFile(REGISTRAR_1, scan.id() + 999))
                .satisfies(t -> assertThat(key(t)).isEqualTo("EVIDENCE_NOT_FOUND"));
        assertThat(store.audit()).filteredOn(r -> r.action().equals("admission.evidence.view"))
                .hasSize(2);
        assertThat(store.actions()).contains("access.denied");
    }

    @Test
    void r24_schoolResultsGrid_perSchoolPlanApplicationsAdmittedLotteryPlacementsAndSeatsLeft_paged() {
        lotteryAtSchool1(); // school 1: 3 seats, 2 household + 3 migrant → 1 migrant left out by lottery
        Application loser = admission.applications(DISTRICT, new org.xueji.admission.api.ApplicationQuery(season.id(),
                null, ApplicationStatus.NOT_ADMITTED), 0, 10).get(0);
        admission.placeByDistrict(DISTRICT, loser.id(), 2);

        var all = admission.schoolResults(DISTRICT, season.id(), null, 0, 10);
        assertThat(all).extracting(r -> r.schoolId()).containsExactly(1L, 2L);
        var one = all.get(0);
        assertThat(one.plan().seats()).isEqualTo(3);
        assertThat(one.applications()).isEqualTo(java.util.Map.of(Category.HOUSEHOLD, 2, Category.MIGRANT, 3));
        assertThat(one.admitted()).isEqualTo(java.util.Map.of(Category.HOUSEHOLD, 2, Category.MIGRANT, 1));
        assertThat(one.lotteries()).isEqualTo(1);
        assertThat(one.lotteryCandidates()).isEqualTo(3);
        assertThat(one.lotterySeats()).isEqualTo(1);
        assertThat(one.notAdmitted()).isEqualTo(1); // 3 drawn for 1 seat: one of the two left out placed at school 2
        assertThat(one.placed()).isZero();
        assertThat(one.seatsLeft()).isZero();
        var two = all.get(1);
        assertThat(two.applications()).isEmpty();
        assertThat(two.admitted()).isEqualTo(java.util.Map.of(Category.MIGRANT, 1));
        assertThat(two.placed()).isEqualTo(1);
        assertThat(two.lotteries()).isZero();
        assertThat(two.seatsLeft()).isEqualTo(two.plan().seats() - 1);

        // paging and the search (ids of the schools whose names match)
        assertThat(admission.countSchoolResults(DISTRICT, season.id(), null)).isEqualTo(2);
        assertThat(admission.schoolResults(DISTRICT, season.id(), null, 1, 1)).extracting(r -> r.schoolId())
                .containsExactly(2L);
        assertThat(admission.schoolResults(DISTRICT, season.id(), java.util.Set.of(2L), 0, 10))
                .extracting(r -> r.schoolId()).containsExactly(2L);
        assertThat(admission.countSchoolResults(DISTRICT, season.id(), java.util.Set.of(7L))).isZero();
        // R1: a school sees its own line only, whatever it asks for; a teacher nothing
        assertThat(admission.schoolResults(REGISTRAR_2, season.id(), null, 0, 10)).extracting(r -> r.schoolId())
                .containsExactly(2L);
        assertThat(admission.schoolResults(REGISTRAR_2, season.id(), java.util.Set.of(1L), 0, 10)).isEmpty();
        assertThatThrownBy(() -> admission.schoolResults(TEACHER_1, season.id(), null, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void r1_applicationsPagedWithTheirCount_disjointPagesInNumberOrder_schoolSeesItsOwn() {
        eligible(REGISTRAR_2, household(2, CHILDREN.get(5))); // school 2 has seats: admitted
        lotteryAtSchool1(); // 3 of school 1's 5 admitted
        ApplicationQuery all = new ApplicationQuery(season.id(), null, null);
        List<Application> first = admission.applications(DISTRICT, all, 0, 4);
        List<Application> second = admission.applications(DISTRICT, all, 4, 4);
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        List<String> numbers = java.util.stream.Stream.concat(first.stream(), second.stream())
                .map(Application::number).toList();
        assertThat(numbers).doesNotHaveDuplicates().isSorted();
        assertThat(admission.countApplications(DISTRICT, all)).isEqualTo(6);
        assertThat(admission.countApplications(REGISTRAR_1, all)).isEqualTo(5);
        assertThat(admission.countApplications(REGISTRAR_2, all)).isEqualTo(1);
        assertThat(admission.countApplications(DISTRICT,
                new ApplicationQuery(season.id(), null, ApplicationStatus.ADMITTED))).isEqualTo(4);
        assertThatThrownBy(() -> admission.countApplications(REGISTRAR_2, new ApplicationQuery(season.id(), 1L, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admission.countApplications(TEACHER_1, all)).isInstanceOf(AccessDeniedException.class);
    }

    private ApplicationStatus status(Application a) {
        return admission.application(DISTRICT, a.id()).status();
    }

    /** Two household and three migrant children at school 1 (3 seats), seed published, allocated. */
    void lotteryAtSchool1() {
        eligible(REGISTRAR_1, household(1, CHILDREN.get(0)));
        eligible(REGISTRAR_1, household(1, CHILDREN.get(1)));
        for (int i = 2; i < 5; i++) {
            eligible(REGISTRAR_1, migrant(1, CHILDREN.get(i)));
        }
        admission.publishSeed(DISTRICT, season.id(), "2026-07-01 上证指数收盘 3321.45");
        store.clock().setToday(AFTER_WINDOW);
        admission.allocate(DISTRICT, season.id());
    }

    @Test
    void item6_householdTypeIsARegistryCode_textRefusedWithItsKeyAndNothingStored() {
        var typed = new org.xueji.admission.api.ApplicationForm(1, "李小红", CHILDREN.get(0), Category.HOUSEHOLD, "李华",
                null, "含浦街道", "含浦社区", "农业户口", null, java.util.Set.of("HOUSEHOLD_BOOK"));
        assertThatThrownBy(() -> admission.apply(REGISTRAR_1, season.id(), typed))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .anySatisfy(e -> {
                            assertThat(e.field()).isEqualTo("householdType");
                            assertThat(e.messageKey().key()).isEqualTo("HOUSEHOLD_TYPE_UNKNOWN");
                        }));
        assertThat(applications()).isZero();
        // reported together with the other checks' problems
        var both = new org.xueji.admission.api.ApplicationForm(1, "", CHILDREN.get(0), Category.HOUSEHOLD, "李华",
                null, "含浦街道", "含浦社区", "农业", null, java.util.Set.of("HOUSEHOLD_BOOK"));
        assertThatThrownBy(() -> admission.apply(REGISTRAR_1, season.id(), both))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(e -> e.messageKey().key()).contains("NAME_REQUIRED", "HOUSEHOLD_TYPE_UNKNOWN"));
        // the name and the national code are both accepted; empty is left to the registrar
        for (String value : new String[] {"AGRICULTURAL", "1", null}) {
            store.execute("delete from ADM_APPLICATION");
            var ok = new org.xueji.admission.api.ApplicationForm(1, "李小红", CHILDREN.get(0), Category.HOUSEHOLD, "李华",
                    null, "含浦街道", "含浦社区", value, null, java.util.Set.of("HOUSEHOLD_BOOK"));
            assertThat(admission.apply(REGISTRAR_1, season.id(), ok).form().householdType()).isEqualTo(value);
        }
    }
}
