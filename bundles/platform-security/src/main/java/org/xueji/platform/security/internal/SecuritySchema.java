package org.xueji.platform.security.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;
import org.xueji.platform.persistence.SchemaMigration;

/**
 * Migrates the security schema, then offers the shared DataSource under the name the
 * security persistence unit waits for ({@code xueji-security}). JPA therefore starts only
 * on an up-to-date schema, and stops when the shared DataSource goes away.
 */
@Component(immediate = true)
public class SecuritySchema {

    static final String CHANGELOG = "org/xueji/platform/security/db/changelog.xml";
    static final String UNIT_DATASOURCE = "xueji-security";
    /** tables SECURITYCHANGELOG and SECURITYCHANGELOGLOCK */
    static final String TABLE_PREFIX = "SECURITY";

    private final ModuleDataSource published;

    @Activate
    public SecuritySchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, TABLE_PREFIX, UNIT_DATASOURCE);
    }

    /** Applies the changelog (also used by the tests outside OSGi). */
    static void migrate(DataSource dataSource) {
        SchemaMigration.migrate(dataSource, CHANGELOG, SecuritySchema.class.getClassLoader(), TABLE_PREFIX);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
