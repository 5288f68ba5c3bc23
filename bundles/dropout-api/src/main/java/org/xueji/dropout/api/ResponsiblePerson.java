package org.xueji.dropout.api;

import java.time.Instant;

/** A named responsible person of an entry on one line (R22). */
public record ResponsiblePerson(ResponsibleLine line, String username, String displayName, String assignedBy,
                                Instant assignedAt) {
}
