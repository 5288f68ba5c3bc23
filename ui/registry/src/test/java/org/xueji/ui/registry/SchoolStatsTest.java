package org.xueji.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolType;

class SchoolStatsTest {

    private static ClassSize size(long classId, long schoolId, int students) {
        return new ClassSize(new SchoolClass(classId, schoolId, 1, (int) classId, 2026, 45, "王老师"), "学校" + schoolId,
                students, 55);
    }

    @Test
    void totalsPerSchool() {
        Map<Long, SchoolStats.Totals> totals = SchoolStats.bySchool(List.of(size(1, 1, 40), size(2, 1, 56),
                size(3, 2, 30)));

        assertThat(totals).containsEntry(1L, new SchoolStats.Totals(2, 96)).containsEntry(2L,
                new SchoolStats.Totals(1, 30));
        assertThat(SchoolStats.bySchool(null)).isEmpty();
    }

    @Test
    void countsClassesOverTheCap() {
        assertThat(SchoolStats.overCap(List.of(size(1, 1, 55), size(2, 1, 56), size(3, 2, 70)))).isEqualTo(2);
    }

    @Test
    void filtersSchoolsByNameCodeOrTown() {
        School s = new School(1, "3601020001", "东湖区第一小学", SchoolType.PRIMARY, "董家窑街道",
                List.of("东湖社区", "西湖社区"), false, null, null);

        assertThat(SchoolStats.matches(s, "第一")).isTrue();
        assertThat(SchoolStats.matches(s, "360102")).isTrue();
        assertThat(SchoolStats.matches(s, "董家窑")).isTrue();
        assertThat(SchoolStats.matches(s, " ")).isTrue();
        assertThat(SchoolStats.matches(s, "中学")).isFalse();
        assertThat(SchoolStats.serviceAreas(s)).isEqualTo("东湖社区、西湖社区");
    }
}
