package org.xueji.dropout.service.internal.crosscheck;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The district's towns and streets an imported list may name: {@code crossCheckTowns} in
 * {@code etc/org.xueji.dropout.cfg} (comma-separated). Unset, the demo district's towns, so that
 * a real district sees its own towns refused as unknown until it lists them.
 */
final class CrossCheckTowns {

    static final String KEY = "crossCheckTowns";
    static final Set<String> DEMO = Set.of("望岳街道", "麓谷街道", "梅溪湖街道", "观沙岭街道", "含浦街道", "坪塘街道",
            "莲花镇", "雨敞坪镇");

    private CrossCheckTowns() {
    }

    static Set<String> from(Map<String, Object> properties) {
        Object v = properties == null ? null : properties.get(KEY);
        if (v == null || v.toString().isBlank()) {
            return DEMO;
        }
        Set<String> towns = new LinkedHashSet<>();
        Arrays.stream(v.toString().split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(towns::add);
        return Set.copyOf(towns);
    }
}
