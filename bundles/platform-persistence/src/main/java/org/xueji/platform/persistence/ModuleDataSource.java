package org.xueji.platform.persistence;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A module's schema step, in one call from its DS component: migrate the module's own
 * Liquibase changelog on the shared DataSource, then offer that DataSource under the name its
 * persistence unit waits for ({@code osgi.jndi.service.name=xueji-<module>}). JPA therefore
 * starts only on an up-to-date schema and stops when the shared DataSource goes away.
 *
 * <pre>
 * &#64;Component(immediate = true)
 * public class LedgerSchema {
 *     private final ModuleDataSource published;
 *     &#64;Activate
 *     public LedgerSchema(BundleContext context, &#64;Reference(target = ModuleDataSource.SHARED) DataSource shared) {
 *         published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "LEDGER", "xueji-ledger");
 *     }
 *     &#64;Deactivate void deactivate() { published.close(); }
 * }
 * </pre>
 */
public final class ModuleDataSource implements AutoCloseable {

    /** Target filter of the shared DataSource every module migrates and publishes. */
    public static final String SHARED = "(osgi.jndi.service.name=xueji)";

    private final ServiceRegistration<DataSource> registration;

    private ModuleDataSource(ServiceRegistration<DataSource> registration) {
        this.registration = registration;
    }

    /**
     * @param context        the module bundle's context (its class loader reads the changelog)
     * @param shared         the shared DataSource
     * @param changelogPath  the changelog's path inside the module bundle
     * @param tablePrefix    upper-case letters naming the changelog tables (see {@link SchemaMigration})
     * @param unitDataSource the name the module's persistence unit waits for, e.g. {@code xueji-ledger}
     */
    public static ModuleDataSource migrateAndPublish(BundleContext context, DataSource shared, String changelogPath,
                                                     String tablePrefix, String unitDataSource) {
        ClassLoader moduleLoader = context.getBundle().adapt(org.osgi.framework.wiring.BundleWiring.class)
                .getClassLoader();
        SchemaMigration.migrate(shared, changelogPath, moduleLoader, tablePrefix);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jndi.service.name", unitDataSource);
        return new ModuleDataSource(context.registerService(DataSource.class, shared, properties));
    }

    /** Withdraws the published DataSource (the module's JPA unit stops). */
    @Override
    public void close() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and the framework withdrew it first
        }
    }
}
