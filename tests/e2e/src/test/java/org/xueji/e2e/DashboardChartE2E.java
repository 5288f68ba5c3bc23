package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * UI kit charts (Apache ECharts, served by the console itself): the home dashboard draws
 * students per grade and class sizes against the class cap (R14) for the logged-in user's
 * scope (R1). Checks that the charts are drawn (SVG shapes inside the chart's element) and that
 * the ECharts instance holds the data the Karaf command {@code xueji:class-sizes} reports.
 */
@DisplayName("Dashboard charts")
class DashboardChartE2E extends BrowsersTest {

    private static final String GRADES = "chart-students-per-grade";
    private static final String CLASSES = "chart-class-sizes";

    /** The drawn SVG shapes (bars, axes) inside a chart's element; 0 until ECharts has drawn. */
    private static long shapes(Console c, String chartId) {
        Object n = c.js("var el = document.getElementById(arguments[0]);"
                + " return el ? el.querySelectorAll('svg path, svg rect').length : 0;", chartId);
        return ((Number) n).longValue();
    }

    /** What the ECharts instance of the element holds: {@code series[0].data} (numbers). */
    @SuppressWarnings("unchecked")
    private static List<Object> seriesData(Console c, String chartId) {
        return (List<Object>) c.js("var el = document.getElementById(arguments[0]);"
                + " var chart = window.echarts && echarts.getInstanceByDom(el);"
                + " return chart ? chart.getOption().series[0].data : null;", chartId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> categories(Console c, String chartId) {
        return (List<Object>) c.js("var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + " return chart.getOption().xAxis[0].data;", chartId);
    }

    private static Console drawnFor(String username) {
        Console c = loggedIn(username);
        c.byId("registry-charts");
        c.until(d -> shapes(c, GRADES) > 3 && shapes(c, CLASSES) > 3 && seriesData(c, GRADES) != null
                ? Boolean.TRUE : null, "both dashboard charts drawn as SVG");
        return c;
    }

    private static long sum(List<?> numbers) {
        return numbers.stream().mapToLong(n -> ((Number) n).longValue()).sum();
    }

    /** Columns of {@code xueji:class-sizes}: 学校, 编号, 班级, 人数, 额定, 班主任, 状态. */
    private static final int CLASS_NAME = 2;
    private static final int STUDENTS = 3;

    /** The 人数 column of {@code xueji:class-sizes}, summed. */
    private static long studentsInClasses(String shellOutput) {
        return Karaf.tableRows(shellOutput).stream()
                .filter(r -> r.size() > STUDENTS && r.get(STUDENTS).matches("\\d+"))
                .mapToLong(r -> Long.parseLong(r.get(STUDENTS))).sum();
    }

    @Test
    @DisplayName("R14: the district sees both charts drawn, students per grade adding up to the classes' "
            + "students and the configured cap as the limit line")
    void districtCharts() {
        Console admin = drawnFor("district-admin");
        String shell = karaf.shell("xueji:class-sizes");
        List<Object> perGrade = seriesData(admin, GRADES);
        assertThat(perGrade).isNotEmpty();
        assertThat(sum(perGrade)).isEqualTo(studentsInClasses(shell)).isPositive();
        assertThat(categories(admin, GRADES)).first().asString().endsWith("年级");

        Matcher cap = Pattern.compile("超过 (\\d+) 人的班级").matcher(shell);
        assertThat(cap.find()).as("xueji:class-sizes names the cap").isTrue();
        Object line = admin.js("var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + " return chart.getOption().series[0].markLine.data[0].yAxis;", CLASSES);
        assertThat(((Number) line).intValue()).isEqualTo(Integer.parseInt(cap.group(1)));
        // the drawn bars carry the values: the SVG has one bar path per class at least
        assertThat(shapes(admin, CLASSES)).isGreaterThan(seriesData(admin, CLASSES).size());
        close(admin);
    }

    @Test
    @DisplayName("R1: a school registrar's charts hold their own school's classes only")
    void schoolScope() {
        String school = displayName("registrar1").replace("学籍管理员（演示）", "");
        String code = Karaf.tableRows(karaf.shell("xueji:schools")).stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(school)).map(r -> r.get(0)).findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:schools does not list " + school));
        String own = karaf.shell("xueji:class-sizes --school " + code);
        List<List<String>> ownRows = Karaf.tableRows(own).stream()
                .filter(r -> r.size() > STUDENTS && r.get(STUDENTS).matches("\\d+")).toList();

        Console registrar = drawnFor("registrar1");
        assertThat(sum(seriesData(registrar, GRADES))).isEqualTo(studentsInClasses(own));
        List<Object> classes = categories(registrar, CLASSES);
        if (ownRows.size() <= 30) {
            assertThat(classes).hasSize(ownRows.size());
            assertThat(classes).map(Object::toString)
                    .containsExactlyInAnyOrderElementsOf(ownRows.stream().map(r -> r.get(CLASS_NAME)).toList());
        }
        close(registrar);
    }
}
