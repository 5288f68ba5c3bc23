package org.xueji.admission.service.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.xueji.admission.api.Category;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.admission.service.internal.entity.SeasonEntity;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.intake.IntakeOffer;
import org.xueji.registry.api.intake.PendingRegistrations;

/**
 * Admitted children into enrollment's 新生注册 (issue 12, item 5): every admission decision
 * (allocation, 统筹 placement) offers its admitted applications as pending registrations on the
 * decision's own EntityManager, so both commit together. Without the enrollment module (the
 * optional service absent) nothing is offered and the decision still stands.
 */
final class Intake {

    /** The source name in enrollment's table; the reference is the application number. */
    static final String SOURCE = "admission";
    private static final int CHUNK = 500;

    private final Supplier<PendingRegistrations> pending;
    private final Supplier<Instant> now;

    Intake(Supplier<PendingRegistrations> pending, Supplier<Instant> now) {
        this.pending = pending;
        this.now = now;
    }

    /**
     * Offers the admitted applications with these numbers (their school is PLACED_SCHOOL_ID) and marks
     * them offered ({@code OFFERED_AT}); without enrollment they stay unmarked for {@link #offerWaiting}.
     */
    int offer(EntityManager em, SeasonEntity season, List<String> numbers) {
        PendingRegistrations target = pending.get();
        if (target == null || numbers.isEmpty()) {
            return 0;
        }
        int stored = 0;
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            List<String> chunk = numbers.subList(i, Math.min(numbers.size(), i + CHUNK));
            List<IntakeOffer> offers = new ArrayList<>();
            for (ApplicationEntity a : em.createQuery("select a from AdmApplication a where a.seasonId = :s "
                            + "and a.number in :n order by a.number", ApplicationEntity.class)
                    .setParameter("s", season.id).setParameter("n", chunk).getResultList()) {
                offers.add(offerOf(season, a));
            }
            stored += target.offer(em, offers);
            markOffered(em, season.id, chunk, now.get());
        }
        return stored;
    }

    int offer(EntityManager em, SeasonEntity season, ApplicationEntity a) {
        PendingRegistrations target = pending.get();
        if (target == null) {
            return 0;
        }
        int stored = target.offer(em, List.of(offerOf(season, a)));
        a.offeredAt = now.get();
        return stored;
    }

    /**
     * Offers again every admitted or placed child not yet offered (enrollment was absent at the
     * decision), in the caller's transaction, and marks them: the re-offer when enrollment comes back.
     * The offer is idempotent on enrollment's side, so a child offered twice is stored once.
     *
     * @return applications offered now (0 when enrollment is still absent)
     */
    int offerWaiting(EntityManager em) {
        if (pending.get() == null) {
            return 0;
        }
        int offered = 0;
        List<Long> seasons = em.createQuery("select distinct a.seasonId from AdmApplication a where a.offeredAt is null "
                + "and a.status in ('ADMITTED', 'PLACED') and a.placedSchoolId is not null", Long.class)
                .getResultList();
        for (Long seasonId : seasons) {
            // the season locked as the allocation and placements lock it: no child offered by two at once
            SeasonEntity season = em.find(SeasonEntity.class, seasonId, LockModeType.PESSIMISTIC_WRITE);
            List<String> numbers = em.createQuery("select a.number from AdmApplication a where a.seasonId = :s "
                    + "and a.offeredAt is null and a.status in ('ADMITTED', 'PLACED') and a.placedSchoolId is not null "
                    + "order by a.number", String.class).setParameter("s", seasonId).getResultList();
            offer(em, season, numbers);
            offered += numbers.size();
        }
        return offered;
    }

    private static void markOffered(EntityManager em, long seasonId, List<String> numbers, Instant at) {
        em.createQuery("update AdmApplication a set a.offeredAt = :t where a.seasonId = :s and a.number in :n")
                .setParameter("t", at).setParameter("s", seasonId).setParameter("n", numbers).executeUpdate();
    }

    /** What registration needs from an admitted application; sex and birth date from the ID number. */
    static IntakeOffer offerOf(SeasonEntity season, ApplicationEntity a) {
        ChineseIdNumber id = ChineseIdNumber.parse(a.idNumber);
        boolean migrant = Category.MIGRANT.name().equals(a.category);
        String address = blank(a.street) && migrant ? join(a.permitStreet, a.permitCommunity)
                : join(a.street, a.community);
        return new IntakeOffer(SOURCE, a.number, a.placedSchoolId, season.year, season.grade, a.childName, id.sex(),
                id.birthDate(), IdDocumentType.RESIDENT_ID, id.value(), householdType(a.householdType), migrant,
                a.guardianName, a.guardianPhone, address);
    }

    /**
     * The form's 户口性质: registry-api's {@link HouseholdType} by name or national code (1 / 2), as
     * the forms send it; null when empty. Other values are refused when the form is checked
     * ({@link #householdError}); rows stored before that rule are left to the registrar (null).
     */
    static HouseholdType householdType(String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (HouseholdType h : HouseholdType.values()) {
            if (h.name().equals(v) || h.code().equals(v)) {
                return h;
            }
        }
        return null;
    }

    /** The field error of a 户口性质 that is neither empty nor a {@link HouseholdType}; else null. */
    static org.xueji.platform.api.FieldError householdError(String value) {
        return blank(value) || householdType(value) != null ? null
                : new org.xueji.platform.api.FieldError("householdType",
                        org.xueji.admission.api.AdmissionMessages.HOUSEHOLD_TYPE_UNKNOWN);
    }

    private static String join(String street, String community) {
        String s = (blank(street) ? "" : street.strip()) + (blank(community) ? "" : community.strip());
        return s.isEmpty() ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
