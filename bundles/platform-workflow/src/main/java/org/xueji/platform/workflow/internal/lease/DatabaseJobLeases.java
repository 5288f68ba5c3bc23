package org.xueji.platform.workflow.internal.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.lease.JobLeases;

/**
 * Job leases in WFL_JOB_LEASE (changeset workflow-004), in plain SQL that Derby and PostgreSQL
 * run alike: a single conditional UPDATE takes the lease when this node holds it or it has
 * expired; when no row exists yet, an INSERT takes it, and a unique-key violation there means
 * that another node took it first. Both statements are atomic in the database, so two nodes
 * never hold one lease at the same time.
 * <p>
 * Times are the node's system clock (UTC milliseconds), not the platform clock, which an
 * installation may offset for tests. Nodes must keep their clocks in step (NTP): a skew eats
 * into the lease's margin.
 */
@Component(service = JobLeases.class)
public class DatabaseJobLeases implements JobLeases {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseJobLeases.class);
    /** SQL state of a unique or primary key violation, on Derby and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final String nodeId;
    private final Clock clock;

    @Activate
    public DatabaseJobLeases(@Reference(target = "(osgi.jndi.service.name=xueji-workflow)") DataSource migrated) {
        this(migrated, NodeId.instance(), Clock.systemUTC());
        LOG.info("Background jobs take their leases as node {}", nodeId);
    }

    /**
     * A new start of {@code instance} (tests: several nodes on one database, with a clock they
     * move). Takes back at once the leases that an earlier start of the same instance still
     * holds: that JVM is gone, since Karaf's instance lock lets one JVM at a time run an
     * installation, and after a crash (kill -9, power loss) the jobs would otherwise wait for
     * the expiry.
     */
    DatabaseJobLeases(DataSource dataSource, String instance, Clock clock) {
        this.dataSource = dataSource;
        this.nodeId = NodeId.of(instance);
        this.clock = clock;
        releaseEarlierStarts(instance);
    }

    @Override
    public boolean acquire(String job, Duration duration) {
        long now = clock.millis();
        long expires = now + duration.toMillis();
        try (Connection c = dataSource.getConnection()) {
            try {
                boolean held = renewOrTakeExpired(c, job, expires, now) || insert(c, job, expires);
                commit(c);
                return held;
            } catch (SQLException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lease of job " + job + " cannot be taken: " + e.getMessage(), e);
        }
    }

    @Override
    public void release(String job) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE WFL_JOB_LEASE SET EXPIRES_MILLIS = 0 WHERE JOB_NAME = ? AND HOLDER = ?")) {
            s.setString(1, job);
            s.setString(2, nodeId);
            s.executeUpdate();
            commit(c);
        } catch (SQLException e) {
            throw new IllegalStateException("lease of job " + job + " cannot be given up: " + e.getMessage(), e);
        }
    }

    private void releaseEarlierStarts(String instance) {
        List<String[]> earlier = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT JOB_NAME, HOLDER FROM WFL_JOB_LEASE");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (NodeId.isStartOf(rs.getString(2), instance)) {
                        earlier.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE WFL_JOB_LEASE SET EXPIRES_MILLIS = 0 WHERE JOB_NAME = ? AND HOLDER = ?")) {
                for (String[] lease : earlier) {
                    s.setString(1, lease[0]);
                    s.setString(2, lease[1]);
                    s.executeUpdate();
                }
            }
            commit(c);
        } catch (SQLException e) {
            // not fatal: those leases expire on their own
            LOG.warn("Leases of an earlier start of this node not taken back: {}", e.getMessage());
        }
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    private boolean renewOrTakeExpired(Connection c, String job, long expires, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE WFL_JOB_LEASE SET HOLDER = ?, EXPIRES_MILLIS = ?"
                + " WHERE JOB_NAME = ? AND (HOLDER = ? OR EXPIRES_MILLIS <= ?)")) {
            s.setString(1, nodeId);
            s.setLong(2, expires);
            s.setString(3, job);
            s.setString(4, nodeId);
            s.setLong(5, now);
            return s.executeUpdate() == 1;
        }
    }

    /** The job's first lease ever; {@code false} when its row exists (another node holds it). */
    private boolean insert(Connection c, String job, long expires) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO WFL_JOB_LEASE (JOB_NAME, HOLDER, EXPIRES_MILLIS) VALUES (?, ?, ?)")) {
            s.setString(1, job);
            s.setString(2, nodeId);
            s.setLong(3, expires);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // PostgreSQL refuses every further statement of a transaction after an error
                rollback(c);
                return false;
            }
            throw e;
        }
    }

    private static void commit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static void rollback(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("rollback of a lease statement failed: {}", e.getMessage());
        }
    }
}
