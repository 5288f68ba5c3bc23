package org.xueji.admission.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
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

    Intake(Supplier<PendingRegistrations> pending) {
        this.pending = pending;
    }

    /** Offers the admitted applications with these numbers (their school is PLACED_SCHOOL_ID). */
    int offer(EntityManager em, SeasonEntity season, List<String> numbers) {
        PendingRegistrations target = pending.get();
        if (target == null || numbers.isEmpty()) {
            return 0;
        }
        int stored = 0;
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            List<IntakeOffer> offers = new ArrayList<>();
            for (ApplicationEntity a : em.createQuery("select a from AdmApplication a where a.seasonId = :s "
                            + "and a.number in :n order by a.number", ApplicationEntity.class)
                    .setParameter("s", season.id).setParameter("n", numbers.subList(i, Math.min(numbers.size(),
                            i + CHUNK))).getResultList()) {
                offers.add(offerOf(season, a));
            }
            stored += target.offer(em, offers);
        }
        return stored;
    }

    int offer(EntityManager em, SeasonEntity season, ApplicationEntity a) {
        PendingRegistrations target = pending.get();
        return target == null ? 0 : target.offer(em, List.of(offerOf(season, a)));
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

    /** The family's 户口性质 as typed (农业 / 非农业, or the national code 1 / 2); anything else is left to the registrar. */
    static HouseholdType householdType(String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (HouseholdType h : HouseholdType.values()) {
            if (h.label().equals(t) || h.code().equals(t) || h.name().equals(t)
                    || (h.label() + "户口").equals(t)) {
                return h;
            }
        }
        return null;
    }

    private static String join(String street, String community) {
        String s = (blank(street) ? "" : street.strip()) + (blank(community) ? "" : community.strip());
        return s.isEmpty() ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
