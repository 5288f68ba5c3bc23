package org.xueji.platform.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.SchemaMigration;
import org.xueji.platform.persistence.Transactions;

/**
 * A module's persistence unit outside OSGi, for fast service tests on the real schema:
 * a fresh in-memory Derby database, the module's Liquibase changelog, Hibernate on the
 * module's own {@code persistence.xml} (the DataSource handed in directly instead of through
 * JNDI), an audit trail that writes into {@code TEST_AUDIT} with the caller's EntityManager
 * (so a row exists exactly when the caller's transaction committed), and a movable clock.
 *
 * <pre>
 * try (ModuleTestStore store = ModuleTestStore.of("xueji-ledger",
 *         "org/xueji/ledger/service/db/changelog.xml", "LEDGER")) {
 *     LedgerServiceImpl service = new LedgerServiceImpl(store.transactions(), store.auditTrail(), store.clock());
 *     ...
 *     assertThat(store.actions()).containsExactly("ledger.incident.create");
 * }
 * </pre>
 */
public final class ModuleTestStore implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final MovableClock clock = new MovableClock();
    private final TableAuditTrail auditTrail = new TableAuditTrail();
    private final TableAuditService auditService;

    private ModuleTestStore(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
        this.auditService = new TableAuditService(dataSource);
    }

    /**
     * @param persistenceUnit the unit's name in the module's {@code META-INF/persistence.xml}
     * @param changelogPath   the module's changelog on the test class path
     * @param tablePrefix     the module's changelog-table prefix
     */
    public static ModuleTestStore of(String persistenceUnit, String changelogPath, String tablePrefix) {
        DataSource ds = newDatabase();
        SchemaMigration.migrate(ds, changelogPath, Thread.currentThread().getContextClassLoader(), tablePrefix);
        TableAuditTrail.createTable(ds);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(persistenceUnit,
                Map.of("javax.persistence.nonJtaDataSource", ds));
        return new ModuleTestStore(ds, emf);
    }

    /** An empty in-memory database of its own. */
    public static DataSource newDatabase() {
        String name = "memory:xueji-test" + DATABASES.incrementAndGet();
        EmbeddedDataSource create = new EmbeddedDataSource();
        create.setDatabaseName(name);
        create.setCreateDatabase("create");
        try {
            create.getConnection().close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        return ds;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    public Transactions transactions() {
        return new Transactions(entityManagerFactory);
    }

    public MovableClock clock() {
        return clock;
    }

    /** The in-transaction audit trail services append to. */
    public TableAuditTrail auditTrail() {
        return auditTrail;
    }

    /** The audit service (own-transaction records, e.g. refusals through {@link DeniedAccess}). */
    public TableAuditService auditService() {
        return auditService;
    }

    public DeniedAccess deniedAccess() {
        return new DeniedAccess(auditService);
    }

    /** The support object a module service takes, on this store. */
    public ModuleSupport support() {
        return new ModuleSupport(entityManagerFactory, auditTrail, auditService, clock);
    }

    /** Committed audit rows, oldest first. */
    public List<AuditRow> audit() {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select ACTION, USERNAME, ROLE_NAME, TARGET_TYPE, TARGET_ID, SCHOOL_ID, "
                     + "CHANGES from TEST_AUDIT order by ID")) {
            while (r.next()) {
                long school = r.getLong(6);
                rows.add(new AuditRow(r.getString(1), r.getString(2), emptyToNull(r.getString(3)), r.getString(4),
                        emptyToNull(r.getString(5)), r.wasNull() ? null : school, r.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The committed audit actions, oldest first. */
    public List<String> actions() {
        return audit().stream().map(AuditRow::action).toList();
    }

    /** The first column of the first row of a query, e.g. {@code select count(*) from LEDGER_INCIDENT}. */
    public long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs plain SQL (test set-up such as rows of another module's tables). */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void close() {
        entityManagerFactory.close();
    }
}
