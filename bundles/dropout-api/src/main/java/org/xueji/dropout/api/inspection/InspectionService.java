package org.xueji.dropout.api.inspection;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Inspections (R30). The district (MANAGE_DROPOUT, district scope) records and closes them and
 * posts findings to the monthly ledger; the school (RECORD_DROPOUT, its own school) uploads the
 * follow-up evidence and reports the correction; VIEW_DROPOUT reads them in scope (a school only
 * its own inspections).
 */
public interface InspectionService {

    Inspection record(Actor actor, NewInspection inspection);

    /** Inspections in scope, newest first; {@code schoolId} null: all the actor may see. */
    List<Inspection> list(Actor actor, Long schoolId, boolean openOnly);

    Inspection get(Actor actor, long inspectionId);

    /** Follow-up evidence, judged by content (EvidenceRules.DOCUMENTS: PNG, JPEG, PDF, ≤ 10 MB). */
    Inspection addEvidence(Actor actor, long inspectionId, String fileName, byte[] content);

    EvidenceFile evidence(Actor actor, long evidenceId);

    /** The school reports the findings corrected: refused without follow-up evidence. */
    Inspection reportCorrected(Actor actor, long inspectionId, String note);

    /**
     * The district closes: an inspection with findings only once the school reported them
     * corrected and with follow-up evidence; one without findings at once.
     */
    Inspection close(Actor actor, long inspectionId, String note);

    /**
     * Posts a finding to the school's monthly ledger (once: a second post is refused); refused
     * when the ledger module is not installed.
     */
    Inspection postIncident(Actor actor, long inspectionId, long findingId);
}
