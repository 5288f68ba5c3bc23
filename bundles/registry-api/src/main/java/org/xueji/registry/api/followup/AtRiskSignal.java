package org.xueji.registry.api.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child with a registry record found possibly out of school.
 *
 * @param source    where it was found
 * @param studentId the registry record
 * @param schoolId  the school holding the record when found
 * @param foundOn   the date of the finding
 * @param reference the finding in its module (e.g. {@code transfer:42}, {@code r18:7:1234}):
 *                  a listener hearing the same source and reference twice does nothing the second
 *                  time, so a retry never doubles an entry
 */
public record AtRiskSignal(AtRiskSource source, long studentId, long schoolId, LocalDate foundOn,
                           String reference) {

    public AtRiskSignal {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(foundOn, "foundOn");
        Objects.requireNonNull(reference, "reference");
    }
}
