package org.xueji.ledger.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An incident a module posts (R11, R16, R17 …).
 *
 * @param sourceModule the posting module's id, lower-case letters, digits and dashes (e.g. {@code transfer})
 * @param schoolId     the school responsible; {@code null} for the bureau
 * @param occurredOn   the day of the event, not in the future
 * @param description  the description's key
 * @param args         its arguments: ids, numbers, dates, codes — no personal data; at most 6
 * @param studentId    the student concerned by id, or {@code null}
 * @param reference    the module's own reference of the event, or {@code null}; posting the same
 *                     source and reference again returns the incident already recorded
 */
public record IncidentPost(IncidentType type, String sourceModule, Long schoolId, LocalDate occurredOn,
                           IncidentText description, List<String> args, Long studentId, String reference) {
    public IncidentPost {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
