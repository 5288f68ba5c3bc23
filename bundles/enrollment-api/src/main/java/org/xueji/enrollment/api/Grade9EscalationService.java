package org.xueji.enrollment.api;

import java.time.LocalDate;
import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * R18 before the 中考 (issue 15): from a configurable number of working days before the
 * school year's 中考 date, every grade-9 student without a valid record and every grade-9
 * record not confirmed present is escalated daily to the school's principal and registrar
 * and to the district (reminders); after the 中考 date each remaining case is a ledger
 * incident naming them.
 */
public interface Grade9EscalationService {

    /** The escalations of a day, for the schools in the actor's scope. */
    List<Grade9Escalation> escalations(Actor actor, LocalDate day);
}
