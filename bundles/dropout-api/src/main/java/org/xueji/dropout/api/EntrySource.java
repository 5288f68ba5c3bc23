package org.xueji.dropout.api;

import java.time.LocalDate;
import org.xueji.registry.api.followup.AtRiskSource;

/** One finding behind an entry: an entry keeps every source that found the child (no duplicate entries). */
public record EntrySource(AtRiskSource source, String reference, LocalDate foundOn) {
}
