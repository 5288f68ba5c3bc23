package org.xueji.platform.audit.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.audit.internal.anchor.AnchorFiles;
import org.xueji.platform.audit.internal.anchor.AnchorKey;
import org.xueji.platform.audit.internal.anchor.AuditAnchor;
import org.xueji.platform.persistence.SchemaMigration;

/**
 * An in-memory Derby database with the audit changelog applied through SchemaMigration,
 * and the real persistence unit {@code xueji-audit} (persistence.xml, validated against the
 * migrated schema) on it — outside OSGi.
 */
public final class DerbyAudit implements AutoCloseable {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        System.setProperty("derby.locks.waitTimeout", "20");
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();

    public final String name = "audit" + DATABASES.incrementAndGet();
    public final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    public final EntityManagerFactory emf;

    /** This database's key file and anchor folder, outside the database as in a real installation. */
    public final Path anchorHome = Path.of("target", "anchors", name + "-" + System.nanoTime());
    private AuditAnchor anchor;

    public DerbyAudit() {
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        SchemaMigration.migrate(dataSource, AuditSchema.CHANGELOG, DerbyAudit.class.getClassLoader(),
                AuditSchema.TABLE_PREFIX);
        // data releases are decided through the workflow (R3): its tables on the same database
        SchemaMigration.migrate(dataSource, org.xueji.platform.workflow.internal.WorkflowSchema.CHANGELOG,
                DerbyAudit.class.getClassLoader(), org.xueji.platform.workflow.internal.WorkflowSchema.TABLE_PREFIX);
        dataSource.setCreateDatabase(null);
        emf = unit(Map.of());
    }

    /** The anchor of this database (one key for the trail and the service), made on first use. */
    public synchronized AuditAnchor anchor(PlatformClock clock) {
        if (anchor == null) {
            anchor = new AuditAnchor(clock::now, dataSource, AnchorKey.loadOrCreate(anchorHome.resolve("anchor.key")),
                    new AnchorFiles(anchorHome.resolve("audit-anchor")));
        }
        return anchor;
    }

    /** Another EntityManagerFactory of the unit on the same database, with extra properties. */
    public EntityManagerFactory unit(Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(overrides);
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        return Persistence.createEntityManagerFactory("xueji-audit", properties);
    }

    public long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String queryString(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tampering straight in the database, as someone with database access could. */
    public int execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        emf.close();
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName("memory:" + name);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a dropped database with an exception
        }
    }
}
