package org.xueji.dropout.api;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded 劝返 visit; the evidence itself is read with {@link DropoutService#evidence}. */
public record Visit(long id, long entryId, LocalDate visitedOn, String visitors, String met, String outcome,
                    String nextStep, String evidenceName, String evidenceType, int evidenceBytes,
                    String recordedBy, Instant recordedAt) {
}
