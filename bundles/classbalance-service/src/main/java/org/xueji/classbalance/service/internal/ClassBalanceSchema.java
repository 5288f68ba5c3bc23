package org.xueji.classbalance.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/** Migrates the class-balancing schema (CB_*) and publishes the DataSource of {@code xueji-classbalance}. */
@Component(immediate = true)
public class ClassBalanceSchema {

    static final String CHANGELOG = "org/xueji/classbalance/service/db/changelog.xml";
    static final String UNIT = "xueji-classbalance";

    private final ModuleDataSource published;

    @Activate
    public ClassBalanceSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "CB", UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
