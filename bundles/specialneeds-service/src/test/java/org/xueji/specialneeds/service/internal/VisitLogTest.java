package org.xueji.specialneeds.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.documents.DocumentMessages;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceStatus;
import org.xueji.specialneeds.api.ComplianceSummary;
import org.xueji.specialneeds.api.Evidence;
import org.xueji.specialneeds.api.Plan;
import org.xueji.specialneeds.api.RulePart;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.api.Visit;
import org.xueji.specialneeds.api.VisitData;

/** R26: the visit log, its bad input, the live status, the ledger incident, the reminders. */
class VisitLogTest extends SpecialNeedsFixture {

    private static VisitData withPhotoAndSignature(VisitData v, byte[] photo, byte[] signature, String code) {
        return new VisitData(v.childId(), v.date(), v.start(), v.end(), v.periods(), v.teachers(), v.content(),
                v.progress(), v.remote(), code, signature, photo == null ? List.of() : List.of(photo));
    }

    private void assertNothingStored() {
        assertThat(count("SN_VISIT")).isZero();
        assertThat(count("SN_VISIT_TEACHER")).isZero();
        assertThat(count("SN_EVIDENCE")).isZero();
    }

    private static String field(ValidationException e) {
        return e.errors().get(0).field() + ":" + e.errors().get(0).messageKey().key();
    }

    @Test
    void r26_aVisitWithAPhotoAndAGuardianSignatureIsLoggedAndItsEvidenceReadBack() {
        Child c = homeTaught(ID_1);
        byte[] photo = png();
        Visit v = service.logVisit(TEACHER_A, withPhotoAndSignature(visit(c.id(), TODAY, 9, 2, List.of("teacher1")),
                photo, png(), null));
        assertThat(v.confirmedBySignature()).isTrue();
        assertThat(v.photoIds()).hasSize(1);
        Evidence e = service.evidence(REGISTRAR_A, v.photoIds().get(0));
        assertThat(e.kind()).isEqualTo("PNG");
        assertThat(e.content()).isEqualTo(photo);
        assertThatThrownBy(() -> service.evidence(REGISTRAR_B, v.photoIds().get(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.visits(REGISTRAR_A, c.id())).extracting(Visit::id).containsExactly(v.id());
        // the audit row holds counts, not the confirmation code or the content
        assertThat(store.audit().stream().filter(r -> r.action().equals("specialneeds.visit.log")).findFirst()
                .orElseThrow().changes()).doesNotContain("4821").doesNotContain("水果");
    }

    @Test
    void r26_badVisitsAreRefusedWithAClearMessageAndNothingStored() {
        Child c = homeTaught(ID_1);
        // in the future
        assertThatThrownBy(() -> service.logVisit(TEACHER_A, visit(c.id(), TODAY.plusDays(1), 9, 2,
                List.of("teacher1")))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(field(e)).isEqualTo("date:" + SpecialNeedsMessages.DATE_IN_FUTURE.key()));
        // end before start
        VisitData backwards = new VisitData(c.id(), TODAY, LocalTime.of(10, 0), LocalTime.of(9, 0), 2,
                List.of("teacher1"), "内容", null, false, "1234", null, List.of());
        assertThatThrownBy(() -> service.logVisit(TEACHER_A, backwards)).isInstanceOfSatisfying(
                ValidationException.class,
                e -> assertThat(field(e)).isEqualTo("end:" + SpecialNeedsMessages.END_BEFORE_START.key()));
        // 0 periods
        assertThatThrownBy(() -> service.logVisit(TEACHER_A, visit(c.id(), TODAY, 9, 0, List.of("teacher1"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(field(e)).isEqualTo("periods:" + SpecialNeedsMessages.PERIODS_INVALID.key()));
        // a "photo" that is a PDF
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> service.logVisit(TEACHER_A, withPhotoAndSignature(
                visit(c.id(), TODAY, 9, 2, List.of("teacher1")), pdf, null, "1234")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(field(e)).isEqualTo("photos:" + DocumentMessages.EVIDENCE_WRONG_TYPE.key()));
        // no guardian confirmation at all
        assertThatThrownBy(() -> service.logVisit(TEACHER_A, withPhotoAndSignature(
                visit(c.id(), TODAY, 9, 2, List.of("teacher1")), null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(field(e))
                        .isEqualTo("confirmation:" + SpecialNeedsMessages.CONFIRMATION_REQUIRED.key()));
        assertNothingStored();
    }

    @Test
    void r26_overlappingVisitsOfTheSameTeacherAreRefused() {
        Child c = homeTaught(ID_1);
        Child d = homeTaught(ID_2);
        service.logVisit(TEACHER_A, visit(c.id(), TODAY, 9, 2, List.of("teacher1"))); // 9:00–10:30
        assertThatThrownBy(() -> service.logVisit(TEACHER_A, visit(d.id(), TODAY, 10, 2, List.of("teacher1"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(field(e)).isEqualTo("teachers:" + SpecialNeedsMessages.TEACHER_OVERLAP.key()));
        assertThat(count("SN_VISIT")).isEqualTo(1);
        // another teacher at that time, or the same teacher right after, is fine
        service.logVisit(TEACHER_A2, visit(d.id(), TODAY, 10, 2, List.of("teacher2")));
        VisitData after = new VisitData(d.id(), TODAY, LocalTime.of(10, 30), LocalTime.of(12, 0), 2,
                List.of("teacher1"), "内容", null, false, "1234", null, List.of());
        service.logVisit(TEACHER_A, after);
        assertThat(count("SN_VISIT")).isEqualTo(3);
    }

    @Test
    void r26_visitsOnlyForChildrenTaughtAtHomeAndInScope() {
        Child notPlaced = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        assertThatThrownBy(() -> service.logVisit(TEACHER_A, visit(notPlaced.id(), TODAY, 9, 2, List.of("teacher1"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(SpecialNeedsMessages.NOT_HOME_TEACHING));
        Child c = homeTaught(ID_2);
        assertThatThrownBy(() -> service.logVisit(REGISTRAR_B, visit(c.id(), TODAY, 9, 2, List.of("registrar2"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SN_VISIT")).isZero();
    }

    @Test
    void r26_theChildsStatusFollowsTheVisitsOnAMovableClock() {
        Child c = homeTaught(ID_1);
        // 20 October 2026, no visit in September or October: September breached, October at risk
        ChildStatus start = service.status(REGISTRAR_A, c.id());
        assertThat(start.status()).isEqualTo(ComplianceStatus.BREACHED);
        assertThat(start.compliance().breachedMonths()).containsExactly(YearMonth.of(2026, 9));
        service.logVisit(TEACHER_A, visit(c.id(), LocalDate.of(2026, 9, 18), 9, 2, List.of("teacher1")));
        ChildStatus september = service.status(REGISTRAR_A, c.id());
        assertThat(september.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(september.compliance().findings()).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(RulePart.VISITS_PER_MONTH);
            assertThat(f.month()).isEqualTo(YearMonth.of(2026, 10));
        });
        // a 1-period visit in October does not count
        service.logVisit(TEACHER_A, visit(c.id(), LocalDate.of(2026, 10, 19), 9, 1, List.of("teacher1")));
        assertThat(service.status(REGISTRAR_A, c.id()).status()).isEqualTo(ComplianceStatus.AT_RISK);
        service.logVisit(TEACHER_A, visit(c.id(), TODAY, 9, 2, List.of("teacher1")));
        assertThat(service.status(REGISTRAR_A, c.id()).status()).isEqualTo(ComplianceStatus.ON_TRACK);
        // the clock moves to 1 December with nothing in November: breached, naming November
        store.clock().setToday(LocalDate.of(2026, 12, 1));
        ChildStatus december = service.status(REGISTRAR_A, c.id());
        assertThat(december.status()).isEqualTo(ComplianceStatus.BREACHED);
        assertThat(december.compliance().breachedMonths()).containsExactly(YearMonth.of(2026, 11));
        assertThat(service.homeTeaching(DISTRICT, null, ComplianceStatus.BREACHED)).extracting(s -> s.child().id())
                .containsExactly(c.id());
        assertThat(service.homeTeaching(DISTRICT, null, ComplianceStatus.AT_RISK)).isEmpty();
    }

    @Test
    void r26_aClosedMonthWithoutAVisitIsPostedToTheLedgerOncePerChildAndMonth() {
        Child c = homeTaught(ID_1);
        service.logVisit(TEACHER_A, visit(c.id(), LocalDate.of(2026, 9, 18), 9, 2, List.of("teacher1")));
        List<IncidentPost> posts = new ArrayList<>();
        MonthlyCheck check = new MonthlyCheck(service);
        // without the ledger nothing is posted nor marked
        assertThat(check.run()).isZero();
        check.ledger = ((LedgerService) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LedgerService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("post")) {
                        posts.add((IncidentPost) args[1]);
                    }
                    return null;
                }));
        // October still running: nothing
        assertThat(check.run()).isZero();
        store.clock().setToday(LocalDate.of(2026, 11, 2));
        assertThat(check.run()).isEqualTo(1);
        assertThat(check.run()).isZero();
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.schoolId()).isEqualTo(SCHOOL_A);
            assertThat(p.type()).isEqualTo(IncidentType.R26_MONTH_WITHOUT_VISIT);
            assertThat(p.type().ruleId()).isEqualTo("R26");
            assertThat(p.reference()).isEqualTo("sn-month:" + c.id() + ":2026-10");
            assertThat(p.args().get(0)).contains("R26_MONTH_WITHOUT_VISIT").doesNotContain("测试儿童");
        });
    }

    @Test
    void r26_assignedTeachersAndTheSchoolLeaderAreReminded() {
        Child c = homeTaught(ID_1);
        Plan p = service.savePlan(REGISTRAR_A, c.id(), plan(List.of("teacher1")));
        workflow.decide(SCHOOL_LEADER_A, p.workflowRequestId(), Decision.APPROVE, null);
        service.logVisit(TEACHER_A, visit(c.id(), LocalDate.of(2026, 9, 18), 9, 2, List.of("teacher1")));
        SpecialNeedsReminders reminders = new SpecialNeedsReminders(service);
        // October at risk: the assigned teacher and the leader hear of it, another teacher does not
        for (var actor : List.of(TEACHER_A, SCHOOL_LEADER_A)) {
            assertThat(reminders.reminders(actor)).anyMatch(r -> r.message() == SpecialNeedsMessages.REMINDER_MONTH_WITHOUT_VISIT
                    && r.args().equals(List.of(c.id(), "2026-10")) && r.severity() == Reminder.Severity.WARNING);
        }
        assertThat(reminders.reminders(TEACHER_A2)).isEmpty();
        assertThat(reminders.reminders(REGISTRAR_B)).isEmpty();
        service.logVisit(TEACHER_A, visit(c.id(), TODAY, 9, 2, List.of("teacher1")));
        assertThat(reminders.reminders(TEACHER_A)).noneMatch(r -> r.message() == SpecialNeedsMessages.REMINDER_MONTH_WITHOUT_VISIT);
    }

    @Test
    void r26_theDistrictViewCountsPerSchoolAndTownWithPlansAndTeachers() {
        Child withPlan = homeTaught(ID_1);
        homeTaught(ID_2);
        Plan p = service.savePlan(REGISTRAR_A, withPlan.id(), plan(List.of()));
        workflow.decide(SCHOOL_LEADER_A, p.workflowRequestId(), Decision.APPROVE, null);
        List<ComplianceSummary> summary = service.summary(DISTRICT);
        assertThat(summary).singleElement().satisfies(s -> {
            assertThat(s.schoolId()).isEqualTo(SCHOOL_A);
            assertThat(s.town()).isEqualTo(TOWN);
            assertThat(s.children()).isEqualTo(2);
            assertThat(s.breached()).isEqualTo(2); // September passed without visits
            assertThat(s.withoutPlan()).isEqualTo(1);
            assertThat(s.planWithoutTeachers()).isEqualTo(1);
        });
        assertThat(service.summary(REGISTRAR_B)).isEmpty();
        assertThat(service.summary(TOWN_OFFICIAL)).hasSize(1);
        assertThat(service.summary(VILLAGE_OFFICIAL)).isEmpty();
    }
}
