package org.xueji.specialneeds.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A logged visit; the signature and photos are fetched one by one ({@link SpecialNeedsService#evidence}). */
public record Visit(long id, long childId, LocalDate date, LocalTime start, LocalTime end, int periods,
                    List<String> teachers, String content, String progress, boolean remote,
                    boolean confirmedByCode, boolean confirmedBySignature, List<Long> photoIds, String recordedBy) {

    public Visit {
        teachers = List.copyOf(teachers);
        photoIds = List.copyOf(photoIds);
    }

    public VisitFact fact() {
        return new VisitFact(date, periods, remote);
    }
}
