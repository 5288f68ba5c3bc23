package org.xueji.platform.audit.internal;

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
 * Migrates the audit schema (AUD_EVENT, AUD_HEAD, REL_REQUEST), then offers the shared
 * DataSource under the name the audit persistence unit and the audit services wait for
 * ({@code xueji-audit}). Nothing appends to the trail before its tables exist.
 */
@Component(immediate = true)
public class AuditSchema {

    public static final String CHANGELOG = "org/xueji/platform/audit/db/changelog.xml";
    public static final String TABLE_PREFIX = "AUDIT";
    static final String UNIT_DATASOURCE = "xueji-audit";

    private final ServiceRegistration<DataSource> registration;

    @Activate
    public AuditSchema(BundleContext context,
                       @Reference(target = "(osgi.jndi.service.name=xueji)") DataSource dataSource) {
        SchemaMigration.migrate(dataSource, CHANGELOG, AuditSchema.class.getClassLoader(), TABLE_PREFIX);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jndi.service.name", UNIT_DATASOURCE);
        registration = context.registerService(DataSource.class, dataSource, properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
