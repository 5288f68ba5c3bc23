package org.xueji.platform.audit.internal;

import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.audit.internal.anchor.AuditAnchor;
import org.xueji.platform.persistence.AuditTrail;

/**
 * R7: appends to the audit trail in the caller's transaction, with the caller's
 * EntityManager (plain SQL, see {@link AuditWriter}): the row commits or rolls back with
 * the change it records.
 */
@Component(service = AuditTrail.class)
public class AuditTrailImpl implements AuditTrail {

    private final AuditWriter writer;

    /**
     * @param migrated the DataSource re-registered by {@link AuditSchema}: this service
     *                 exists only once the audit tables do
     */
    @Activate
    public AuditTrailImpl(@Reference PlatformClock clock,
                          @Reference(target = "(osgi.jndi.service.name=xueji-audit)") DataSource migrated,
                          @Reference AuditAnchor anchor) {
        this.writer = new AuditWriter(clock::now, anchor::sealHead);
    }

    @Override
    public void append(EntityManager em, AuditEvent event) {
        writer.append(em, event);
    }

    @Override
    public long appendNumbered(EntityManager em, AuditEvent event) {
        return writer.append(em, event).id();
    }
}
