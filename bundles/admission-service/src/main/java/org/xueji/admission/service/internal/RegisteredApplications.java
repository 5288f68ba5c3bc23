package org.xueji.admission.service.internal;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.intake.IntakeListener;

/**
 * Marks an admitted application REGISTERED (audit {@code admission.registered}, ids only) when
 * enrollment tells that the registrar completed its pending registration (issue 12, item 5), with
 * the registrar's permission (EDIT_STUDENT) and school (the admitting one) checked here again.
 */
@Component(service = IntakeListener.class)
public class RegisteredApplications implements IntakeListener {

    private final ModuleSupport support;

    @Activate
    public RegisteredApplications(@Reference(target = "(osgi.unit.name=xueji-admission)") EntityManagerFactory emf,
                                  @Reference AuditTrail audit, @Reference AuditService auditService,
                                  @Reference PlatformClock clock) {
        this(new ModuleSupport(emf, audit, auditService, clock));
    }

    RegisteredApplications(ModuleSupport support) {
        this.support = support;
    }

    @Override
    public void registered(Actor actor, String source, String reference, long studentId) {
        if (!Intake.SOURCE.equals(source)) {
            return;
        }
        support.guard(actor, "admission.registered", ApplicationWrites.TARGET, reference, () -> {
            actor.require(Permission.EDIT_STUDENT);
            return support.transactions().inTransaction(em -> {
                List<ApplicationEntity> found = em.createQuery("select a from AdmApplication a where a.number = :n",
                        ApplicationEntity.class).setParameter("n", reference)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
                if (found.isEmpty()) {
                    throw new NotFoundException(AdmissionMessages.APPLICATION_NOT_FOUND, reference);
                }
                return mark(em, actor, found.get(0), studentId);
            });
        });
    }

    /** ADMITTED or PLACED → REGISTERED at the admitting school; refused otherwise. */
    Application mark(EntityManager em, Actor actor, ApplicationEntity e, Long studentId) {
        ApplicationStatus st = ApplicationStatus.valueOf(e.status);
        if (st == ApplicationStatus.REGISTERED) {
            throw new DomainException(AdmissionMessages.ALREADY_REGISTERED);
        }
        if (!st.admitted()) {
            throw new DomainException(AdmissionMessages.NOT_ADMITTED);
        }
        actor.requireSchool(e.placedSchoolId);
        e.status = ApplicationStatus.REGISTERED.name();
        em.flush();
        AuditEvent event = ApplicationWrites.event(actor, "admission.registered", e);
        if (studentId != null) {
            java.util.Map<String, Object> details = new java.util.LinkedHashMap<>(event.changes());
            details.put("student", studentId);
            event = event.withChanges(details);
        }
        support.audit(em, event);
        return Records.application(e);
    }
}
