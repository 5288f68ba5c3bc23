package org.xueji.admission.service.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/** Migrates the admission schema (ADM_*) and publishes the DataSource its unit waits for ({@code xueji-admission}). */
@Component(immediate = true)
public class AdmissionSchema {

    static final String CHANGELOG = "org/xueji/admission/service/db/changelog.xml";
    static final String UNIT = "xueji-admission";

    private final ModuleDataSource published;

    @Activate
    public AdmissionSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, "ADM", UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
