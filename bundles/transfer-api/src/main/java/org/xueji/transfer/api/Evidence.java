package org.xueji.transfer.api;

import java.time.Instant;

/** A stored piece of evidence of a change (its bytes through {@link TransferService#evidence}). */
public record Evidence(long id, long changeId, EvidenceCategory category, String kind, String fileName, int bytes,
                       String uploadedBy, Instant uploadedAt) {
}
