package org.xueji.admission.api;

import java.util.Set;

/** A community of a street and the schools it belongs to (多校划片: several schools per area). */
public record ServiceArea(String street, String community, Set<Long> schoolIds) {
    public ServiceArea {
        schoolIds = Set.copyOf(schoolIds);
    }

    public boolean covers(String street, String community) {
        return this.street.equals(street == null ? null : street.strip())
                && this.community.equals(community == null ? null : community.strip());
    }
}
