package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 注册进度 (R19): the district administrator's table of each school's registration of new
 * grade-1 (due end of September) and grade-7 (end of October) students agrees with the shell's
 * {@code xueji:deadlines}; rows past their due date that are not complete are marked overdue in
 * red, complete schools show 已完成; the home page's 新生注册进度 card counts the overdue schools.
 * Reads only: no due date is changed.
 */
@Order(21)
@DisplayName("Enrollment: registration deadlines and progress (R19)")
class EnrollmentDeadlinesE2E extends ConsoleTest {

    /**
     * A row of {@code xueji:deadlines}: 学校 | 年级 | 计划 | 已注册 | 完成率 | 逾期注册 | 截止日期 | 剩余天数 | 状态
     * (the status of an overdue row is prefixed with {@code !! }).
     */
    record Progress(String school, String grade, int planned, int registered, String percent, int late,
                    String dueDate, int daysLeft, String status) {

        static Progress of(List<String> cells) {
            return new Progress(cells.get(0), cells.get(1), Integer.parseInt(cells.get(2)),
                    Integer.parseInt(cells.get(3)), cells.get(4), Integer.parseInt(cells.get(5)), cells.get(6),
                    Integer.parseInt(cells.get(7)), cells.get(8).replace("!!", "").strip());
        }

        boolean overdue() {
            return status.equals("已逾期");
        }

        /** The grid's cells of this row: school, grade, planned, registered, percent, late, due date, days left, status. */
        List<String> gridCells() {
            String days = daysLeft > 0 ? daysLeft + " 天" : daysLeft == 0 ? "今天截止" : "已过 " + (-daysLeft) + " 天";
            return List.of(school, grade, String.valueOf(planned), String.valueOf(registered),
                    planned <= 0 ? "—" : percent, String.valueOf(late), dueDate, days, status);
        }
    }

    private static List<Progress> shellProgress() {
        List<Progress> rows = Karaf.tableRows(karaf.shell("xueji:deadlines")).stream().map(Progress::of).toList();
        assertThat(rows).as("rows of xueji:deadlines").isNotEmpty();
        return rows;
    }

    /**
     * Every row of a grid, scrolled through (the grid renders only the rows in view), in the
     * grid's order.
     */
    private static List<List<String>> allRows(String gridId) {
        int size = console.gridSize(gridId);
        LinkedHashSet<List<String>> rows = new LinkedHashSet<>();
        for (int i = 0; i < size; i += 5) {
            console.js("document.getElementById(arguments[0]).scrollToIndex(arguments[1]);", gridId, i);
            console.waitForGrid(gridId);
            rows.addAll(console.gridRows(gridId));
        }
        console.js("document.getElementById(arguments[0]).scrollToIndex(0);", gridId);
        console.waitForGrid(gridId);
        assertThat(rows).as("rows of #" + gridId).hasSize(size);
        return new ArrayList<>(rows);
    }

    /** Red as Lumo's error text colour is: much red, little green. */
    private static void assertRed(WebElement e, String what) {
        String colour = e.getCssValue("color");
        String[] rgb = colour.replaceAll("[^0-9,.]", "").split(",");
        assertThat(Integer.parseInt(rgb[0].split("\\.")[0])).as(what + " red part of " + colour).isGreaterThan(150);
        assertThat(Integer.parseInt(rgb[1].split("\\.")[0])).as(what + " green part of " + colour).isLessThan(100);
    }

    @Test
    @Order(1)
    @DisplayName("R19: the table agrees with xueji:deadlines, row by row, and the summary adds up")
    void tableAgreesWithTheShell() {
        console.open("enrollment/deadlines");
        console.waitForGrid("deadline-grid");
        List<Progress> shell = shellProgress();
        LocalDate today = karaf.platformNow().toLocalDate();

        // R19: the standard due dates (unless the bureau moved them): grade 1 end of September, grade 7 end of October
        assertThat(shell).allSatisfy(p -> {
            assertThat(LocalDate.parse(p.dueDate()).isBefore(today)).as(p + " due before today")
                    .isEqualTo(p.daysLeft() < 0);
            if (p.daysLeft() < 0 && p.registered() < p.planned()) {
                assertThat(p.status()).as(p.school() + " " + p.grade()).isEqualTo("已逾期");
            }
        });
        assertThat(shell).as("overdue rows (platform date %s)", today).anyMatch(Progress::overdue);

        assertThat(console.gridSize("deadline-grid")).isEqualTo(shell.size());
        // every row of the table is the shell's row, cell by cell
        List<List<String>> all = allRows("deadline-grid");
        assertThat(all).containsExactlyInAnyOrderElementsOf(shell.stream().map(Progress::gridCells).toList());
        // the most urgent first
        assertThat(console.gridRows("deadline-grid").get(0).get(8)).isEqualTo("已逾期");

        // the first school's grade-1 row, where registrar1 registers new students
        Progress first = shell.stream().filter(p -> p.school().equals("岳麓区第一小学") && p.grade().equals("一年级"))
                .findFirst().orElseThrow();
        assertThat(all).contains(first.gridCells());

        long overdueSchools = shell.stream().filter(Progress::overdue).map(Progress::school).distinct().count();
        long dueSoonSchools = shell.stream().filter(p -> p.status().equals("即将截止")).map(Progress::school)
                .distinct().filter(s -> shell.stream().noneMatch(o -> o.overdue() && o.school().equals(s))).count();
        int registered = shell.stream().mapToInt(Progress::registered).sum();
        int planned = shell.stream().mapToInt(Progress::planned).sum();
        assertThat(console.text("deadline-summary")).isEqualTo("逾期学校 " + overdueSchools + " 所，即将截止 "
                + dueSoonSchools + " 所；已注册 " + registered + " 人 / 计划 " + planned + " 人");
    }

    @Test
    @Order(2)
    @DisplayName("R19: overdue rows carry the red 已逾期 badge and a red school name")
    void overdueRowsAreRed() {
        console.open("enrollment/deadlines");
        console.waitForGrid("deadline-grid");
        List<Progress> shell = shellProgress();
        long overdueRows = shell.stream().filter(Progress::overdue).count();

        console.choose("deadline-status-filter", "已逾期");
        console.until(d -> console.gridSize("deadline-grid") == overdueRows ? Boolean.TRUE : null,
                "deadline-grid to show the " + overdueRows + " overdue rows");
        List<List<String>> rows = console.gridRows("deadline-grid");
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(8)).isEqualTo("已逾期"));

        List<WebElement> badges = console.driver().findElements(
                By.cssSelector("#deadline-grid > vaadin-grid-cell-content .deadline-status.overdue"));
        List<WebElement> visibleBadges = badges.stream().filter(WebElement::isDisplayed).toList();
        assertThat(visibleBadges).as("overdue badges").isNotEmpty();
        for (WebElement badge : visibleBadges) {
            assertThat(badge.getText().strip()).isEqualTo("已逾期");
            assertRed(badge, "the badge");
        }
        List<WebElement> names = console.driver().findElements(
                By.cssSelector("#deadline-grid > vaadin-grid-cell-content span.overdue:not(.deadline-status)"))
                .stream().filter(WebElement::isDisplayed).toList();
        assertThat(names).as("overdue school names").isNotEmpty();
        assertThat(names.stream().map(e -> e.getText().strip()).toList())
                .allMatch(n -> shell.stream().anyMatch(p -> p.overdue() && p.school().equals(n)));
        assertRed(names.get(0), "the school name");
    }

    @Test
    @Order(3)
    @DisplayName("R19: a school with every planned student registered shows 已完成 (green), never overdue")
    void completeSchoolsShowDone() {
        List<Progress> complete = shellProgress().stream().filter(p -> p.status().equals("已完成")).toList();
        assertThat(complete).as("complete rows of xueji:deadlines").isNotEmpty()
                .allSatisfy(p -> assertThat(p.registered()).isGreaterThanOrEqualTo(p.planned()));

        console.open("enrollment/deadlines");
        console.waitForGrid("deadline-grid");
        console.choose("deadline-status-filter", "已完成");
        console.until(d -> console.gridSize("deadline-grid") == complete.size() ? Boolean.TRUE : null,
                "deadline-grid to show the " + complete.size() + " complete rows");
        List<List<String>> rows = console.gridRows("deadline-grid");
        assertThat(rows).hasSize(complete.size());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(complete.stream().map(Progress::gridCells).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.get(4)).isEqualTo("100%"));

        List<WebElement> badges = console.driver().findElements(
                By.cssSelector("#deadline-grid > vaadin-grid-cell-content .deadline-status.complete"));
        assertThat(badges.stream().filter(WebElement::isDisplayed).map(e -> e.getText().strip()).toList())
                .isNotEmpty().allMatch("已完成"::equals);
        assertThat(console.driver().findElements(
                By.cssSelector("#deadline-grid > vaadin-grid-cell-content .overdue")).stream()
                .filter(WebElement::isDisplayed).toList()).as("overdue marks among complete rows").isEmpty();
    }

    @Test
    @Order(4)
    @DisplayName("R19: the home page's 新生注册进度 card counts the overdue schools and reminds of each grade")
    void dashboardCardCountsOverdueSchools() {
        List<Progress> shell = shellProgress();
        long overdueSchools = shell.stream().filter(Progress::overdue).map(Progress::school).distinct().count();

        console.open("");
        WebElement card = console.byId("registration-card");
        assertThat(console.text("registration-card")).startsWith("新生注册进度");
        assertThat(console.text("registration-overdue-schools")).isEqualTo(String.valueOf(overdueSchools));
        assertRed(console.byId("registration-overdue-schools"), "the overdue count");

        // one reminder per grade with overdue schools: "<n> 所学校一年级新生注册已逾期（截止 2026-09-30）",
        // in the console's 提醒 card (issue 8: the module's ReminderProvider, localised by the shell)
        WebElement remindersCard = console.byId("reminders-card");
        List<String> expected = shell.stream().filter(Progress::overdue)
                .collect(Collectors.groupingBy(Progress::grade, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> e.getValue().size() + " 所学校" + e.getKey() + "新生注册已逾期（截止 "
                        + e.getValue().get(0).dueDate() + "）")
                .toList();
        List<String> reminders = remindersCard.findElements(By.cssSelector(".reminder")).stream()
                .map(e -> e.getText().strip()).toList();
        assertThat(reminders).hasSameSizeAs(expected);
        for (String text : expected) {
            assertThat(reminders).anySatisfy(r -> assertThat(r).startsWith(text));
        }
        assertThat(remindersCard.findElements(By.cssSelector(".reminder.reminder-overdue"))).hasSameSizeAs(expected);

        // 查看注册进度 opens the table
        console.click("registration-card-open");
        console.waitForPath("enrollment/deadlines");
        assertThat(console.gridSize("deadline-grid")).isEqualTo(shell.size());
    }

    @Test
    @Order(5)
    @DisplayName("issue 8: with the English console the reminders are English (message keys localised by the shell)")
    void remindersInEnglish() {
        List<Progress> shell = shellProgress();
        List<String> expected = shell.stream().filter(Progress::overdue)
                .collect(Collectors.groupingBy(Progress::grade, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> "Registration of grade " + GRADE_LEVELS.get(e.getKey()) + " overdue in "
                        + e.getValue().size() + " school(s) (due " + e.getValue().get(0).dueDate() + ")")
                .toList();
        console.open("");
        console.choose("language-select", "English");
        try {
            console.until(d -> "Home".equals(console.text("menu-home")) ? Boolean.TRUE : null, "the English menu");
            List<String> reminders = console.byId("reminders-card").findElements(By.cssSelector(".reminder"))
                    .stream().map(e -> e.getText().strip()).toList();
            assertThat(reminders).hasSameSizeAs(expected);
            for (String text : expected) {
                assertThat(reminders).anySatisfy(r -> assertThat(r).startsWith(text));
            }
            assertThat(String.join(" ", reminders)).doesNotContain("所学校", "新生注册");
        } finally {
            console.choose("language-select", "中文");
            console.until(d -> "首页".equals(console.text("menu-home")) ? Boolean.TRUE : null, "the Chinese menu");
        }
    }

    /** The grade names xueji:deadlines prints, as levels (the English reminder says "grade 7"). */
    private static final java.util.Map<String, Integer> GRADE_LEVELS = java.util.Map.of(
            "一年级", 1, "七年级", 7, "高一", 10);
}
