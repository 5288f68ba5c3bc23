package org.xueji.dropout.api;

import java.time.Instant;
import java.time.LocalDate;

/** A survey campaign (拉网式排查) of one semester, opened and closed by the district. */
public record Campaign(long id, String title, int schoolYear, int semester, LocalDate openedOn, boolean closed,
                       String openedBy, Instant closedAt) {
}
