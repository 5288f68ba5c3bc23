package org.xueji.registry.api;

import java.util.List;

/** Input for creating or changing a school. */
public record SchoolData(String code, String name, SchoolType type, String town, List<String> serviceAreas,
                         boolean oversize, String address, String phone) {
    public SchoolData {
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
    }
}
