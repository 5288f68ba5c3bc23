package org.xueji.dropout.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.xueji.platform.api.identity.Sex;

/**
 * An entry of the suspected-dropout / dropout ledgers (R23). The ID number is masked (IdentityMask).
 *
 * @param missingLines responsible lines with nobody named (shown in red, R22)
 * @param lastVisitOn  the last 劝返 visit, or null
 * @param closeRequest the workflow request of a pending or decided closing, or null
 */
public record Entry(long id, EntryStatus status, Long studentId, String name, Sex sex, LocalDate birthDate,
                    String idNumberMasked, Long schoolId, Long classId, String household, String town,
                    String village, ReasonCategory reason, LocalDate foundOn, List<EntrySource> sources,
                    String confirmedBy, LocalDate confirmedOn, ClosingOutcome outcome, Long closeRequest,
                    LocalDate closedOn, List<ResponsiblePerson> responsible, Set<ResponsibleLine> missingLines,
                    LocalDate lastVisitOn, long version) {

    public Entry {
        sources = sources == null ? List.of() : List.copyOf(sources);
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        missingLines = missingLines == null ? Set.of() : Set.copyOf(missingLines);
    }
}
