package org.xueji.enrollment.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/**
 * Migrates the enrollment schema (ENR_*), then offers the shared DataSource under the name the
 * enrollment persistence unit waits for ({@code xueji-enrollment}). JPA therefore starts only
 * on an up-to-date schema, and stops when the shared DataSource goes away.
 */
@Component(immediate = true)
public class EnrollmentSchema {

    static final String CHANGELOG = "org/xueji/enrollment/service/db/changelog.xml";
    static final String UNIT_DATASOURCE = "xueji-enrollment";

    private final ModuleDataSource published;

    @Activate
    public EnrollmentSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "ENROLLMENT", UNIT_DATASOURCE);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
