package org.xueji.ledger.api;

import java.time.Instant;

/**
 * What was done about an incident.
 *
 * @param noticeNumber  the district-wide notice's reference number, for {@link FollowUpKind#DISTRICT_NOTICE}
 * @param documentName  the written self-review's file name, for {@link FollowUpKind#SELF_REVIEW}
 * @param documentBytes its size; the content is read with {@link LedgerService#document}
 */
public record FollowUp(long id, long incidentId, FollowUpKind kind, String note, String noticeNumber,
                       String documentName, int documentBytes, Instant recordedAt, String recordedBy) {
}
