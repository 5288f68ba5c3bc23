package org.xueji.platform.calendar.internal;

import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.persistence.ModuleDataSource;

/** Migrates the calendar schema (CAL_*), then offers the DataSource as {@code xueji-calendar}. */
@Component(immediate = true)
public class CalendarSchema {

    public static final String CHANGELOG = "org/xueji/platform/calendar/db/changelog.xml";
    public static final String TABLE_PREFIX = "CALENDAR";
    public static final String UNIT = "xueji-calendar";

    private final ModuleDataSource published;

    @Activate
    public CalendarSchema(BundleContext context, @Reference(target = ModuleDataSource.SHARED) DataSource shared) {
        published = ModuleDataSource.migrateAndPublish(context, shared, CHANGELOG, TABLE_PREFIX, UNIT);
    }

    @Deactivate
    void deactivate() {
        published.close();
    }
}
