package org.xueji.dropout.service.internal.homevisit;

import java.util.List;
import java.util.Map;
import org.xueji.dropout.api.homevisit.HomeVisitMessages;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;

/**
 * Who sees which home visits (R28): district accounts all, school accounts their school, head
 * teachers and teachers their classes; 乡镇/村干部 none (home visits are the school's work).
 */
final class HomeVisitScope {

    private HomeVisitScope() {
    }

    static void requireStaff(Actor actor) {
        actor.requireCurrent();
        if (actor.isAreaScoped() || !actor.isDistrictWide() && actor.schoolId() == null) {
            throw new AccessDeniedException(HomeVisitMessages.SCHOOL_STAFF_ONLY);
        }
    }

    /** JPQL restriction on an alias with SCHOOL_ID/CLASS_ID columns ({@code schoolId}, {@code classId}). */
    static void clause(Actor actor, Long schoolId, String alias, List<String> where, Map<String, Object> params) {
        if (schoolId != null) {
            where.add(alias + ".schoolId = :onlySchool");
            params.put("onlySchool", schoolId);
        }
        if (actor.isDistrictWide()) {
            return;
        }
        where.add(alias + ".schoolId = :mySchool");
        params.put("mySchool", actor.schoolId());
        if (actor.isClassScoped()) {
            where.add(alias + ".classId in :myClasses");
            params.put("myClasses", actor.classIds().isEmpty() ? List.of(-1L) : List.copyOf(actor.classIds()));
        }
    }
}
