package org.xueji.dropout.service.internal.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;

/** The towns an imported household register may name (issue 10, item 5): the district's, never a built-in list. */
class CrossCheckTownsTest {

    /** A registry of three schools in two towns (one town written with spaces), and one without a town. */
    private static final List<School> SCHOOLS = List.of(
            new School(1, "S1", "黄花镇中心小学", SchoolType.PRIMARY, "黄花镇", List.of(), false, null, null),
            new School(2, "S2", "黄花镇中学", SchoolType.JUNIOR, " 黄花镇 ", List.of(), false, null, null),
            new School(3, "S3", "春华镇小学", SchoolType.PRIMARY, "春华镇", List.of(), false, null, null),
            new School(4, "S4", "区直属学校", SchoolType.PRIMARY, null, List.of(), false, null, null));

    private final SchoolService schools = (SchoolService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {SchoolService.class}, (p, m, a) -> switch (m.getName()) {
                case "listSchools" -> {
                    assertThat(((Actor) a[0]).isDistrictWide()).as("read as the system, whoever imports").isTrue();
                    yield SCHOOLS;
                }
                default -> throw new AssertionError("not used: " + m.getName());
            });

    @Test
    void configuredTownsAreTheList_commaOrEnumerationCommaSeparated() {
        assertThat(CrossCheckTowns.from(Map.of(CrossCheckTowns.KEY, "莲花镇，雨敞坪镇、 坪塘街道,"), schools).get())
                .containsExactlyInAnyOrder("莲花镇", "雨敞坪镇", "坪塘街道");
    }

    @Test
    void unsetOrBlank_theTownsOfTheRegistrysSchools_notTheDemoDistricts() {
        for (Map<String, Object> properties : List.<Map<String, Object>>of(Map.of(), Map.of(CrossCheckTowns.KEY, " "))) {
            assertThat(CrossCheckTowns.from(properties, schools).get()).containsExactlyInAnyOrder("黄花镇", "春华镇");
        }
        assertThat(CrossCheckTowns.from(null, schools).get()).doesNotContain("望岳街道", "莲花镇");
    }
}
