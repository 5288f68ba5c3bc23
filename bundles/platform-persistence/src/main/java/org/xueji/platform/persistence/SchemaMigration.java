package org.xueji.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a module's Liquibase changelog to the shared DataSource. Each module keeps its
 * own changelog and lock tables, so modules migrate (and are upgraded) independently.
 */
public final class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    /**
     * @param dataSource     the shared DataSource
     * @param changelogPath  path of the changelog inside the module bundle
     * @param moduleLoader   the module bundle's class loader (reads the changelog)
     * @param tablePrefix    letters only, e.g. {@code REGISTRY}: tables {@code <prefix>CHANGELOG}
     *                       and {@code <prefix>CHANGELOGLOCK} (no underscores: Derby
     *                       mis-detects them on the next boot)
     */
    public static void migrate(DataSource dataSource, String changelogPath, ClassLoader moduleLoader,
                               String tablePrefix) {
        if (!tablePrefix.matches("[A-Z]+")) {
            throw new IllegalArgumentException("table prefix must be upper-case letters: " + tablePrefix);
        }
        Map<String, Object> scope = new HashMap<>();
        // Liquibase finds its own services through this bundle's class loader (it is embedded here)
        scope.put(Scope.Attr.classLoader.name(), SchemaMigration.class.getClassLoader());
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(moduleLoader));
        // no network: no analytics, no hub, no banner
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        scope.put("liquibase.hub.mode", "off");
        // progress and the update summary go to the log, not to the Karaf console
        scope.put("liquibase.showSummaryOutput", "LOG");
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        long started = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SchemaMigration.class.getClassLoader());
        try {
            Scope.child(scope, () -> run(dataSource, changelogPath, moduleLoader, tablePrefix));
        } catch (Exception e) {
            throw new IllegalStateException("Schema migration " + changelogPath + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Schema {} up to date in {} ms", changelogPath, (System.nanoTime() - started) / 1_000_000);
    }

    private static void run(DataSource dataSource, String changelogPath, ClassLoader moduleLoader,
                            String tablePrefix) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(tablePrefix + "CHANGELOG");
            database.setDatabaseChangeLogLockTableName(tablePrefix + "CHANGELOGLOCK");
            if (database instanceof DerbyDatabase derby) {
                // never shut the shared embedded Derby down when Liquibase is done
                derby.setShutdownEmbeddedDerby(false);
            }
            try {
                Liquibase liquibase = new Liquibase(changelogPath, new ClassLoaderResourceAccessor(moduleLoader),
                        database);
                liquibase.update(new Contexts(), new LabelExpression());
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (Exception e) {
                // Derby keeps locks of a failed update until rolled back
                rollbackQuietly(connection);
                throw e;
            }
            // deliberately no Liquibase.close()/database.close(): the pool owns the connection
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Rollback after failed migration failed: {}", e.getMessage());
        }
    }

    private SchemaMigration() {
    }
}
