package org.xueji.registry.api.followup;

import java.time.LocalDate;

/**
 * Whiteboard: told after a placement of a referred child was approved (after commit). The
 * dropout module closes the referring entry with the outcome "home teaching" through its own
 * approval. Called for referrals only ({@code source} as given in the referral).
 */
public interface PlacementListener {

    void placed(String source, Long studentId, Placement placement, LocalDate decidedOn);
}
