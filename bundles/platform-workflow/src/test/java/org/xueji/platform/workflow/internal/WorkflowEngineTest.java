package org.xueji.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;
import org.xueji.platform.api.workflow.StepStatus;
import org.xueji.platform.api.workflow.WorkflowMessages;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.TestWorkingDays;

@DisplayName("R3/R17: the approval workflow on its real schema")
class WorkflowEngineTest {

    enum Labels implements MessageKey {
        TRANSFER, SENDING, BUREAU, RELEASE;

        @Override
        public String key() {
            return name();
        }
    }

    static final RequestType TRANSFER = new RequestType("test-transfer", Labels.TRANSFER, List.of(
            StepDefinition.of("sending-school", Labels.SENDING, Permission.APPROVE_CHANGE, DeciderScope.SCHOOL),
            StepDefinition.of("bureau", Labels.BUREAU, Permission.APPROVE_CHANGE, DeciderScope.DISTRICT)));
    static final RequestType RELEASE = new RequestType("test-release", Labels.RELEASE, List.of(
            StepDefinition.of("bureau", Labels.BUREAU, Permission.APPROVE_DATA_RELEASE, DeciderScope.DISTRICT)));

    static final Actor REGISTRAR1 = Actor.of("registrar1", "学籍员甲", Role.SCHOOL_REGISTRAR, 1L, null, "t");
    static final Actor PRINCIPAL1 = Actor.of("principal1", "校长甲", Role.PRINCIPAL, 1L, null, "t");
    static final Actor PRINCIPAL2 = Actor.of("principal2", "校长乙", Role.PRINCIPAL, 2L, null, "t");
    static final Actor LEADER = Actor.of("leader", "区领导", Role.DISTRICT_LEADER, null, null, "t");
    static final Actor LEADER2 = Actor.of("leader2", "区领导二", Role.DISTRICT_LEADER, null, null, "t");
    static final Actor ADMIN = Actor.of("admin", "区管理员", Role.DISTRICT_ADMIN, null, null, "t");

    /** National Day 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked. */
    static final TestWorkingDays CALENDAR_2025 = new TestWorkingDays(Set.of(2025),
            Set.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3),
                    LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8)),
            Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

    ModuleTestStore store;
    Handlers handlers;
    TestHandler transfers;
    TestHandler releases;
    WorkflowEngine workflow;
    List<LapsedStep> heard;

    @BeforeEach
    void setUp() {
        store = ModuleTestStore.of("xueji-workflow-test", WorkflowSchema.CHANGELOG, WorkflowSchema.TABLE_PREFIX);
        store.execute("CREATE TABLE TEST_OUTCOME (SUBJECT_REF VARCHAR(100), APPROVED INT)");
        handlers = new Handlers();
        transfers = new TestHandler(TRANSFER, store.transactions());
        releases = new TestHandler(RELEASE, store.transactions());
        handlers.add(transfers);
        handlers.add(releases);
        heard = new ArrayList<>();
        handlers.add(l -> heard.add(l));
        workflow = engine(Map.of());
    }

    WorkflowEngine engine(Map<String, Object> configuration) {
        return new WorkflowEngine(store.dataSource(), store.auditTrail(), store.deniedAccess(), store.clock(),
                new Deadlines(CALENDAR_2025, configuration), handlers);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    WorkflowRequest submitTransfer(String ref) {
        return workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-transfer", ref, "转入申请 " + ref, 1L,
                Map.of("sending-school", 2L)));
    }

    long outcomes() {
        return store.count("SELECT COUNT(*) FROM TEST_OUTCOME");
    }

    @Test
    @DisplayName("R3: a two-step request approved end to end; the handler is called once, in the decision's transaction")
    void twoStepsApproved() {
        WorkflowRequest r = submitTransfer("T-1");
        assertThat(r.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(r.steps()).extracting(s -> s.status()).containsExactly(StepStatus.PENDING, StepStatus.WAITING);
        assertThat(r.steps().get(0).schoolId()).isEqualTo(2L);
        // 2025-09-01 (Monday) + 7 working days
        assertThat(r.steps().get(0).deadline()).isEqualTo(LocalDate.of(2025, 9, 10));

        assertThat(workflow.inbox(PRINCIPAL2, PendingFilter.ALL)).extracting(PendingStep::requestId)
                .containsExactly(r.id());
        assertThat(workflow.inbox(PRINCIPAL1, PendingFilter.ALL)).isEmpty();
        assertThat(workflow.inbox(LEADER, PendingFilter.ALL)).isEmpty();

        store.clock().setToday(LocalDate.of(2025, 9, 3));
        WorkflowRequest afterFirst = workflow.decide(PRINCIPAL2, r.id(), Decision.APPROVE, null);
        assertThat(afterFirst.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(afterFirst.steps()).extracting(s -> s.status()).containsExactly(StepStatus.APPROVED,
                StepStatus.PENDING);
        // the second step's deadline counts from the day it opened: 2025-09-03 + 7 working days
        assertThat(afterFirst.steps().get(1).deadline()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(transfers.outcomes).isEmpty();
        assertThat(outcomes()).isZero();
        assertThat(workflow.inbox(PRINCIPAL2, PendingFilter.ALL)).isEmpty();
        PendingStep line = workflow.inbox(LEADER, PendingFilter.ALL).get(0);
        assertThat(line.stepName()).isEqualTo("bureau");
        assertThat(line.stepLabel()).isEqualTo(Labels.BUREAU);
        assertThat(line.typeLabel()).isEqualTo(Labels.TRANSFER);
        assertThat(line.workingDaysLeft()).isEqualTo(7);
        assertThat(line.overdue()).isFalse();
        assertThat(workflow.pendingCount(LEADER).pending()).isEqualTo(1);

        WorkflowRequest done = workflow.decide(LEADER, r.id(), Decision.APPROVE, "同意");
        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(transfers.outcomes).hasSize(1);
        assertThat(transfers.outcomes.get(0).approved()).isTrue();
        assertThat(transfers.outcomes.get(0).subjectRef()).isEqualTo("T-1");
        assertThat(outcomes()).isEqualTo(1);
        assertThat(store.actions()).containsExactly("workflow.submit", "workflow.decide", "workflow.decide");
        WorkflowRequest history = workflow.request(REGISTRAR1, r.id());
        assertThat(history.steps()).extracting(s -> s.decidedBy()).containsExactly("principal2", "leader");
        assertThat(history.steps().get(1).reason()).isEqualTo("同意");
        assertThat(workflow.inbox(LEADER, PendingFilter.ALL)).isEmpty();
    }

    @Test
    @DisplayName("R3: a failure in the handler rolls the final decision back; nothing is half-applied")
    void handlerFailureRollsBack() {
        WorkflowRequest r = workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-1", "数据发布", 1L));
        releases.failWith = new IllegalStateException("module write failed");
        assertThatThrownBy(() -> workflow.decide(LEADER, r.id(), Decision.APPROVE, null))
                .hasMessage("module write failed");
        WorkflowRequest unchanged = workflow.request(LEADER, r.id());
        assertThat(unchanged.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(unchanged.steps().get(0).status()).isEqualTo(StepStatus.PENDING);
        assertThat(unchanged.steps().get(0).decidedBy()).isNull();
        assertThat(outcomes()).isZero();
        assertThat(store.actions()).containsExactly("workflow.submit");

        releases.failWith = null;
        assertThat(workflow.decide(LEADER, r.id(), Decision.APPROVE, null).status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(outcomes()).isEqualTo(1);
    }

    @Test
    @DisplayName("R17: a rejection without a reason is refused; with one it ends the request and closes later steps")
    void rejectionNeedsAReason() {
        WorkflowRequest r = submitTransfer("T-2");
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> workflow.decide(PRINCIPAL2, r.id(), Decision.REJECT, blank))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey())
                            .isEqualTo(WorkflowMessages.REASON_REQUIRED));
        }
        assertThat(workflow.request(REGISTRAR1, r.id()).steps().get(0).status()).isEqualTo(StepStatus.PENDING);
        assertThat(store.actions()).containsExactly("workflow.submit");

        WorkflowRequest rejected = workflow.decide(PRINCIPAL2, r.id(), Decision.REJECT, "学籍年级不符");
        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.steps()).extracting(s -> s.status()).containsExactly(StepStatus.REJECTED,
                StepStatus.CLOSED);
        assertThat(transfers.outcomes).singleElement().satisfies(o -> {
            assertThat(o.approved()).isFalse();
            assertThat(o.reason()).isEqualTo("学籍年级不符");
        });
        assertThat(store.count("SELECT COUNT(*) FROM TEST_OUTCOME WHERE APPROVED = 0")).isEqualTo(1);
    }

    @Test
    @DisplayName("R3: a decision on a step already decided is refused with a clear message")
    void alreadyDecided() {
        WorkflowRequest r = workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-2", "数据发布", 1L));
        workflow.decide(LEADER, r.id(), Decision.REJECT, "用途不明确");
        assertThatThrownBy(() -> workflow.decide(LEADER2, r.id(), Decision.APPROVE, null))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(WorkflowMessages.REQUEST_DECIDED))
                .hasMessageContaining("#" + r.id());
        assertThat(releases.outcomes).hasSize(1);
        assertThat(store.actions()).containsExactly("workflow.submit", "workflow.decide");
    }

    @Test
    @DisplayName("R3: two people decide the same step at once: exactly one decision stands, the other is told")
    void concurrentDecisions() throws Exception {
        WorkflowRequest r = workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-3", "数据发布", 1L));
        releases.sleepMillis = 300;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // hold the step's row until both deciders are waiting for it, so that both read it open
        // and the loser meets the conditional update (not merely a stale read)
        java.sql.Connection holder = store.dataSource().getConnection();
        holder.setAutoCommit(false);
        try (java.sql.Statement s = holder.createStatement()) {
            s.executeUpdate("UPDATE WFL_STEP SET REASON = REASON WHERE REQUEST_ID = " + r.id());
        }
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Actor a : new Actor[] {LEADER, LEADER2}) {
                Decision d = a == LEADER ? Decision.APPROVE : Decision.REJECT;
                Callable<Object> call = () -> {
                    start.await();
                    try {
                        return workflow.decide(a, r.id(), d, "各自的意见");
                    } catch (DomainException e) {
                        return e;
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            Thread.sleep(500);
            holder.rollback();
            holder.close();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof WorkflowRequest).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof DomainException).singleElement()
                    .satisfies(e -> assertThat(((DomainException) e).messageKey())
                            .isEqualTo(WorkflowMessages.STEP_ALREADY_DECIDED));
        } finally {
            pool.shutdown();
        }
        assertThat(releases.outcomes).hasSize(1);
        assertThat(outcomes()).isEqualTo(1);
        assertThat(store.actions()).containsExactly("workflow.submit", "workflow.decide");
        WorkflowRequest after = workflow.request(LEADER, r.id());
        assertThat(after.steps().get(0).decidedBy()).isEqualTo(releases.outcomes.get(0).decider().username());
        assertThat(after.status()).isEqualTo(releases.outcomes.get(0).approved() ? RequestStatus.APPROVED
                : RequestStatus.REJECTED);
    }

    @Test
    @DisplayName("R1/R7: a decision outside the step's scope is refused and audited; so is one's own request")
    void outsideScope() {
        WorkflowRequest r = submitTransfer("T-4");
        // the step is the sending school's (2): school 1's principal and the bureau are refused
        assertThatThrownBy(() -> workflow.decide(PRINCIPAL1, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.decide(LEADER, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        // a registrar of school 2 lacks APPROVE_CHANGE
        Actor registrar2 = Actor.of("registrar2", "学籍员乙", Role.SCHOOL_REGISTRAR, 2L, null, "t");
        assertThatThrownBy(() -> workflow.decide(registrar2, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.audit()).filteredOn(a -> a.action().equals("access.denied"))
                .extracting(a -> a.username()).containsExactly("principal1", "leader", "registrar2");
        assertThat(workflow.request(REGISTRAR1, r.id()).steps().get(0).status()).isEqualTo(StepStatus.PENDING);

        Actor selfApprover = new Actor("registrar1", "学籍员甲", null, 2L, null, Set.of(Permission.APPROVE_CHANGE), "t");
        assertThatThrownBy(() -> workflow.decide(selfApprover, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("自己提交");
        // the inbox of another school, and another school's request, are refused too
        assertThatThrownBy(() -> workflow.inbox(PRINCIPAL1, new PendingFilter(false, 2L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.request(PRINCIPAL1, r.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(workflow.request(PRINCIPAL2, r.id()).id()).isEqualTo(r.id());
    }

    @Test
    @DisplayName("R17: a lapsed step is recorded once, heard once by the listeners, and reminds the decider")
    void lapse() {
        WorkflowRequest r = submitTransfer("T-5");
        LocalDate deadline = LocalDate.of(2025, 9, 10);
        WorkflowReminders reminders = new WorkflowReminders(workflow);
        assertThat(reminders.reminders(PRINCIPAL2)).extracting(Reminder::severity)
                .containsExactly(Reminder.Severity.INFO);

        store.clock().setToday(deadline);
        assertThat(workflow.checkLapses(ADMIN)).isEmpty();
        assertThat(workflow.inbox(PRINCIPAL2, PendingFilter.ALL).get(0).workingDaysLeft()).isZero();

        store.clock().setToday(deadline.plusDays(1));
        List<LapsedStep> lapsed = workflow.checkLapses(ADMIN);
        assertThat(lapsed).containsExactly(new LapsedStep("test-transfer", r.id(), "sending-school", 2L, deadline,
                deadline.plusDays(1)));
        assertThat(heard).containsExactly(lapsed.get(0));
        assertThat(workflow.checkLapses(ADMIN)).isEmpty();
        store.clock().setToday(deadline.plusDays(5));
        assertThat(workflow.checkLapses(ADMIN)).isEmpty();
        assertThat(heard).hasSize(1);
        assertThat(store.actions()).containsExactly("workflow.submit", "workflow.lapse");

        PendingStep overdue = workflow.inbox(PRINCIPAL2, new PendingFilter(true, null)).get(0);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.lapsed()).isTrue();
        // 2025-09-10 (Wed) to 2025-09-15 (Mon): 11, 12, 15 → 3 working days late
        assertThat(overdue.workingDaysLeft()).isEqualTo(-3);
        assertThat(workflow.pendingCount(PRINCIPAL2)).isEqualTo(new org.xueji.platform.api.workflow.PendingCount(1, 1));
        List<Reminder> shown = reminders.reminders(PRINCIPAL2);
        assertThat(shown.get(0).severity()).isEqualTo(Reminder.Severity.OVERDUE);
        assertThat(shown.get(0).message()).isEqualTo(WorkflowMessages.REMINDER_OVERDUE);
        assertThat(shown.get(0).args()).containsExactly(1L);
        assertThat(reminders.reminders(PRINCIPAL1)).isEmpty();
        // a lapsed step can still be decided (R17: none is left unhandled)
        assertThat(workflow.decide(PRINCIPAL2, r.id(), Decision.APPROVE, null).steps().get(0).lapsedOn())
                .isEqualTo(deadline.plusDays(1));
        assertThatThrownBy(() -> workflow.checkLapses(PRINCIPAL2)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R17/D2: deadlines count working days across National Day with its make-up days; configurable")
    void deadlinesInWorkingDays() {
        store.clock().setToday(LocalDate.of(2025, 9, 26));
        WorkflowRequest r = workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-5", "数据发布", 1L));
        // 28 Sep (Sun, worked) 29, 30, [1–8 Oct off], 9, 10, 11 (Sat, worked), 13 → the 7th is 13 October
        assertThat(r.steps().get(0).deadline()).isEqualTo(LocalDate.of(2025, 10, 13));

        WorkflowEngine threeDays = engine(Map.of("deadline.test-release.bureau", "3"));
        WorkflowRequest quick = threeDays.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-6", "数据发布",
                1L));
        assertThat(quick.steps().get(0).deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    @DisplayName("D2: a deadline in a year without calendar data is refused, never guessed; nothing is stored")
    void yearWithoutCalendar() {
        store.clock().setToday(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-7", "数据发布",
                1L))).isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2026");
        assertThat(store.count("SELECT COUNT(*) FROM WFL_REQUEST")).isZero();
        assertThat(store.actions()).isEmpty();
    }

    @Test
    @DisplayName("R3: a request type whose module is not installed is refused; bad summaries too")
    void badInput() {
        assertThatThrownBy(() -> workflow.submit(REGISTRAR1, new NewWorkflowRequest("no-such-type", "X", "x", 1L)))
                .isInstanceOf(DomainException.class).hasMessageContaining("no-such-type");
        assertThatThrownBy(() -> workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "X", "a\nb", 1L)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "X", "x", 2L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.decide(LEADER, 999, Decision.APPROVE, null))
                .hasMessageContaining("#999");
        assertThat(store.count("SELECT COUNT(*) FROM WFL_REQUEST")).isZero();
    }
}
