package org.xueji.platform.api.audit;

import java.time.Instant;

/** A stored audit row: {@code hash} chains it to the row before ({@code previousHash}). */
public record AuditRecord(long id, Instant time, String username, String displayName, String role, Long schoolId,
                          String action, String targetType, String targetId, String changes, String clientAddress,
                          String previousHash, String hash) {
}
