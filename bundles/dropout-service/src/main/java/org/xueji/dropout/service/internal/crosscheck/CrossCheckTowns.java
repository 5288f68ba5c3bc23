package org.xueji.dropout.service.internal.crosscheck;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/**
 * The district's towns and streets an imported list may name: {@code crossCheckTowns} in
 * {@code etc/org.xueji.dropout.cfg} (comma-separated) when the district lists them; unset, the
 * towns of the district's schools in the registry, read at each import (a school added later
 * brings its town). Never a built-in list: a district's own towns are never refused as unknown.
 */
final class CrossCheckTowns {

    static final String KEY = "crossCheckTowns";

    private CrossCheckTowns() {
    }

    /** The configured towns, or (unset or blank) the registry's school towns. */
    static Supplier<Set<String>> from(Map<String, Object> properties, SchoolService schools) {
        Object v = properties == null ? null : properties.get(KEY);
        if (v == null || v.toString().isBlank()) {
            return () -> ofSchools(schools);
        }
        Set<String> towns = new LinkedHashSet<>();
        Arrays.stream(v.toString().split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(towns::add);
        Set<String> configured = Set.copyOf(towns);
        return () -> configured;
    }

    /** The towns the registry's schools stand in (read as the system: the answer must not depend on who imports). */
    static Set<String> ofSchools(SchoolService schools) {
        return schools.listSchools(Actor.system("dropout.crosscheck.towns")).stream().map(School::town)
                .filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
