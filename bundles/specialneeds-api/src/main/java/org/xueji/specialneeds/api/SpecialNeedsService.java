package org.xueji.specialneeds.api;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Special-needs education and home teaching (R25–R27). Every method checks permission
 * (VIEW_SPECIAL_NEEDS to read, RECORD_SPECIAL_NEEDS to write) and scope first: a school its
 * responsible children, a town official the towns and villages of {@code AccountAreas}, the
 * district all.
 */
public interface SpecialNeedsService {

    /** Registers a child (R25). */
    Child register(Actor actor, ChildData data);

    Child child(Actor actor, long childId);

    List<Child> children(Actor actor, ChildQuery query);

    /**
     * Records an assessment and proposes its placement through the workflow (the school
     * proposes, the district approves with APPROVE_CHANGE). On approval the child's registry
     * record gets the placement's flag in the same transaction.
     */
    Assessment assess(Actor actor, long childId, AssessmentData data);

    List<Assessment> assessments(Actor actor, long childId);

    /** A new version of the child's plan for a semester, submitted to the school's leader. Only for home teaching. */
    Plan savePlan(Actor actor, long childId, PlanData data);

    List<Plan> plans(Actor actor, long childId);

    /** The plan as a PDF (A4, Chinese). */
    byte[] planPdf(Actor actor, long planId);

    /** Logs a visit (R26); refused whole on bad input. */
    Visit logVisit(Actor actor, VisitData data);

    List<Visit> visits(Actor actor, long childId);

    Evidence evidence(Actor actor, long evidenceId);

    /** The child's live R26 standing today. */
    ChildStatus status(Actor actor, long childId);

    /** Children taught at home in scope with their standing; {@code status} null for all. */
    List<ChildStatus> homeTeaching(Actor actor, Long schoolId, ComplianceStatus status);

    /** The district view: per school and town. */
    List<ComplianceSummary> summary(Actor actor);

    /** The R26 thresholds in force. */
    ComplianceRule rule();

    /**
     * Corrects a register entry's fields (R25), checked as at registration; the scope is checked
     * for the entry as it is and as it will be. The registry record of a child already placed
     * cannot be changed (its flag was set on that record). Audited with the changed fields'
     * names only. Returns the entry as saved (unchanged, and not audited, when nothing changed).
     */
    Child updateChild(Actor actor, long childId, ChildData data);

    /**
     * Removes an entry registered by mistake. Only while nothing else was recorded for the child
     * (no assessment, plan or visit) and it did not come from a referral: a child with a history
     * keeps it (a child who leaves home teaching is assessed again instead).
     */
    void removeChild(Actor actor, long childId, RemovalReason reason);
}
