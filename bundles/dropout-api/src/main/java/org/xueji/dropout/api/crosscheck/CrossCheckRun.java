package org.xueji.dropout.api.crosscheck;

import java.time.Instant;
import java.util.Map;

/** One run of the comparisons; {@code counts}: findings per comparison in the asking actor's scope. */
public record CrossCheckRun(long id, Instant ranAt, String ranBy, Map<CheckKind, Long> counts) {
}
