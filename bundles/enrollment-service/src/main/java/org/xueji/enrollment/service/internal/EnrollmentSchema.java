package org.xueji.enrollment.service.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.SchemaMigration;

/**
 * Migrates the enrollment schema (ENR_*), then offers the shared DataSource under the name the
 * registry persistence unit waits for ({@code xueji-enrollment}). JPA therefore starts only
 * on an up-to-date schema, and stops when the shared DataSource goes away.
 */
@Component(immediate = true)
public class EnrollmentSchema {

    static final String CHANGELOG = "org/xueji/enrollment/service/db/changelog.xml";
    static final String UNIT_DATASOURCE = "xueji-enrollment";

    private final ServiceRegistration<DataSource> registration;

    @Activate
    public EnrollmentSchema(BundleContext context,
                          @Reference(target = "(osgi.jndi.service.name=xueji)") DataSource dataSource) {
        SchemaMigration.migrate(dataSource, CHANGELOG, EnrollmentSchema.class.getClassLoader(), "ENROLLMENT");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jndi.service.name", UNIT_DATASOURCE);
        registration = context.registerService(DataSource.class, dataSource, properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
