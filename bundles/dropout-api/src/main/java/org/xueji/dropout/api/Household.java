package org.xueji.dropout.api;

import java.time.Instant;
import java.util.List;

/** An assigned household and, once recorded, its school-age children. */
public record Household(long id, long campaignId, long schoolId, String town, String village, String household,
                        String teacher, Instant recordedAt, String recordedBy, List<SurveyChild> children) {

    public Household {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean recorded() {
        return recordedAt != null;
    }
}
