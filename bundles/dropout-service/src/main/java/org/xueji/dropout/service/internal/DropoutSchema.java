package org.xueji.dropout.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/**
 * Migrates the dropout schema (DRP_*) and publishes the DataSource its persistence unit waits
 * for ({@code xueji-dropout}).
 */
@Component(immediate = true)
public class DropoutSchema {

    static final String CHANGELOG = "org/xueji/dropout/service/db/changelog.xml";
    static final String UNIT = "xueji-dropout";

    private final ModuleDataSource published;

    @Activate
    public DropoutSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "DRP", UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
