package org.xueji.platform.calendar.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions this bundle writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class CalendarAuditActions extends ModuleAuditActions {

    public CalendarAuditActions() {
        super("calendar.year.seed",
                "calendar.day.set",
                "calendar.day.remove",
                "calendar.year.import");
    }
}
