package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 月度台帐 (D4, R13): the district administrator records a registry error of a school by hand in
 * the console, follows it up and closes it; the shell's {@code xueji:ledger} shows the same entry.
 */
@Order(24)
@DisplayName("Ledger: a manual incident recorded, followed up and closed in the console (D4, R13)")
class LedgerE2E extends ConsoleTest {

    private static final Pattern RECORDED = Pattern.compile("#(\\d+)");

    @Test
    @DisplayName("R13: the district records an incident, follows it up and closes it; xueji:ledger agrees")
    void districtRecordsFollowsUpAndClosesAnIncident() {
        List<String> school = Karaf.tableRows(karaf.shell("xueji:schools")).get(0);
        String code = school.get(0);
        String name = school.get(1);
        String description = "E2E 学籍错误 " + System.nanoTime();

        console.open("ledger");
        console.waitForGrid("ledger-grid");
        console.click("ledger-new");
        console.byId("ledger-new-dialog");
        console.choose("ledger-new-school", code + " " + name);
        console.type("ledger-new-description", description);
        console.click("ledger-new-save");
        Matcher m = RECORDED.matcher(console.waitForNotification("已登记台帐记录"));
        assertThat(m.find()).isTrue();
        String id = m.group(1);

        console.waitForGrid("ledger-grid");
        assertThat(console.gridRows("ledger-grid")).anySatisfy(row -> assertThat(row).contains(id, name,
                "学校造成的学籍错误（R13）", "人工登记", description, "待处理"));
        String shell = karaf.shell("xueji:ledger --school " + code);
        assertThat(Karaf.tableRows(shell)).anySatisfy(row -> assertThat(row).contains(id, name, "manual",
                "!! 待处理"));

        console.click("ledger-follow-up-" + id);
        console.choose("ledger-follow-up-kind", "其他整改措施");
        console.type("ledger-follow-up-note", "已组织学籍管理员培训");
        console.click("ledger-follow-up-save");
        console.waitForNotification("已登记整改");
        console.waitForGrid("ledger-grid");
        assertThat(console.gridRows("ledger-grid")).anySatisfy(row -> assertThat(row).contains(id, "已整改"));

        console.click("ledger-close-" + id);
        console.click("ledger-close-confirm");
        console.waitForNotification("已销号");
        console.waitForGrid("ledger-grid");
        assertThat(console.gridRows("ledger-grid")).anySatisfy(row -> assertThat(row).contains(id, "已销号"));
        assertThat(Karaf.tableRows(karaf.shell("xueji:ledger --school " + code + " --status CLOSED")))
                .anySatisfy(row -> assertThat(row).contains(id, "已销号"));
    }

    @Test
    @DisplayName("D4: the annual ranking is drawn as a chart whose scores are those of xueji:ledger-scores")
    void theRankingChartShowsTheScoresOfTheShell() {
        // both default to this year by the platform clock
        List<Long> shellScores = Karaf.tableRows(karaf.shell("xueji:ledger-scores")).stream()
                .filter(r -> r.size() > 3 && r.get(3).matches("\\d+"))
                .map(r -> Long.parseLong(r.get(3))).toList();
        assertThat(shellScores).as("the district has schools to rank").isNotEmpty();

        console.open("ledger/assessment");
        console.byId("assessment-chart");
        console.until(d -> drawnShapes() > 3 ? Boolean.TRUE : null, "the ranking chart drawn as SVG");
        @SuppressWarnings("unchecked")
        List<Object> data = (List<Object>) console.js("var el = document.getElementById('assessment-ranking-chart');"
                + " var chart = window.echarts && echarts.getInstanceByDom(el);"
                + " return chart ? chart.getOption().series[0].data : null;");
        assertThat(data).isNotNull();
        assertThat(data.stream().map(n -> ((Number) n).longValue()).toList()).isEqualTo(shellScores);
    }

    private long drawnShapes() {
        Object n = console.js("var el = document.getElementById('assessment-ranking-chart');"
                + " return el ? el.querySelectorAll('svg path, svg rect').length : 0;");
        return ((Number) n).longValue();
    }
}
