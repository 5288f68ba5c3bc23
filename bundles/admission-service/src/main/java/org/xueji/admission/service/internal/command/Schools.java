package org.xueji.admission.service.internal.command;

import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/** School codes typed in the admission commands and the names printed, within the acting account's scope. */
final class Schools {

    private Schools() {
    }

    static long idOf(SchoolService schools, Actor actor, String code) {
        return schools.listSchools(actor).stream().filter(s -> s.code().equals(code.strip())).map(School::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("没有代码为 " + code + " 的学校"));
    }

    static Map<Long, String> labels(SchoolService schools, Actor actor) {
        return schools.listSchools(actor).stream()
                .collect(Collectors.toMap(School::id, s -> s.code() + " " + s.name(), (a, b) -> a));
    }
}
