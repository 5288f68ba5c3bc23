package org.xueji.specialneeds.api;

import java.time.LocalDate;
import java.util.Objects;

/** What the R26 rule looks at in a visit: its day, its class periods, whether it was a remote lesson. */
public record VisitFact(LocalDate date, int periods, boolean remote) {

    public VisitFact {
        Objects.requireNonNull(date, "date");
    }
}
