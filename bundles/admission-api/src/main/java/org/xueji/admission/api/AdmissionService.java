package org.xueji.admission.api;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * The admission season for the district and the schools (R24, R27). Every method checks the
 * actor's permission and scope first: set-up, seeds, allocation and placements are the district's
 * ({@code MANAGE_ADMISSION}); applications and reviews are the school's ({@code REVIEW_ADMISSION},
 * own school only).
 */
public interface AdmissionService {

    /** A new season (district). */
    Season createSeason(Actor actor, SeasonSetup setup);

    List<Season> seasons(Actor actor);

    Season season(Actor actor, long seasonId);

    /** Changes dates, ages, residence months and priority before the allocation; year and grade stay (district). */
    Season updateSeason(Actor actor, long seasonId, SeasonSetup setup);

    /** Adds or replaces a school's plan (district). */
    Season savePlan(Actor actor, long seasonId, SchoolPlan plan);

    /** Adds or replaces a community's schools (district). */
    Season saveArea(Actor actor, long seasonId, ServiceArea area);

    /** Sets a category's proof list and plain words (district). */
    Season saveDocumentRule(Actor actor, long seasonId, DocumentRule rule);

    /** Publishes the lottery seed before the draw; once published it cannot change (district). */
    Season publishSeed(Actor actor, long seasonId, String seed);

    /** An application entered at the school's counter, checked automatically (school of the form). */
    Application apply(Actor actor, long seasonId, ApplicationForm form);

    /** The school's review: accept (ELIGIBLE) or reject with the reason the family sees. */
    Application review(Actor actor, long applicationId, boolean accept, String reason);

    /** A page of the applications (at most 1,000), by number; a school sees its own and the children placed there. */
    List<Application> applications(Actor actor, ApplicationQuery query, int offset, int limit);

    /** How many applications {@link #applications} has for the same query (paging). */
    int countApplications(Actor actor, ApplicationQuery query);

    Application application(Actor actor, long applicationId);

    /** Allocation by priority within every plan, lotteries where a group is oversubscribed; once per season (district). */
    AllocationResult allocate(Actor actor, long seasonId);

    List<Draw> draws(Actor actor, long seasonId);

    /** Recomputes a recorded draw from its list and seed and compares (anyone who may see admission). */
    DrawVerification verifyDraw(Actor actor, long drawId);

    /** 统筹安排: the district places a not-admitted applicant at a school with seats left. */
    Application placeByDistrict(Actor actor, long applicationId, long schoolId);

    /** Seats left per school after allocation and placements (district or the school's own). */
    int seatsLeft(Actor actor, long seasonId, long schoolId);

    /** A school's published result: masked names and numbers (school's own, or the district). */
    List<PublicResult> results(Actor actor, long seasonId, long schoolId);

    /** Applications and admissions per school and category (scope: district all, school its own). */
    List<SchoolStatistics> statistics(Actor actor, long seasonId);

    /** Marks an admitted application as handed over to registration (the registrar, own school). */
    Application markRegistered(Actor actor, long applicationId);

    /**
     * Stores a proof's scan or photo (PDF, PNG, JPEG ≤ 10 MB, judged by content: platform-documents
     * {@code EvidenceRules.DOCUMENTS}) for a proof the category asks for, or the residence permit
     * ({@link #RESIDENCE_PERMIT}) of a migrant child (school of the application).
     */
    Evidence uploadEvidence(Actor actor, long applicationId, String proof, String fileName, byte[] content);

    List<Evidence> evidence(Actor actor, long applicationId);

    /**
     * A stored proof with its bytes (issue 12, item 2), for the schools that may see its application
     * (applied to or placed at) and the district; every reading audited ({@code admission.evidence.view}).
     */
    EvidenceFile evidenceFile(Actor actor, long evidenceId);

    /**
     * Each school's results of a season (issue 12, item 1), by school id: plan, applications and
     * admitted per category, the lotteries, placements and seats left. The district sees every school
     * with a plan, a school its own; {@code schoolIds} (null: all) narrows it (the view's search by name).
     */
    List<SchoolResult> schoolResults(Actor actor, long seasonId, java.util.Set<Long> schoolIds, int offset, int limit);

    /** How many schools {@link #schoolResults} has for the same arguments (paging). */
    int countSchoolResults(Actor actor, long seasonId, java.util.Set<Long> schoolIds);

    /** The proof code of the residence permit's scan. */
    String RESIDENCE_PERMIT = "RESIDENCE_PERMIT";
}
