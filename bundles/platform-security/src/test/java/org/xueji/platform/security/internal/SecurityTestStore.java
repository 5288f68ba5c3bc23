package org.xueji.platform.security.internal;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.AuditTrail;

/**
 * The security unit outside OSGi: in-memory Derby, the module's Liquibase changelog, and
 * Hibernate on the module's own persistence.xml (schema validated) with the DataSource handed
 * in directly instead of through JNDI. The audit trail writes into a test table with the
 * caller's EntityManager, so a row exists exactly when the caller's transaction committed.
 */
final class SecurityTestStore implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** One audited operation as committed. */
    record Row(String action, String username, String role, String targetId, String changes) {
    }

    /** A clock the test moves. */
    static final class MovableClock implements PlatformClock {
        private volatile Instant now = Instant.parse("2025-09-01T00:30:00Z");

        @Override
        public Clock clock() {
            return Clock.fixed(now, ZoneId.of("Asia/Shanghai"));
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    /** Appends with the caller's EntityManager, like the real audit trail. */
    static final class TableAuditTrail implements AuditTrail {
        @Override
        public void append(EntityManager em, AuditEvent e) {
            em.createNativeQuery("insert into TEST_AUDIT (ACTION, USERNAME, ROLE_NAME, TARGET_ID, CHANGES) "
                            + "values (?, ?, ?, ?, ?)")
                    .setParameter(1, e.action()).setParameter(2, e.actor().username())
                    .setParameter(3, e.actor().role() == null ? "" : e.actor().role().name())
                    .setParameter(4, e.targetId() == null ? "" : e.targetId()).setParameter(5, String.valueOf(e.changes()))
                    .executeUpdate();
        }
    }

    final DataSource dataSource;
    final EntityManagerFactory emf;
    final MovableClock clock = new MovableClock();
    final TableAuditTrail audit = new TableAuditTrail();

    SecurityTestStore() throws SQLException {
        String name = "memory:security" + DATABASES.incrementAndGet();
        EmbeddedDataSource create = new EmbeddedDataSource();
        create.setDatabaseName(name);
        create.setCreateDatabase("create");
        create.getConnection().close();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        this.dataSource = ds;
        SecuritySchema.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("create table TEST_AUDIT (ID int generated always as identity primary key, "
                    + "ACTION varchar(100), USERNAME varchar(200), ROLE_NAME varchar(50), TARGET_ID varchar(200), "
                    + "CHANGES varchar(4000))");
        }
        this.emf = Persistence.createEntityManagerFactory("xueji-security",
                Map.of("javax.persistence.nonJtaDataSource", ds));
    }

    /** Config with the defaults of {@link SecurityConfig}. */
    static SecurityConfig defaultConfig() {
        return (SecurityConfig) Proxy.newProxyInstance(SecurityConfig.class.getClassLoader(),
                new Class<?>[] {SecurityConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return SecurityConfig.class;
                    }
                    return method.getDefaultValue();
                });
    }

    /**
     * The service as activated: the login throttle counts in this database's SEC_ADDRESS_FAILURE
     * (so services made here share it, like two nodes), behind a console that listens on loopback only.
     */
    AccountServiceImpl accountService() {
        AccountServiceImpl service = new AccountServiceImpl(emf, clock, audit, defaultConfig(),
                AddressThrottle.loginThrottle(emf));
        service.console = () -> true;
        return service;
    }

    List<Row> audit() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select ACTION, USERNAME, ROLE_NAME, TARGET_ID, CHANGES from TEST_AUDIT "
                     + "order by ID")) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), emptyToNull(r.getString(3)), r.getString(4),
                        r.getString(5)));
            }
        }
        return rows;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    List<String> actions() throws SQLException {
        return audit().stream().map(Row::action).toList();
    }

    int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
