package org.xueji.dropout.api.inspection;

import java.time.LocalDate;

/**
 * An awareness activity: a law session counts {@code participants}; a parent letter counts the
 * letters sent and signed back (signed ≤ sent).
 */
public record NewActivity(long schoolId, AwarenessKind kind, LocalDate heldOn, String title, int participants,
                          int lettersSent, int lettersSigned) {
}
