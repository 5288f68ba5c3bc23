package org.xueji.dropout.api.inspection;

import java.time.LocalDate;

/** A recorded activity with the semester its date falls in. */
public record Activity(long id, long schoolId, AwarenessKind kind, LocalDate heldOn, String title, int participants,
                       int lettersSent, int lettersSigned, int schoolYear, int semester, String recordedBy) {
}
