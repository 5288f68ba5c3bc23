package org.xueji.dropout.service.internal;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.registry.api.followup.AtRiskSignalListener;

/**
 * Hears the platform's feeds (R18 籍在人不在, transfers out not arrived, overdue suspensions,
 * attendance) and opens one suspected entry per child; a second feed finding the same child adds
 * a source to the open entry, the same signal twice does nothing.
 */
@Component(service = AtRiskSignalListener.class)
public class SignalListener implements AtRiskSignalListener {

    private static final Logger LOG = LoggerFactory.getLogger(SignalListener.class);
    static final Actor FEED = Actor.system("dropout-feed");

    private final ModuleSupport support;
    private final Entries entries;

    @Activate
    public SignalListener(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                          @Reference AuditTrail audit, @Reference AuditService auditService,
                          @Reference PlatformClock clock, @Reference StudentService students) {
        this(new ModuleSupport(emf, audit, auditService, clock), students);
    }

    SignalListener(ModuleSupport support, StudentService students) {
        this.support = support;
        this.entries = new Entries(support, students);
    }

    @Override
    public void atRisk(AtRiskSignal signal) {
        Entries.Child child = entries.ofStudent(Entries.LOOKUP, signal.studentId());
        Entries.Finding finding = new Entries.Finding(null, null, null, ReasonCategory.OTHER, signal.source(),
                signal.source().name().toLowerCase() + ":" + signal.reference(), signal.foundOn(), null);
        try {
            open(child, signal, finding);
        } catch (PersistenceException e) {
            // two feeds racing for the same child: the loser's insert of the child's key failed; now it attaches
            LOG.info("dropout: retrying signal {} after a concurrent finding", signal.source());
            open(child, signal, finding);
        }
    }

    private void open(Entries.Child child, AtRiskSignal signal, Entries.Finding finding) {
        support.transactions().inTransaction(em -> entries.openOrAttach(em, FEED, child, signal.schoolId(), finding));
    }
}
