package org.xueji.platform.workflow.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/** Migrates the workflow tables, then offers the shared DataSource as {@code xueji-workflow}. */
@Component(immediate = true)
public class WorkflowSchema {

    public static final String CHANGELOG = "org/xueji/platform/workflow/db/changelog.xml";
    public static final String TABLE_PREFIX = "WORKFLOW";
    public static final String UNIT_DATASOURCE = "xueji-workflow";

    private final ModuleDataSource published;

    @Activate
    public WorkflowSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, TABLE_PREFIX, UNIT_DATASOURCE);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
