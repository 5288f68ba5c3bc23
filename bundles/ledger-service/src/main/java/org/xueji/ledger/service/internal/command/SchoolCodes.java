package org.xueji.ledger.service.internal.command;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/** School codes and enum names typed in the ledger commands. */
final class SchoolCodes {

    /** {@code --school BUREAU}: the bureau's own entries. */
    static final String BUREAU = "BUREAU";

    static long idOf(SchoolService schools, Actor actor, String code) {
        return schools.listSchools(actor).stream().filter(s -> s.code().equals(code.strip())).map(School::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("没有代码为 " + code + " 的学校"));
    }

    static Map<Long, String> names(SchoolService schools, Actor actor) {
        return schools.listSchools(actor).stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
    }

    static String name(Map<Long, String> names, Long schoolId) {
        return schoolId == null ? "区教育局（本级）" : names.getOrDefault(schoolId, "#" + schoolId);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + "无效：" + value + "（可选：" + java.util.Arrays.toString(
                    type.getEnumConstants()) + "）");
        }
    }

    private SchoolCodes() {
    }
}
