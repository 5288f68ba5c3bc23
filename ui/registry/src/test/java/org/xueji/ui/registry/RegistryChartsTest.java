package org.xueji.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.SchoolClass;

/** The dashboard charts' numbers: students per grade, class sizes against the R14 cap. */
class RegistryChartsTest {

    private static ClassSize size(long id, long school, int grade, int number, int students) {
        return new ClassSize(new SchoolClass(id, school, grade, number, 2026, 55, null), "学校" + school, students, 55);
    }

    @Test
    @DisplayName("students are summed per grade, in grade order")
    void studentsPerGrade() {
        List<ClassSize> sizes = List.of(size(1, 1, 7, 1, 50), size(2, 1, 1, 1, 40), size(3, 1, 7, 2, 57));
        assertThat(RegistryCharts.studentsPerGrade(sizes)).containsExactly(
                new RegistryCharts.Bar("一年级", 40), new RegistryCharts.Bar("七年级", 107));
    }

    @Test
    @DisplayName("R14: one school's classes are all drawn with their names; the cap comes from the service")
    void oneSchool() {
        List<ClassSize> sizes = List.of(size(1, 1, 7, 1, 50), size(2, 1, 7, 2, 57));
        assertThat(RegistryCharts.classSizes(sizes)).extracting(RegistryCharts.Bar::value).containsExactly(50, 57);
        assertThat(RegistryCharts.classSizes(sizes).get(0).label()).doesNotContain("学校1");
        assertThat(RegistryCharts.cap(sizes)).isEqualTo(55);
        assertThat(RegistryCharts.cap(List.of())).isNull();
    }

    @Test
    @DisplayName("many classes of many schools: the 30 largest, largest first, labelled with the school")
    void largestOfMany() {
        List<ClassSize> sizes = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sizes.add(size(i, i % 2 + 1, 1, i, i));
        }
        List<RegistryCharts.Bar> bars = RegistryCharts.classSizes(sizes);
        assertThat(bars).hasSize(30);
        assertThat(bars.get(0).value()).isEqualTo(40);
        assertThat(bars.get(29).value()).isEqualTo(11);
        assertThat(bars.get(0).label()).startsWith("学校1 ");
    }
}
