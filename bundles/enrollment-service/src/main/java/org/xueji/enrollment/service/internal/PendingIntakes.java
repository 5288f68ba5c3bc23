package org.xueji.enrollment.service.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.enrollment.api.NewRegistration;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.enrollment.api.intake.IntakeMessages;
import org.xueji.enrollment.api.intake.IntakeRegistrationService;
import org.xueji.enrollment.api.intake.PendingIntake;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.intake.IntakeListener;
import org.xueji.registry.api.intake.IntakeOffer;
import org.xueji.registry.api.intake.PendingRegistrations;

/**
 * Pending registrations of admitted children (issue 12, item 5), table {@code ENR_PENDING_INTAKE}.
 * Offers are written by the offering module with SQL on its own EntityManager (its decision and
 * the offer commit together); the registrar completes one through {@link RegistrationService} so
 * every registration rule applies, the row is marked, and the source is told after the commit.
 */
@Component(service = {PendingRegistrations.class, IntakeRegistrationService.class})
public class PendingIntakes implements PendingRegistrations, IntakeRegistrationService {

    static final String TABLE = "ENR_PENDING_INTAKE";
    private static final Logger LOG = LoggerFactory.getLogger(PendingIntakes.class);
    private static final String COLUMNS = "SOURCE, REFERENCE, SCHOOL_ID, SCHOOL_YEAR, ENTRY_GRADE, CHILD_NAME, SEX, "
            + "BIRTH_DATE, ID_TYPE, ID_NUMBER, HOUSEHOLD_TYPE, MIGRANT, GUARDIAN_NAME, GUARDIAN_PHONE, ADDRESS, "
            + "OFFERED_AT";

    private final ModuleSupport support;
    private final RegistrationService registrations;
    private final List<IntakeListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public PendingIntakes(@Reference(target = "(osgi.unit.name=xueji-enrollment)") EntityManagerFactory emf,
                          @Reference AuditTrail audit, @Reference AuditService auditService,
                          @Reference PlatformClock clock, @Reference RegistrationService registrations) {
        this(new ModuleSupport(emf, audit, auditService, clock), registrations);
    }

    PendingIntakes(ModuleSupport support, RegistrationService registrations) {
        this.support = support;
        this.registrations = registrations;
    }

    @Reference(service = IntakeListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindListener(IntakeListener listener) {
        listeners.add(listener);
    }

    void unbindListener(IntakeListener listener) {
        listeners.remove(listener);
    }

    // ---- the offering module's side: SQL on its EntityManager ----

    @Override
    public int offer(EntityManager em, Collection<IntakeOffer> offers) {
        Timestamp now = Timestamp.from(support.now());
        int stored = 0;
        for (IntakeOffer o : offers) {
            Number there = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + TABLE
                            + " WHERE SOURCE = ? AND REFERENCE = ?").setParameter(1, o.source())
                    .setParameter(2, o.reference()).getSingleResult();
            if (there.longValue() > 0) {
                continue; // idempotent per source and reference
            }
            Object[] values = {o.source(), o.reference(), o.schoolId(), o.schoolYear(), o.entryGrade(), o.name(),
                    o.sex() == null ? null : o.sex().name(), o.birthDate() == null ? null : Date.valueOf(o.birthDate()),
                    o.idType() == null ? null : o.idType().name(), o.idNumber(),
                    o.householdType() == null ? null : o.householdType().name(), o.migrant(), o.guardianName(),
                    o.guardianPhone(), o.address(), now};
            // a null is written as NULL in the SQL: an untyped null parameter is refused by some drivers
            String[] names = COLUMNS.split(", ");
            StringBuilder placeholders = new StringBuilder();
            List<Object> bound = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                placeholders.append(i == 0 ? "" : ", ").append(values[i] == null ? "NULL" : "?");
                if (values[i] != null) {
                    bound.add(values[i]);
                }
            }
            Query insert = em.createNativeQuery("INSERT INTO " + TABLE + " (" + String.join(", ", names)
                    + ") VALUES (" + placeholders + ")");
            for (int i = 0; i < bound.size(); i++) {
                insert.setParameter(i + 1, bound.get(i));
            }
            insert.executeUpdate();
            stored++;
        }
        return stored;
    }

    // ---- the registrar's side ----

    @Override
    public List<PendingIntake> pending(Actor actor) {
        return support.guard(actor, "enrollment.intake.list", "school", actor.schoolId(), () -> {
            actor.require(Permission.EDIT_STUDENT);
            actor.requireCurrent();
            return support.transactions().read(em -> {
                Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE STUDENT_ID IS NULL"
                        + (actor.isDistrictWide() ? "" : " AND SCHOOL_ID = ?") + " ORDER BY OFFERED_AT, REFERENCE");
                if (!actor.isDistrictWide()) {
                    q.setParameter(1, actor.schoolId());
                }
                List<PendingIntake> out = new ArrayList<>();
                for (Object row : q.getResultList()) {
                    out.add(pendingOf((Object[]) row));
                }
                return out;
            });
        });
    }

    @Override
    public Student complete(Actor actor, String source, String reference, NewRegistration registration) {
        return support.guard(actor, "enrollment.intake.complete", "intake", reference, () -> {
            actor.require(Permission.EDIT_STUDENT);
            PendingIntake pending = support.transactions().read(em -> find(em, source, reference));
            IntakeOffer offer = pending.offer();
            actor.requireSchool(offer.schoolId());
            if (registered(source, reference)) {
                throw new DomainException(IntakeMessages.INTAKE_ALREADY_REGISTERED);
            }
            checkSameChildAndPlace(offer, registration);
            Student student = registrations.register(actor, registration);
            support.transactions().run(em -> {
                em.createNativeQuery("UPDATE " + TABLE + " SET STUDENT_ID = ?, REGISTERED_AT = ?, REGISTERED_BY = ? "
                                + "WHERE SOURCE = ? AND REFERENCE = ? AND STUDENT_ID IS NULL")
                        .setParameter(1, student.id()).setParameter(2, Timestamp.from(support.now()))
                        .setParameter(3, actor.username()).setParameter(4, source).setParameter(5, reference)
                        .executeUpdate();
                Map<String, Object> ids = new LinkedHashMap<>();
                ids.put("source", source);
                ids.put("studentId", student.id());
                support.audit(em, AuditEvent.of(actor, "enrollment.intake.complete", "intake", reference,
                        offer.schoolId()).withChanges(ids));
            });
            tellSources(actor, source, reference, student.id());
            return student;
        });
    }

    /** The record saved is the offered child (same ID number), at the admitting school, in its starting grade. */
    private static void checkSameChildAndPlace(IntakeOffer offer, NewRegistration registration) {
        StudentData data = StudentValidator.normalise(registration.student());
        List<FieldError> errors = new ArrayList<>();
        if (data.schoolId() == null || data.schoolId() != offer.schoolId()) {
            errors.add(new FieldError("schoolId", IntakeMessages.INTAKE_PLACEMENT_CHANGED));
        }
        if (registration.entryGrade() != offer.entryGrade()) {
            errors.add(new FieldError("entryGrade", IntakeMessages.INTAKE_PLACEMENT_CHANGED));
        }
        if (offer.idNumber() != null && !offer.idNumber().toUpperCase(Locale.ROOT)
                .equals(data.idNumber() == null ? null : data.idNumber().toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError("idNumber", IntakeMessages.INTAKE_OTHER_CHILD));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void tellSources(Actor actor, String source, String reference, long studentId) {
        for (IntakeListener l : listeners) {
            try {
                l.registered(actor, source, reference, studentId);
            } catch (RuntimeException e) {
                // the registration stands; the source can be reconciled from the table
                LOG.warn("enrollment: an intake listener failed for {} (student {}): {}", source, studentId,
                        e.toString());
            }
        }
    }

    private boolean registered(String source, String reference) {
        return support.transactions().read(em -> em.createNativeQuery("SELECT STUDENT_ID FROM " + TABLE
                        + " WHERE SOURCE = ? AND REFERENCE = ?").setParameter(1, source).setParameter(2, reference)
                .getResultList().stream().anyMatch(v -> v != null));
    }

    private static PendingIntake find(EntityManager em, String source, String reference) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE SOURCE = ? AND REFERENCE = ?").setParameter(1, source).setParameter(2, reference)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(IntakeMessages.INTAKE_NOT_FOUND, String.valueOf(reference));
        }
        return pendingOf((Object[]) rows.get(0));
    }

    private static PendingIntake pendingOf(Object[] r) {
        IntakeOffer offer = new IntakeOffer((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (String) r[5],
                r[6] == null ? null : Sex.valueOf((String) r[6]), r[7] == null ? null : ((Date) r[7]).toLocalDate(),
                r[8] == null ? null : IdDocumentType.valueOf((String) r[8]), (String) r[9],
                r[10] == null ? null : HouseholdType.valueOf((String) r[10]), bool(r[11]), (String) r[12],
                (String) r[13], (String) r[14]);
        return new PendingIntake(offer, r[15] == null ? null : instant(r[15]));
    }

    private static boolean bool(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object v) {
        return v instanceof Timestamp t ? t.toInstant() : (Instant) v;
    }
}
