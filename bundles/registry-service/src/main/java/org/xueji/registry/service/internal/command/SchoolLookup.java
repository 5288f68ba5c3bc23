package org.xueji.registry.service.internal.command;

import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/** Resolves a school code typed in the shell. */
final class SchoolLookup {

    static Long idOf(SchoolService schools, Actor actor, String code) {
        if (code == null) {
            return null;
        }
        return schools.listSchools(actor).stream().filter(s -> s.code().equals(code.strip()))
                .map(School::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有代码为 " + code + " 的学校（可用 Tab 补全）"));
    }

    private SchoolLookup() {
    }
}
