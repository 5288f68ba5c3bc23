package org.xueji.dropout.service.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.NewEntry;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AreaScope;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * The dropout services on their real schema (in-memory Derby), a movable clock at Wednesday
 * 2025-10-15, a fake registry (students 101, 102 of school 1, 201 of school 2) and accounts:
 * district, school 1 and 2 staff, teachers of class 11, a village official of 黄花镇/新桥村
 * and a town official of 春华镇. AccountAreas is faked with a lambda (contract of platform-api).
 */
abstract class DropoutFixture {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    static final Actor DISTRICT = Actor.of("district-admin", "区学籍管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    static final Actor LEADER = Actor.of("district-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "test");
    static final Actor REGISTRAR_A = Actor.of("registrar1", "甲校学籍管理员", Role.SCHOOL_REGISTRAR, 1L, Set.of(), "test");
    static final Actor PRINCIPAL_A = Actor.of("principal1", "甲校校长", Role.PRINCIPAL, 1L, Set.of(), "test");
    static final Actor PRINCIPAL_B = Actor.of("principal2", "乙校校长", Role.PRINCIPAL, 2L, Set.of(), "test");
    static final Actor TEACHER_A = Actor.of("teacher1", "甲校教师", Role.TEACHER, 1L, Set.of(11L), "test");
    static final Actor TEACHER_A2 = Actor.of("teacher2", "甲校教师二", Role.TEACHER, 1L, Set.of(12L), "test");
    static final Actor HEAD_A = Actor.of("head1", "甲校班主任", Role.HEAD_TEACHER, 1L, Set.of(11L), "test");
    static final Actor TEACHER_B = Actor.of("teacher9", "乙校教师", Role.TEACHER, 2L, Set.of(21L), "test");
    /** 乡镇/村干部 (area-scoped role). */
    static final Actor VILLAGE = Actor.of("village1", "新桥村干部", Role.VILLAGE_OFFICIAL, null, Set.of(), "test");
    static final Actor TOWN = Actor.of("town1", "春华镇干部", Role.VILLAGE_OFFICIAL, null, Set.of(), "test");

    /** AccountAreas as platform-security answers it: the village official 新桥村 of 黄花镇, the town official 春华镇. */
    static final AccountAreas AREAS = new AccountAreas() {
        @Override
        public AreaScope areasOf(Actor actor) {
            return switch (actor.username()) {
                case "village1" -> new AreaScope(false, Set.of(), Set.of(AreaScope.villageKey("黄花镇", "新桥村")));
                case "town1" -> new AreaScope(false, Set.of("春华镇"), Set.of());
                default -> actor.isDistrictWide() ? AreaScope.DISTRICT : AreaScope.NONE;
            };
        }

        @Override
        public AreaScope assignedAreas(Actor admin, String username) {
            throw new AssertionError("not used by the dropout module");
        }

        @Override
        public void assignAreas(Actor admin, String username, AreaScope areas) {
            throw new AssertionError("not used by the dropout module");
        }
    };
    static final Map<String, Actor> ACCOUNTS = Map.of("district-admin", DISTRICT, "principal1", PRINCIPAL_A,
            "principal2", PRINCIPAL_B, "teacher1", TEACHER_A, "teacher2", TEACHER_A2, "head1", HEAD_A,
            "teacher9", TEACHER_B, "village1", VILLAGE, "town1", TOWN);
    static final People PEOPLE = username -> Optional.ofNullable(ACCOUNTS.get(username));

    ModuleTestStore store;
    Fakes.Submissions submissions;
    DropoutServiceImpl service;
    SignalListener signals;
    CloseWorkflow workflow;
    SurveyServiceImpl surveys;
    VisitWatch watch;
    Fakes.Ledger ledger;

    @BeforeEach
    void openStore() {
        store = ModuleTestStore.of(DropoutSchema.UNIT, DropoutSchema.CHANGELOG, "DRP");
        store.clock().setToday(TODAY);
        submissions = new Fakes.Submissions();
        service = new DropoutServiceImpl(store.support(), Fakes.students(), Fakes.schools(), AREAS, PEOPLE,
                submissions, DropoutConfig.DEFAULTS);
        signals = new SignalListener(store.support(), Fakes.students());
        workflow = new CloseWorkflow(store.transactions(), store.clock(), store.auditTrail());
        surveys = new SurveyServiceImpl(store.support(), Fakes.students(), Fakes.years(), AREAS, PEOPLE,
                DropoutConfig.DEFAULTS);
        watch = new VisitWatch(store.transactions(), store.clock(), TestWorkingDays.weekdays(2025, 2026), AREAS,
                DropoutConfig.DEFAULTS);
        ledger = new Fakes.Ledger();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** A child without a record, born 2014-06-01, living in 黄花镇 新桥村, reported to school 1. */
    static NewEntry noRecordChild(String village) {
        LocalDate birth = LocalDate.of(2014, 6, 1);
        return new NewEntry(new ChildData(null, "赵小花", Sex.FEMALE, birth, Fakes.id(birth, 42)), 1L, "赵大山户",
                "黄花镇", village, ReasonCategory.FAMILY_HARDSHIP, AtRiskSource.REPORT, TODAY.minusDays(1), null);
    }

    Entry reportStudent(Actor actor, long studentId, String town, String village) {
        return service.report(actor, new NewEntry(ChildData.ofStudent(studentId), null, "户", town, village,
                ReasonCategory.SCHOOL_WEARINESS, AtRiskSource.REPORT, TODAY, null));
    }

    long entries() {
        return store.count("select count(*) from DRP_ENTRY");
    }

    List<String> actions() {
        return store.actions();
    }
}
