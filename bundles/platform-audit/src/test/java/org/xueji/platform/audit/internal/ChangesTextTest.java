package org.xueji.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Role;

@DisplayName("R7: the canonical text of changes")
class ChangesTextTest {

    @Test
    @DisplayName("before → after, keys sorted, strings quoted, other values bare")
    void readable() {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("name", List.of("张三", "张叁"));
        changes.put("grade", new Object[] {7, 8});
        changes.put("birthDate", Arrays.asList(null, LocalDate.of(2012, 3, 4)));
        changes.put("note", "换班");
        changes.put("role", Role.HEAD_TEACHER);
        changes.put("onlyChild", true);
        assertThat(ChangesText.of(changes)).isEqualTo("birthDate: null → 2012-03-04; grade: 7 → 8; name: \"张三\" → \"张叁\"; "
                + "note: \"换班\"; onlyChild: true; role: HEAD_TEACHER");
    }

    @Test
    @DisplayName("R7: the same map in any order gives the same text")
    void stable() {
        List<String> keys = new ArrayList<>(List.of("name", "sex", "classId", "guardians[0].phone", "地址", "a b"));
        Map<String, Object> first = new LinkedHashMap<>();
        for (String k : keys) {
            first.put(k, List.of(k + "-old", k + "-new"));
        }
        String expected = ChangesText.of(first);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(keys, new java.util.Random(i));
            Map<String, Object> shuffled = new LinkedHashMap<>();
            for (String k : keys) {
                shuffled.put(k, List.of(k + "-old", k + "-new"));
            }
            assertThat(ChangesText.of(shuffled)).isEqualTo(expected);
        }
        assertThat(ChangesText.of(new HashMap<>(first))).isEqualTo(expected);
        assertThat(ChangesText.of(new TreeMap<>(first))).isEqualTo(expected);
        assertThat(ChangesText.of(Map.copyOf(first))).isEqualTo(expected);
    }

    @Test
    @DisplayName("R7: nested maps and sets are sorted too")
    void nestedStable() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", 1);
        a.put("y", 2);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", 2);
        b.put("x", 1);
        assertThat(ChangesText.of(Map.of("m", a, "s", Set.of(3, 1, 2))))
                .isEqualTo(ChangesText.of(Map.of("s", Set.of(2, 3, 1), "m", b)))
                .isEqualTo("m: {x: 1, y: 2}; s: [1, 2, 3]");
        // a set of two is a set, not a change (its order is not defined)
        assertThat(ChangesText.of(Map.of("s", Set.of("b", "a")))).isEqualTo("s: [\"a\", \"b\"]");
    }

    @Test
    @DisplayName("R7: a value cannot imitate another entry, a change, null or a number")
    void unambiguous() {
        Map<String, Object> faked = Map.of("name", "x\"; role: \"admin");
        Map<String, Object> real = new LinkedHashMap<>();
        real.put("name", "x");
        real.put("role", "admin");
        assertThat(ChangesText.of(faked)).isNotEqualTo(ChangesText.of(real))
                .isEqualTo("name: \"x\\\"; role: \\\"admin\"");

        assertThat(ChangesText.of(Map.of("a", "1 → 2"))).isNotEqualTo(ChangesText.of(Map.of("a", List.of(1, 2))));
        assertThat(ChangesText.of(Map.of("a", "null"))).isNotEqualTo(ChangesText.of(Map.of("a", Arrays.asList(
                (Object) null)))).isEqualTo("a: \"null\"");
        assertThat(ChangesText.of(Map.of("a", "7"))).isNotEqualTo(ChangesText.of(Map.of("a", 7)));
        assertThat(ChangesText.of(Map.of("a", List.of("x", "y", "z")))).isEqualTo("a: [\"x\", \"y\", \"z\"]");
        assertThat(ChangesText.of(Map.of("a: b", 1))).isEqualTo("\"a: b\": 1");
    }

    @Test
    @DisplayName("R7: line breaks and control characters are escaped, backslashes too")
    void escaped() {
        assertThat(ChangesText.of(Map.of("note", "line1\nline2\t\u0000\u202e\\")))
                .isEqualTo("note: \"line1\\nline2\\t\\u0000\\u202e\\\\\"")
                .doesNotContain("\n");
        assertThat(ChangesText.clean("ok 张三 😀")).isEqualTo("ok 张三 😀");
        assertThat(ChangesText.clean("a\rb\ud800")).isEqualTo("a\\u000db\\ud800");
    }

    @Test
    @DisplayName("file contents are not copied into the trail, only their size")
    void bytesBySize() {
        assertThat(ChangesText.of(Map.of("scan", new byte[] {1, 2}))).isEqualTo("scan: <2 字节>");
        assertThat(ChangesText.of(Map.of())).isEmpty();
    }
}
