package org.xueji.ledger.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * One ledger entry.
 *
 * @param schoolId        the school it is held against; {@code null} for the bureau itself
 *                        (e.g. a bureau approval step that lapsed, a reprimand of the bureau)
 * @param sourceModule    who posted it: a module id such as {@code workflow} or {@code transfer},
 *                        or {@link #MANUAL} for entries the district recorded by hand
 * @param occurredOn      the day it happened; its month is the ledger month
 * @param descriptionKey  for posted incidents: the description's key ({@code null} for manual ones)
 * @param descriptionArgs its arguments
 * @param descriptionText for manual incidents: the recording user's text ({@code null} otherwise)
 * @param studentId       the student concerned, by id only, if any
 * @param reference       the source's own reference (e.g. {@code data-release#12/bureau}); a second
 *                        post with the same source and reference returns the first entry
 */
public record Incident(long id, Long schoolId, IncidentType type, String sourceModule, LocalDate occurredOn,
                       IncidentText descriptionKey, List<String> descriptionArgs, String descriptionText,
                       Long studentId, String reference, IncidentStatus status, Instant recordedAt,
                       String recordedBy, Instant closedAt, String closedBy, String closingNote,
                       List<FollowUp> followUps) {

    /** The source module of incidents the district recorded by hand. */
    public static final String MANUAL = "manual";

    public Incident {
        descriptionArgs = descriptionArgs == null ? List.of() : List.copyOf(descriptionArgs);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    public YearMonth month() {
        return YearMonth.from(occurredOn);
    }

    public boolean bureau() {
        return schoolId == null;
    }

    /** The description in the reader's language (a manual text is shown as typed). */
    public String description(Locale locale) {
        if (descriptionKey == null) {
            return descriptionText == null ? "" : descriptionText;
        }
        return descriptionKey.format(locale, descriptionArgs.toArray());
    }
}
