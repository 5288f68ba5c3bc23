package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, in the browser: the district administrator dry-runs the rollover of the demo
 * district's previous school year (2025—2026, ended), then rolls over one school, and the
 * shell's {@code xueji:rollover} finds it done. Runs last:
 * it changes that school's grades, which the other console tests count.
 */
@Order(200)
@DisplayName("Year-end rollover (issue 15)")
class RolloverE2E extends ConsoleTest {

    private static final String SCHOOL_CODE = "4301040001";

    @Test
    @DisplayName("a dry run of one school shows its students per grade; the run rolls it over once")
    void dryRunThenRollOverOneSchool() {
        // the school's students as the 学校 view counts them (class sizes), before anything happens
        console.open("schools");
        console.waitForGrid("school-grid");
        List<String> schoolRow = console.gridRows("school-grid").stream()
                .filter(r -> r.get(0).equals(SCHOOL_CODE)).findFirst().orElseThrow();
        String label = SCHOOL_CODE + " " + schoolRow.get(1);
        int students = Integer.parseInt(schoolRow.get(schoolRow.size() - 1));

        console.open("rollover");
        // the previous, ended school year is offered first
        assertThat(console.shownValue("rollover-year")).isEqualTo("2025—2026");
        console.click("rollover-dry-run");
        console.waitForGrid("rollover-plan");
        assertThat(console.text("rollover-totals")).contains("待升级 20 所学校").contains("有问题的学校 0 所");

        console.chooseComboItem("rollover-school", label);
        console.click("rollover-dry-run");
        console.waitForGrid("rollover-plan");
        List<List<String>> rows = console.gridRows("rollover-plan");
        // columns: school, grade, classes, moving up, graduating, repeating, classes to create, status
        assertThat(rows.get(0).get(0)).isEqualTo(label);
        assertThat(rows.get(0).get(7)).isEqualTo("待升级");
        List<List<String>> grades = rows.subList(1, rows.size());
        int movingUp = grades.stream().mapToInt(r -> Integer.parseInt(r.get(3))).sum();
        int graduating = grades.stream().mapToInt(r -> Integer.parseInt(r.get(4))).sum();
        int repeating = grades.stream().mapToInt(r -> Integer.parseInt(r.get(5))).sum();
        // every student of the school is accounted for, and only the final grade graduates
        assertThat(movingUp + graduating + repeating).isEqualTo(students);
        assertThat(graduating).isPositive();
        assertThat(grades).filteredOn(r -> !r.get(4).equals("0")).singleElement()
                .satisfies(r -> assertThat(r.get(1)).isIn("六年级", "九年级"));

        assertThat(console.isEnabled("rollover-run")).isTrue();
        console.click("rollover-run");
        String result = console.until(d -> {
            String t = console.text("rollover-result");
            return t.startsWith("升级完成") ? t : null;
        }, "the rollover to finish");
        assertThat(result).contains("1 所学校（0 所此前已完成）").contains("升级 " + movingUp + " 人")
                .contains("毕业 " + graduating + " 人");
        // the plan shown again: the school is done, and there is nothing more to run
        console.waitForGrid("rollover-plan");
        assertThat(console.gridRows("rollover-plan").get(0).get(7)).isEqualTo("已完成");
        assertThat(console.isEnabled("rollover-run")).isFalse();

        // the shell sees the same: the school is done, a second run there does nothing
        assertThat(karaf.shell("xueji:rollover --dry-run --school " + SCHOOL_CODE + " 2025"))
                .contains(SCHOOL_CODE).contains("已完成");
        assertThat(karaf.shell("xueji:rollover --school " + SCHOOL_CODE + " 2025"))
                .contains("完成：0 所学校升级（1 所此前已完成）");

        // the graduates are no longer counted in the school's classes
        console.open("schools");
        console.waitForGrid("school-grid");
        List<String> after = console.gridRows("school-grid").stream()
                .filter(r -> r.get(0).equals(SCHOOL_CODE)).findFirst().orElseThrow();
        assertThat(Integer.parseInt(after.get(after.size() - 1))).isEqualTo(students - graduating);
    }
}
