package org.xueji.specialneeds.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/** Migrates the special-needs schema (SN_*) and publishes the DataSource of {@code xueji-specialneeds}. */
@Component(immediate = true)
public class SpecialNeedsSchema {

    static final String CHANGELOG = "org/xueji/specialneeds/service/db/changelog.xml";
    static final String UNIT = "xueji-specialneeds";
    static final String UNIT_FILTER = "(osgi.unit.name=xueji-specialneeds)";

    private final ModuleDataSource published;

    @Activate
    public SpecialNeedsSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "SPECIALNEEDS", UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
