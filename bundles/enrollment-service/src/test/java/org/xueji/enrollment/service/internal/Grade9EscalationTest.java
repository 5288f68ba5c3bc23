package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.GRADE9_CLASS;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.SCHOOL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.Grade9Escalation;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.TestWorkingDays;

/**
 * Issue 15, item 4 (R18 before the 中考) on a moved clock. School year 2026, 中考 on Wednesday
 * 16 June 2027 (the default), escalation from 5 working days before it with a holiday on
 * Wednesday 9 June: counted back by hand Tue 15, Mon 14, Fri 11, Thu 10, (Wed 9 off), Tue 8 —
 * the window opens on 8 June 2027.
 */
class Grade9EscalationTest {

    private static final LocalDate ZHONGKAO = LocalDate.of(2027, 6, 16);

    private final ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE,
            EnrollmentSchema.CHANGELOG, "ENROLLMENT");
    private final OneSchoolRegistry registry = new OneSchoolRegistry();
    private final AutumnRegistrationServiceImpl registration = new AutumnRegistrationServiceImpl(store.support(),
            OneSchoolRegistry.calendar(), registry.students(), registry.schools());
    private final VerificationServiceImpl verification = new VerificationServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), registry.students(), registry.schools());
    private final Grade9EscalationImpl escalation = new Grade9EscalationImpl(store.support(),
            OneSchoolRegistry.calendar(),
            new TestWorkingDays(Set.of(2026, 2027), Set.of(LocalDate.of(2027, 6, 9)), Set.of()),
            registry.accounts(), registry.schools(), registration, 5);
    /** what was posted to the ledger (the ledger's own tests cover the ledger) */
    private final List<IncidentPost> posted = new ArrayList<>();
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    private final Actor principal = Actor.of("principal1", "校长", Role.PRINCIPAL, SCHOOL, Set.of(), "test");
    private final Actor registrar = Actor.of("registrar1", "学籍管理员", Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
    private final Actor otherPrincipal = Actor.of("principal2", "校长", Role.PRINCIPAL, 2L, Set.of(), "test");
    private final Actor headTeacher = Actor.of("headteacher1", "班主任", Role.HEAD_TEACHER, SCHOOL,
            Set.of(GRADE9_CLASS), "test");

    @BeforeEach
    void setUp() {
        escalation.ledger = OneSchoolRegistry.proxy(LedgerService.class, (name, args) -> {
            if (name.equals("post")) {
                posted.add((IncidentPost) args[1]);
                return OneSchoolRegistry.NULL; // the incident is never read
            }
            return null;
        });
        // autumn: grade 9 ticked with 903 absent and one person at school without a record
        store.clock().setToday(LocalDate.of(2026, 9, 10));
        VerificationCampaign campaign = registration.open(district, 2026);
        SchoolVerification check = verification.forSchool(registrar, campaign.id(), SCHOOL);
        verification.submitPresence(registrar, check.id(), GRADE9_CLASS, Set.of(901L, 902L),
                List.of(new RosterEntry(0, "无籍学生", null, 9, 1, null)));
        verification.submitPresence(registrar, check.id(), OneSchoolRegistry.GRADE8_CLASS, Set.of(801L, 802L),
                List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void day(int month, int dayOfMonth) {
        LocalDate day = LocalDate.of(2027, month, dayOfMonth);
        store.clock().setToday(day);
        escalation.run(day);
    }

    @Test
    void r18_theWindowOpensTheNthWorkingDayBeforeTheZhongkao() {
        assertThat(escalation.windowStart(ZHONGKAO)).isEqualTo(LocalDate.of(2027, 6, 8));
    }

    @Test
    void r18_beforeTheWindow_nothing() {
        day(6, 7);
        assertThat(escalation.escalations(district, LocalDate.of(2027, 6, 7))).isEmpty();
        assertThat(escalation.reminders(principal)).isEmpty();
        assertThat(escalation.reminders(district)).isEmpty();
        assertThat(store.actions()).doesNotContain("grade9.escalate");
        assertThat(posted).isEmpty();
    }

    @Test
    void r18_insideTheWindow_dailyRemindersNamingPrincipalAndRegistrar() {
        day(6, 8);
        Grade9Escalation first = escalation.escalations(principal, LocalDate.of(2027, 6, 8)).get(0);
        assertThat(first.withoutRecord()).isEqualTo(1);
        assertThat(first.notConfirmed()).isEqualTo(1); // 903, not ticked present
        assertThat(first.principals()).containsExactly("principal1");
        assertThat(first.registrars()).containsExactly("registrar1");
        assertThat(first.zhongkaoDate()).isEqualTo(ZHONGKAO);

        for (Actor responsible : List.of(principal, registrar)) {
            Reminder r = escalation.reminders(responsible).get(0);
            assertThat(r.message()).isEqualTo(EnrollmentMessages.REMINDER_GRADE9_SCHOOL);
            assertThat(r.dueDate()).isEqualTo(ZHONGKAO);
            assertThat(r.message().format(Locale.SIMPLIFIED_CHINESE, r.args().toArray()))
                    .contains("principal1").contains("registrar1").contains("2027-06-16");
        }
        assertThat(escalation.reminders(district).get(0).message())
                .isEqualTo(EnrollmentMessages.REMINDER_GRADE9_DISTRICT);
        assertThat(escalation.reminders(otherPrincipal)).isEmpty();
        assertThat(escalation.reminders(headTeacher)).isEmpty();

        escalation.run(LocalDate.of(2027, 6, 8)); // the hourly check again: still one a day
        day(6, 10);
        day(6, 16); // the 中考 day itself is still escalated
        assertThat(store.count("select count(*) from ENR_GRADE9_ESCALATION")).isEqualTo(3);
        assertThat(store.actions().stream().filter("grade9.escalate"::equals)).hasSize(3);
        assertThat(posted).isEmpty();
    }

    @Test
    void r18_afterTheZhongkao_eachRemainingCaseIsALedgerIncident_once() {
        day(6, 17);
        assertThat(escalation.escalations(district, LocalDate.of(2027, 6, 17))).isEmpty();
        assertThat(posted).extracting(IncidentPost::reference).containsExactlyInAnyOrder(
                "grade9-zhongkao#2026/d" + noRecordFinding(), "grade9-zhongkao#2026/s903");
        assertThat(posted).allSatisfy(p -> {
            assertThat(p.schoolId()).isEqualTo(SCHOOL);
            assertThat(p.description()).isEqualTo(IncidentText.R18_GRADE9_AFTER_ZHONGKAO);
            assertThat(p.args()).containsSequence("2027-06-16", "principal1", "registrar1");
        });
        assertThat(posted).filteredOn(p -> p.args().get(0).equals("NOT_CONFIRMED"))
                .extracting(IncidentPost::studentId).containsExactly(903L);
        // the next day posts the same references again: the ledger keeps one entry per reference
        day(6, 18);
        assertThat(posted.stream().map(IncidentPost::reference).distinct()).hasSize(2);
    }

    @Test
    void r18_aResolvedCase_isNoLongerEscalated() {
        long findingId = noRecordFinding();
        verification.resolve(registrar, findingId, org.xueji.enrollment.api.ResolutionKind.RECORD_CREATED, "已补办学籍");
        day(6, 8);
        Grade9Escalation first = escalation.escalations(district, LocalDate.of(2027, 6, 8)).get(0);
        assertThat(first.withoutRecord()).isZero();
        assertThat(first.notConfirmed()).isEqualTo(1);
    }

    private long noRecordFinding() {
        return store.count("select min(ID) from ENR_DISCREPANCY where KIND = 'PERSON_WITHOUT_RECORD'");
    }
}
