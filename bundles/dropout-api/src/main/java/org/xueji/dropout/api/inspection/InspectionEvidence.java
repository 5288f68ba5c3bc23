package org.xueji.dropout.api.inspection;

import java.time.Instant;

/** Follow-up evidence uploaded by the school (the bytes through {@link InspectionService#evidence}). */
public record InspectionEvidence(long id, String name, String mediaType, long bytes, String uploadedBy,
                                 Instant uploadedAt) {
}
