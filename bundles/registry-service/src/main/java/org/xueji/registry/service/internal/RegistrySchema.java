package org.xueji.registry.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/**
 * Migrates the registry schema, then offers the shared DataSource under the name the
 * registry persistence unit waits for ({@code xueji-registry}). JPA therefore starts only
 * on an up-to-date schema, and stops when the shared DataSource goes away.
 */
@Component(immediate = true)
public class RegistrySchema {

    static final String CHANGELOG = "org/xueji/registry/service/db/changelog.xml";
    static final String UNIT_DATASOURCE = "xueji-registry";

    private final ModuleDataSource published;

    @Activate
    public RegistrySchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "REGISTRY", UNIT_DATASOURCE);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
