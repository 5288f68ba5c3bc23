package org.xueji.registry.service.internal;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.service.internal.entity.SchoolClassEntity;

/**
 * R14 enforced, not only monitored: a class of a starting grade (1, 7, 10) never holds more
 * students than the cap (default 55), whatever path puts them there (registration, import,
 * edit, shell), unless the district granted the class extra places with a written reason.
 */
final class ClassCapRule {

    private ClassCapRule() {
    }

    /**
     * Refuses the arrivals when a starting-grade class would exceed its limit. The class row is
     * locked first, so two registrars adding the 55th and the 56th student at once are
     * serialised and the second is refused.
     *
     * @param arrivals class id → students about to be placed in it (not already there)
     */
    static void checkArrivals(EntityManager em, Map<Long, Integer> arrivals, LongFunction<SchoolClassEntity> classes,
                              int cap) {
        for (Map.Entry<Long, Integer> arrival : arrivals.entrySet()) {
            SchoolClassEntity c = classes.apply(arrival.getKey());
            if (c == null || !Grades.isStartingGrade(c.gradeLevel) || arrival.getValue() <= 0) {
                continue;
            }
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            long present = em.createQuery("select count(s) from Student s where s.classId = :c", Long.class)
                    .setParameter("c", c.id).getSingleResult();
            int limit = cap + c.extraPlaces;
            if (present + arrival.getValue() > limit) {
                throw new ValidationException(List.of(new FieldError("classId", RegistryMessages.CLASS_FULL,
                        Grades.className(c.gradeLevel, c.classNumber), limit, present, arrival.getValue())));
            }
        }
    }

    /** A starting-grade class is never planned above the cap (R14). */
    static void checkCapacity(List<FieldError> errors, int gradeLevel, int capacity, int cap) {
        if (Grades.isStartingGrade(gradeLevel) && capacity > cap) {
            errors.add(new FieldError("capacity", RegistryMessages.CAPACITY_OVER_CAP, cap));
        }
    }
}
