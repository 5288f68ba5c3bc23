package org.xueji.ledger.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/**
 * Migrates the ledger schema (LEDGER_*) and publishes the DataSource its persistence unit
 * waits for ({@code xueji-ledger}), in the one call every module makes.
 */
@Component(immediate = true)
public class LedgerSchema {

    static final String CHANGELOG = "org/xueji/ledger/service/db/changelog.xml";
    static final String UNIT = "xueji-ledger";

    private final ModuleDataSource published;

    @Activate
    public LedgerSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "LEDGER", UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
