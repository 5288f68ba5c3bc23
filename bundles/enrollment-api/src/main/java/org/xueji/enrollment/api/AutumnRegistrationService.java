package org.xueji.enrollment.api;

import java.util.List;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.StudentSummary;

/**
 * The autumn registration of current students (在校生学籍注册, issue 15). After the year-end
 * rollover the district opens it for a school year; it is a 人籍一致 check (R18) of the first
 * semester due on the school year's registration deadline, so each school confirms the
 * students actually present with the same tools: presence ticked class by class
 * ({@link VerificationService#submitPresence}) or an uploaded roster. A student counts as
 * confirmed once ticked present (or, with an uploaded roster, matched by it).
 */
public interface AutumnRegistrationService {

    /** District only (audited): opens the registration of a school year, once. */
    VerificationCampaign open(Actor actor, int schoolYear);

    /** The registration's campaign, when the district has opened it (district calendar, no school data). */
    Optional<VerificationCampaign> campaign(Actor actor, int schoolYear);

    /** Per school in the actor's scope: classes and students confirmed against the deadline. */
    List<AutumnRegistrationProgress> progress(Actor actor, int schoolYear);

    /**
     * The school's records not confirmed present (every record while the school has not
     * started), for follow-up; in class and name order.
     */
    List<StudentSummary> unconfirmed(Actor actor, int schoolYear, long schoolId);
}
