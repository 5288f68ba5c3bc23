package org.xueji.upgradeprobe.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/**
 * Migrates the probe's schema (PROBE_NOTE, changelog tables PROBECHANGELOG*) and publishes the
 * DataSource its persistence unit waits for ({@code xueji-upgradeprobe}), as every module does.
 */
@Component(immediate = true)
public class ProbeSchema {

    static final String CHANGELOG = "org/xueji/upgradeprobe/db/changelog.xml";
    static final String PREFIX = "PROBE";
    static final String UNIT = "xueji-upgradeprobe";

    private final ModuleDataSource published;

    @Activate
    public ProbeSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, PREFIX, UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
