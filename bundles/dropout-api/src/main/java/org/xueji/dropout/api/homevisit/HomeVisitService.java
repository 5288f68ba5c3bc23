package org.xueji.dropout.api.homevisit;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Home visits (家访, R28). VIEW_DROPOUT to read, RECORD_DROPOUT to write; scope checked here:
 * head teachers and teachers their classes' students, school accounts their school, district
 * accounts all (乡镇/村干部 have no access: home visits are the school's work on registry students).
 */
public interface HomeVisitService {

    /** Records a contact (date not in the future; kind, visitors, content and outcome required). */
    HomeVisit record(Actor actor, NewHomeVisit visit);

    /** A student's contacts, newest first. */
    List<HomeVisit> visits(Actor actor, long studentId);

    /**
     * The priority children in scope with their standing today; {@code schoolId} narrows to one
     * school (required for the district's overdue list per school is {@code null}: all schools),
     * {@code overdueOnly} keeps the overdue ones.
     */
    List<VisitDue> dueList(Actor actor, Long schoolId, boolean overdueOnly);

    /** Marks or unmarks a group without a registry field (NO_CARER, HARDSHIP) for a student. */
    void mark(Actor actor, long studentId, PriorityGroup group, boolean on);
}
