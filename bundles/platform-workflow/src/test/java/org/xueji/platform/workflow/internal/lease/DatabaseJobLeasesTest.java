package org.xueji.platform.workflow.internal.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.persistence.PeriodicJob;
import org.xueji.platform.persistence.SchemaMigration;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.workflow.internal.WorkflowSchema;

/**
 * Two nodes on one database (in-memory Derby with the workflow's changelog, so WFL_JOB_LEASE as
 * migrated): each background job runs on one node at a time, and another node takes it over
 * when its holder stops renewing.
 */
@DisplayName("Issue 13 item 3: job leases in the database")
class DatabaseJobLeasesTest {

    private static final String JOB = "xueji-transfer-followup";
    private static final Duration LEASE = Duration.ofMinutes(75);

    private final StepClock clock = new StepClock();
    private DataSource database;
    private DatabaseJobLeases nodeA;
    private DatabaseJobLeases nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() {
        database = ModuleTestStore.newDatabase();
        SchemaMigration.migrate(database, WorkflowSchema.CHANGELOG, getClass().getClassLoader(),
                WorkflowSchema.TABLE_PREFIX);
        nodeA = new DatabaseJobLeases(database, "root@host-a#0a0a0a0a", clock);
        nodeB = new DatabaseJobLeases(database, "root@host-b#0b0b0b0b", clock);
    }

    @Test
    void onlyOneNodeHoldsAJobsLease() throws SQLException {
        assertThat(nodeA.acquire(JOB, LEASE)).as("first node takes the free lease").isTrue();
        assertThat(nodeB.acquire(JOB, LEASE)).as("second node while the first holds it").isFalse();
        assertThat(holders()).containsExactly(JOB + " " + nodeA.nodeId());
    }

    @Test
    void leasesOfDifferentJobsAreIndependent() {
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
        assertThat(nodeB.acquire("xueji-dropout-visit-watch", LEASE)).isTrue();
        assertThat(nodeA.acquire("xueji-dropout-visit-watch", LEASE)).isFalse();
    }

    @Test
    void theHolderRenewsItsLeaseAndKeepsTheJob() {
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
        clock.advance(Duration.ofMinutes(70));
        assertThat(nodeA.acquire(JOB, LEASE)).as("renewal before expiry").isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(nodeB.acquire(JOB, LEASE))
                .as("80 minutes after the first take, but only 10 after the renewal").isFalse();
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
    }

    @Test
    void afterExpiryAnotherNodeTakesOverAndTheOldHolderIsRefused() throws SQLException {
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(nodeB.acquire(JOB, LEASE)).as("one second before expiry").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(nodeB.acquire(JOB, LEASE)).as("at expiry, node A stopped renewing").isTrue();
        assertThat(nodeA.acquire(JOB, LEASE)).as("node A is back, but B holds the job now").isFalse();
        assertThat(holders()).containsExactly(JOB + " " + nodeB.nodeId());
    }

    @Test
    void aReleasedLeaseIsTakenAtOnceAndOnlyTheHolderReleasesIt() {
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
        nodeB.release(JOB);
        assertThat(nodeB.acquire(JOB, LEASE)).as("a node that does not hold it cannot release it").isFalse();
        nodeA.release(JOB);
        assertThat(nodeB.acquire(JOB, LEASE)).as("released by its holder").isTrue();
    }

    @Test
    void aRestartedNodeTakesBackTheLeasesOfItsEarlierStartAtOnce() {
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
        // node A is killed (kill -9: nothing given up) and started again, with a new node id
        DatabaseJobLeases nodeAAgain = new DatabaseJobLeases(database, "root@host-a#0a0a0a0a", clock);
        assertThat(nodeAAgain.nodeId()).isNotEqualTo(nodeA.nodeId()).startsWith("root@host-a#0a0a0a0a/");
        assertThat(nodeB.acquire(JOB, LEASE)).as("another node may take it as well").isTrue();
        assertThat(nodeAAgain.acquire(JOB, LEASE)).as("but only one of them").isFalse();
    }

    @Test
    void anotherInstanceOnTheSameHostDoesNotTakeTheLeasesBack() {
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
        DatabaseJobLeases secondInstallation = new DatabaseJobLeases(database, "root@host-a#0c0c0c0c", clock);
        assertThat(secondInstallation.acquire(JOB, LEASE)).isFalse();
        assertThat(nodeA.acquire(JOB, LEASE)).isTrue();
    }

    @Test
    void nodesRacingForAFreeLeaseGetItOnce() throws Exception {
        int nodes = 6;
        ExecutorService threads = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                DatabaseJobLeases node = new DatabaseJobLeases(database, "node-" + i, clock);
                Callable<Boolean> take = () -> {
                    start.await();
                    return node.acquire(JOB, LEASE);
                };
                answers.add(threads.submit(take));
            }
            start.countDown();
            int holders = 0;
            for (Future<Boolean> answer : answers) {
                holders += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(holders).as("nodes told they hold the lease").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aJobWhoseLeaseAnotherNodeHoldsDoesNotRunUntilTheLeaseExpires() throws Exception {
        assertThat(nodeB.acquire(JOB, LEASE)).isTrue();
        AtomicInteger runsOnA = new AtomicInteger();
        CountDownLatch ranOnA = new CountDownLatch(1);
        try (PeriodicJob job = PeriodicJob.start(JOB, Duration.ZERO, Duration.ofMillis(20), nodeA, () -> {
            runsOnA.incrementAndGet();
            ranOnA.countDown();
        })) {
            Thread.sleep(300);
            assertThat(runsOnA.get()).as("runs on node A while node B holds the lease").isZero();

            clock.advance(LEASE); // node B died: its lease expires
            assertThat(ranOnA.await(10, TimeUnit.SECONDS)).as("node A takes the job over").isTrue();
        }
        assertThat(nodeB.acquire(JOB, LEASE)).as("node A gave the lease up when its job closed").isTrue();
    }

    @Test
    void aSingleNodeRunsItsJobAsBefore() throws Exception {
        CountDownLatch threeRuns = new CountDownLatch(3);
        try (PeriodicJob job = PeriodicJob.start(JOB, Duration.ZERO, Duration.ofMillis(10), nodeA,
                threeRuns::countDown)) {
            assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private List<String> holders() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT JOB_NAME, HOLDER FROM WFL_JOB_LEASE ORDER BY JOB_NAME")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return rows;
    }
}
