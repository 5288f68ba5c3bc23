package org.xueji.admission.service.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationChecks;
import org.xueji.admission.api.ApplicationForm;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.Season;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.UniqueKeys;

/**
 * Submitting and editing an application, shared by the school's counter and the public page:
 * the automatic checks, the district-wide duplicate check, the row and its audit (no personal
 * values in the audit row) in one transaction.
 */
final class ApplicationWrites {

    static final String TARGET = "admission-application";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ModuleSupport support;

    ApplicationWrites(ModuleSupport support) {
        this.support = support;
    }

    Application submit(Actor actor, long seasonId, ApplicationForm form) {
        return support.transactions().inTransaction(em -> {
            Season season = Records.season(em, seasonId);
            LocalDate today = support.today();
            check(season, form, today);
            String id = ApplicationChecks.idNumber(season.setup(), form.idNumber());
            Long same = em.createQuery("select count(a) from AdmApplication a where a.seasonId = :s and a.idNumber = :i",
                    Long.class).setParameter("s", seasonId).setParameter("i", id).getSingleResult();
            if (same > 0) {
                throw new ValidationException(List.of(new FieldError("idNumber", AdmissionMessages.DUPLICATE_APPLICATION)));
            }
            ApplicationEntity e = new ApplicationEntity();
            e.seasonId = seasonId;
            Records.copy(form, id, e);
            e.number = newNumber(em, season);
            e.status = ApplicationStatus.SUBMITTED.name();
            e.submittedAt = support.now();
            e.submittedBy = actor.username();
            em.persist(e);
            try {
                em.flush();
            } catch (PersistenceException racing) {
                // the same child submitted at the same moment elsewhere, which the count above could not see
                if (UniqueKeys.violated(racing, "UQ_ADM_APP_CHILD")) {
                    throw new ValidationException(List.of(new FieldError("idNumber",
                            AdmissionMessages.DUPLICATE_APPLICATION)));
                }
                throw racing;
            }
            support.audit(em, event(actor, "admission.application.submit", e));
            return Records.application(e);
        });
    }

    /** The family's change while the window is open and before the school decided (a rejected one goes back to review). */
    Application edit(Actor actor, ApplicationEntity e, ApplicationForm form, EntityManager em) {
        Season season = Records.season(em, e.seasonId);
        ApplicationStatus status = ApplicationStatus.valueOf(e.status);
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.REJECTED) {
            throw SetupRules.invalid("status", AdmissionMessages.APPLICATION_NOT_EDITABLE);
        }
        check(season, form, support.today());
        String id = ApplicationChecks.idNumber(season.setup(), form.idNumber());
        if (!id.equals(e.idNumber)) {
            // the pair (number, ID) is the family's key: the child cannot change
            throw SetupRules.invalid("idNumber", AdmissionMessages.APPLICATION_NOT_EDITABLE);
        }
        Records.copy(form, id, e);
        e.status = ApplicationStatus.SUBMITTED.name();
        e.rejectionReason = null;
        em.flush();
        support.audit(em, event(actor, "admission.application.edit", e));
        return Records.application(e);
    }

    /** The automatic checks plus the 户口性质 (a registry code, checked here where registry-api is known), reported together. */
    private static void check(Season season, ApplicationForm form, LocalDate today) {
        FieldError household = Intake.householdError(form.householdType());
        try {
            ApplicationChecks.check(season, form, today);
        } catch (ValidationException e) {
            if (household == null) {
                throw e;
            }
            List<FieldError> all = new java.util.ArrayList<>(e.errors());
            all.add(household);
            throw new ValidationException(all);
        }
        if (household != null) {
            throw new ValidationException(List.of(household));
        }
    }

    /** "2026-1-" and 8 random digits: not guessable from another family's number. */
    private static String newNumber(EntityManager em, Season season) {
        while (true) {
            String n = season.setup().year() + "-" + season.setup().grade() + "-"
                    + String.format("%08d", RANDOM.nextInt(100_000_000));
            Long taken = em.createQuery("select count(a) from AdmApplication a where a.number = :n", Long.class)
                    .setParameter("n", n).getSingleResult();
            if (taken == 0) {
                return n;
            }
        }
    }

    static AuditEvent event(Actor actor, String action, ApplicationEntity e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("season", e.seasonId);
        details.put("category", e.category);
        details.put("status", e.status);
        if (e.placedSchoolId != null) {
            details.put("placedSchool", e.placedSchoolId);
        }
        return AuditEvent.of(actor, action, TARGET, e.id, e.schoolId).withChanges(details);
    }
}
