package org.xueji.transfer.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/**
 * Migrates the transfer schema (TRF_*) and publishes the DataSource its persistence unit
 * waits for ({@code xueji-transfer}), in the one call every module makes.
 */
@Component(immediate = true)
public class TransferSchema {

    static final String CHANGELOG = "org/xueji/transfer/service/db/changelog.xml";
    static final String UNIT = "xueji-transfer";

    private final ModuleDataSource published;

    @Activate
    public TransferSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "TRF", UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
