package org.xueji.ledger.api;

import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;

/**
 * The monthly ledger (台帐) and the annual target assessment (D4). Every method takes the acting
 * {@link Actor} and applies permission and school scope itself; every change is audited in the
 * same transaction; bad input is refused with a message key and stores nothing.
 *
 * <p>Other modules post through {@link #post}. They reference this service as an optional,
 * dynamic DS reference ({@code cardinality = OPTIONAL, policy = DYNAMIC}) and skip posting while
 * it is absent, so they work without the ledger installed; their feature lists the
 * {@code ledger-api} bundle only.
 */
public interface LedgerService {

    /**
     * A module posts an incident (R11, R16, R17 …), on behalf of the actor whose action caused it,
     * or of a platform job ({@link Actor#system}). Needs no ledger permission, but a school user
     * can only cause incidents of their own school; bureau incidents ({@code schoolId == null})
     * need a district-wide actor. Idempotent per source module and reference.
     */
    Incident post(Actor actor, IncidentPost post);

    /** The district records an incident by hand (R13 registry errors, R17 reprimands from above). */
    Incident record(Actor actor, ManualIncident incident);

    /**
     * A follow-up: a school on its own incidents, the district on any. An open incident becomes
     * followed up; a closed one takes no follow-up. District-wide notices are the district's.
     */
    Incident followUp(Actor actor, long incidentId, NewFollowUp followUp);

    /** The district closes a followed-up incident; schools cannot close. */
    Incident close(Actor actor, long incidentId, String note);

    Incident get(Actor actor, long incidentId);

    long count(Actor actor, LedgerQuery query);

    /** Newest first (by day, then id). */
    List<Incident> list(Actor actor, LedgerQuery query, int offset, int limit);

    /** The written self-review of a follow-up (audited). */
    LedgerDocument document(Actor actor, long followUpId);

    /** The annual score and the ranking of the schools in the actor's scope for one calendar year. */
    AnnualAssessment assessment(Actor actor, int year);

    /**
     * The entries of the ledger for an export (R4): uses one download of an approved data
     * release ({@code DataReleaseService.authorizeExport}), refused without one; the file must
     * carry {@link LedgerExport#watermark()}.
     */
    LedgerExport export(Actor actor, LedgerQuery query, long releaseId);

    /** The weights in force (configured or default), per type. */
    Map<IncidentType, Integer> weights();
}
