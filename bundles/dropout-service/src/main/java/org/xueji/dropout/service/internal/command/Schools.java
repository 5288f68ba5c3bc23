package org.xueji.dropout.service.internal.command;

import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/** School codes typed in the dropout commands and names printed by them. */
final class Schools {

    static long idOf(SchoolService schools, Actor actor, String code) {
        return schools.listSchools(actor).stream().filter(s -> s.code().equals(code.strip())).map(School::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("没有代码为 " + code + " 的学校"));
    }

    static Map<Long, String> names(SchoolService schools, Actor actor) {
        return schools.listSchools(actor).stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
    }

    static String name(Map<Long, String> names, Long schoolId) {
        return schoolId == null ? "—" : names.getOrDefault(schoolId, "#" + schoolId);
    }

    private Schools() {
    }
}
