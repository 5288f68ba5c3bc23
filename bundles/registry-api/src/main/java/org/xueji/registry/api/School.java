package org.xueji.registry.api;

import java.util.List;

/**
 * A school of the district.
 *
 * @param serviceAreas communities and villages of its service area (学区)
 * @param oversize     flagged as over-size school (大校额, R8)
 */
public record School(long id, String code, String name, SchoolType type, String town,
                     List<String> serviceAreas, boolean oversize, String address, String phone) {
    public School {
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
    }
}
