package org.xueji.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.PendingCount;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.testkit.ModuleTestStore;

/**
 * Issue 14: the paged 待办 inbox on the real schema. The pages are compared with the unpaged
 * inbox and with the steps the test itself submitted (never with figures the code computed).
 */
@DisplayName("R3/R17 (issue 14): the paged inbox — disjoint stable pages, counts, scope on every page")
class WorkflowInboxPagingTest {

    static final Actor REGISTRAR1 = WorkflowEngineTest.REGISTRAR1;
    static final Actor PRINCIPAL1 = WorkflowEngineTest.PRINCIPAL1;
    static final Actor PRINCIPAL2 = WorkflowEngineTest.PRINCIPAL2;
    static final Actor PRINCIPAL3 = Actor.of("principal3", "校长丙", Role.PRINCIPAL, 3L, null, "t");
    static final Actor LEADER = WorkflowEngineTest.LEADER;
    static final Actor LEADER2 = WorkflowEngineTest.LEADER2;
    /** District-wide, may decide data releases only. */
    static final Actor RELEASE_ONLY = new Actor("releases", "发布审批", null, null, Set.of(),
            Set.of(Permission.APPROVE_DATA_RELEASE), "t");

    ModuleTestStore store;
    Handlers handlers;
    WorkflowEngine workflow;
    /** Request ids whose open step is at school 2 / school 3, as submitted. */
    Set<Long> atSchool2 = new HashSet<>();
    Set<Long> atSchool3 = new HashSet<>();

    @BeforeEach
    void setUp() {
        store = ModuleTestStore.of("xueji-workflow-test", WorkflowSchema.CHANGELOG, WorkflowSchema.TABLE_PREFIX);
        store.execute("CREATE TABLE TEST_OUTCOME (SUBJECT_REF VARCHAR(100), APPROVED INT)");
        handlers = new Handlers();
        handlers.add(new TestHandler(WorkflowEngineTest.TRANSFER, store.transactions()));
        handlers.add(new TestHandler(WorkflowEngineTest.RELEASE, store.transactions()));
        workflow = new WorkflowEngine(store.dataSource(), store.auditTrail(), store.deniedAccess(), store.clock(),
                new Deadlines(WorkflowEngineTest.CALENDAR_2025, Map.of()), handlers);
        // 17 days of submissions, up to three a day: many steps share a deadline (ties broken by step id)
        LocalDate day = LocalDate.of(2025, 9, 1);
        int n = 0;
        for (int d = 0; d < 17; d++) {
            store.clock().setToday(day.plusDays(d));
            for (int k = 0; k <= d % 3; k++) {
                long school = n % 4 == 3 ? 3L : 2L;
                WorkflowRequest r = workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-transfer", "T-" + n,
                        "转入申请 " + n, 1L, Map.of("sending-school", school)));
                (school == 2L ? atSchool2 : atSchool3).add(r.id());
                n++;
            }
        }
        store.clock().setToday(LocalDate.of(2025, 9, 22));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** Every page of {@code size} lines until an empty one. */
    List<List<PendingStep>> pages(Actor actor, PendingFilter filter, int size) {
        List<List<PendingStep>> pages = new ArrayList<>();
        for (int offset = 0; ; offset += size) {
            List<PendingStep> page = workflow.inbox(actor, filter, offset, size);
            assertThat(page.size()).isLessThanOrEqualTo(size);
            if (page.isEmpty()) {
                return pages;
            }
            pages.add(page);
        }
    }

    static List<PendingStep> flat(List<List<PendingStep>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    static List<Long> steps(List<PendingStep> lines) {
        return lines.stream().map(PendingStep::stepId).toList();
    }

    void assertPagesMatchTheInbox(Actor actor, PendingFilter filter, int size) {
        List<PendingStep> all = workflow.inbox(actor, filter);
        List<List<PendingStep>> pages = pages(actor, filter, size);
        List<Long> joined = new ArrayList<>();
        pages.forEach(p -> joined.addAll(steps(p)));
        // disjoint, and together exactly the unpaged inbox in its order
        assertThat(new HashSet<>(joined)).hasSameSizeAs(joined);
        assertThat(joined).containsExactlyElementsOf(steps(all));
        assertThat(workflow.countInbox(actor, filter)).isEqualTo(all.size());
        // stable order: deadline, then step id
        for (int i = 1; i < all.size(); i++) {
            PendingStep a = all.get(i - 1);
            PendingStep b = all.get(i);
            assertThat(a.deadline().isBefore(b.deadline())
                    || a.deadline().equals(b.deadline()) && a.stepId() < b.stepId())
                    .as("line %d before line %d", i - 1, i).isTrue();
        }
    }

    @Test
    @DisplayName("issue 14: pages of a school's inbox are disjoint, in a stable order, and together the unpaged inbox")
    void schoolPagesAreTheInbox() {
        assertThat(workflow.inbox(PRINCIPAL2, PendingFilter.ALL)).extracting(PendingStep::requestId)
                .containsExactlyInAnyOrderElementsOf(atSchool2);
        for (int size : new int[] {1, 4, 7, atSchool2.size(), 100}) {
            assertPagesMatchTheInbox(PRINCIPAL2, PendingFilter.ALL, size);
        }
        assertThat(workflow.countInbox(PRINCIPAL2, PendingFilter.ALL)).isEqualTo(atSchool2.size());
        assertThat(workflow.inbox(PRINCIPAL2, PendingFilter.ALL, atSchool2.size(), 10)).isEmpty();
    }

    @Test
    @DisplayName("R1 (issue 14): another school's steps appear on no page of a principal's inbox, nor in the count")
    void r1_scopeOnEveryPage() {
        for (List<PendingStep> page : pages(PRINCIPAL2, PendingFilter.ALL, 5)) {
            assertThat(page).extracting(PendingStep::requestId).allMatch(atSchool2::contains)
                    .noneMatch(atSchool3::contains);
        }
        for (List<PendingStep> page : pages(PRINCIPAL3, PendingFilter.ALL, 5)) {
            assertThat(page).extracting(PendingStep::requestId).allMatch(atSchool3::contains);
        }
        assertThat(workflow.countInbox(PRINCIPAL3, PendingFilter.ALL)).isEqualTo(atSchool3.size());
        // the school submitting the requests decides none of their school steps
        assertThat(workflow.inbox(PRINCIPAL1, PendingFilter.ALL, 0, 50)).isEmpty();
        assertThat(workflow.countInbox(PRINCIPAL1, PendingFilter.ALL)).isZero();
        // the district has no step open yet: the school steps come first
        assertThat(workflow.inbox(LEADER, PendingFilter.ALL, 0, 50)).isEmpty();
        // a filter naming another school is refused, paged or counted
        assertThatThrownBy(() -> workflow.inbox(PRINCIPAL1, new PendingFilter(false, 2L), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.countInbox(PRINCIPAL1, new PendingFilter(false, 2L)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R17 (issue 14): the overdue filter pages and counts only steps past their deadline")
    void r17_overduePages() {
        PendingFilter overdue = PendingFilter.ALL.overdue();
        List<PendingStep> late = workflow.inbox(PRINCIPAL2, overdue);
        LocalDate today = store.clock().today();
        // what the test submitted: 7 working days from each submission day; the early ones are late by now
        assertThat(late).isNotEmpty().allMatch(p -> p.deadline().isBefore(today) && p.overdue());
        assertThat(workflow.inbox(PRINCIPAL2, PendingFilter.ALL)).filteredOn(p -> !p.deadline().isBefore(today))
                .isNotEmpty().noneMatch(PendingStep::overdue);
        assertPagesMatchTheInbox(PRINCIPAL2, overdue, 3);
        assertThat(workflow.pendingCount(PRINCIPAL2)).isEqualTo(new PendingCount(atSchool2.size(), late.size()));
    }

    @Test
    @DisplayName("R3 (issue 14): the district's pages hold district steps of its permissions only, never its own requests; type and school filters")
    void r3_districtPagesPermissionsAndFilters() {
        // the sending schools consent: every request waits for the district
        for (long id : atSchool2) {
            workflow.decide(PRINCIPAL2, id, Decision.APPROVE, null);
        }
        for (long id : atSchool3) {
            workflow.decide(PRINCIPAL3, id, Decision.APPROVE, null);
        }
        // data releases: two from school 1, one submitted by the leader (four eyes: not in the leader's inbox)
        long r1 = workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-1", "数据发布", 1L)).id();
        long r2 = workflow.submit(REGISTRAR1, new NewWorkflowRequest("test-release", "R-2", "数据发布", 1L)).id();
        long own = workflow.submit(LEADER, new NewWorkflowRequest("test-release", "R-3", "数据发布", 1L)).id();
        Set<Long> transfers = new HashSet<>(atSchool2);
        transfers.addAll(atSchool3);

        assertPagesMatchTheInbox(LEADER, PendingFilter.ALL, 6);
        Set<Long> leaderSees = new HashSet<>(transfers);
        leaderSees.addAll(Set.of(r1, r2));
        assertThat(workflow.inbox(LEADER, PendingFilter.ALL)).extracting(PendingStep::requestId)
                .containsExactlyInAnyOrderElementsOf(leaderSees);
        assertThat(workflow.countInbox(LEADER2, PendingFilter.ALL)).isEqualTo(leaderSees.size() + 1);
        // a district decider without APPROVE_CHANGE sees the releases only
        assertThat(flat(pages(RELEASE_ONLY, PendingFilter.ALL, 2))).extracting(PendingStep::requestId)
                .containsExactlyInAnyOrder(r1, r2, own);
        // schools decide no district step
        assertThat(workflow.countInbox(PRINCIPAL2, PendingFilter.ALL)).isZero();

        PendingFilter releases = PendingFilter.ALL.withTypes(Set.of("test-release"));
        assertThat(flat(pages(LEADER, releases, 1))).extracting(PendingStep::requestId)
                .containsExactlyInAnyOrder(r1, r2);
        assertThat(workflow.countInbox(LEADER, releases)).isEqualTo(2);
        PendingFilter onlyTransfers = PendingFilter.ALL.withTypes(Set.of("test-transfer"));
        assertPagesMatchTheInbox(LEADER, onlyTransfers, 5);
        assertThat(workflow.inbox(LEADER, onlyTransfers)).extracting(PendingStep::requestId)
                .containsExactlyInAnyOrderElementsOf(transfers);
        assertThat(workflow.countInbox(LEADER, PendingFilter.ALL.withTypes(Set.of("not-installed")))).isZero();
        // requests concerning school 1 (all of them here) and school 2 (none)
        assertThat(workflow.countInbox(LEADER, new PendingFilter(false, 1L))).isEqualTo(leaderSees.size());
        assertThat(workflow.inbox(LEADER, new PendingFilter(false, 2L), 0, 10)).isEmpty();
    }

    @Test
    @DisplayName("issue 14: a step decided between two pages is on neither of the later pages twice; a module gone takes its lines away")
    void decidedAndUninstalled() {
        List<PendingStep> first = workflow.inbox(PRINCIPAL2, PendingFilter.ALL, 0, 3);
        workflow.decide(PRINCIPAL2, first.get(0).requestId(), Decision.APPROVE, null);
        List<PendingStep> rest = pages(PRINCIPAL2, PendingFilter.ALL, 3).stream().flatMap(List::stream).toList();
        assertThat(rest).extracting(PendingStep::requestId).doesNotContain(first.get(0).requestId())
                .doesNotHaveDuplicates().hasSize(atSchool2.size() - 1);
        handlers.remove(handlers.find("test-transfer").orElseThrow());
        assertThat(workflow.countInbox(PRINCIPAL2, PendingFilter.ALL)).isZero();
        assertThat(workflow.inbox(PRINCIPAL2, PendingFilter.ALL, 0, 10)).isEmpty();
    }

    @Test
    @DisplayName("issue 14: a negative offset or a limit below 1 is refused")
    void badPage() {
        assertThatThrownBy(() -> workflow.inbox(PRINCIPAL2, PendingFilter.ALL, -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workflow.inbox(PRINCIPAL2, PendingFilter.ALL, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
