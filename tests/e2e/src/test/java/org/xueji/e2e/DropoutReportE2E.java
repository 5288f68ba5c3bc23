package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * 重点儿童家访 and 控辍报表 (issue 10 items 6 and 10, R28): the demo head teacher, on a phone-sized
 * window (390×844), records a phone call to an overdue priority child of the class; the district's
 * quarterly report counts it, draws its charts and offers PDF and spreadsheet files.
 */
@Order(43)
@DisplayName("Dropout control: a home visit on a phone, then the district's quarterly report (R28, item 10)")
class DropoutReportE2E extends BrowsersTest {

    @Test
    @DisplayName("R28: an overdue priority child visited on a phone; the quarterly report counts it")
    void homeVisitOnAPhoneThenTheQuarterlyReport() {
        long n = System.nanoTime() % 100_000;
        String content = "电话了解在家学习情况" + n;
        Console teacher = loggedIn("headteacher1");
        teacher.driver().manage().window().setSize(new Dimension(390, 844));
        teacher.open("dropout/homevisits");
        teacher.waitForGrid("homevisit-grid");
        List<List<String>> overdue = teacher.gridRows("homevisit-grid");
        assertThat(overdue).as("the demo class has priority children never visited").isNotEmpty();
        String child = overdue.get(0).get(0);
        assertThat(overdue.get(0)).contains("逾期");
        teacher.clickGridCell("homevisit-grid", child);
        teacher.waitForText("homevisit-for", child);
        teacher.choose("homevisit-kind", "电话家访");
        teacher.type("homevisit-visitors", "班主任");
        teacher.type("homevisit-content", content);
        teacher.type("homevisit-outcome", "家长同意每周联系");
        // the phone layout: one column, nothing wider than the 390 px screen
        Object overflow = teacher.js("const w = window.innerWidth; const ids = ['homevisit-kind', "
                + "'homevisit-visitors', 'homevisit-content', 'homevisit-save']; let bad = "
                + "document.documentElement.scrollWidth > w ? 'page' : null; for (const id of ids) { const r = "
                + "document.getElementById(id).getBoundingClientRect(); if (r.right > w + 1 || r.width < 200) bad = id; }"
                + " return bad;");
        assertThat(overflow).as("an element wider than the phone screen or squeezed").isNull();
        Object oneColumn = teacher.js("const a = document.getElementById('homevisit-kind').getBoundingClientRect();"
                + " const b = document.getElementById('homevisit-visitors').getBoundingClientRect(); return b.top > a.top;");
        assertThat(oneColumn).isEqualTo(Boolean.TRUE);
        teacher.click("homevisit-save");
        teacher.waitForNotification("家访已登记");
        assertThat(teacher.text("homevisit-history")).contains(content);
        close(teacher);

        Console district = loggedIn("district-admin");
        district.open("dropout/reports");
        district.waitForGrid("report-figures");
        List<String> homeVisits = district.until(d -> district.gridRows("report-figures").stream()
                .filter(r -> r.get(0).equals("本期家访次数")).findFirst().orElse(null), "the home-visit figure");
        assertThat(Long.parseLong(homeVisits.get(1))).isGreaterThanOrEqualTo(1);
        district.until(d -> Boolean.TRUE.equals(district.js(
                "const c = document.getElementById('report-chart-reasons'); return !!(c && c.querySelector('svg'));"))
                ? Boolean.TRUE : null, "the reasons chart drawn");
        Console.Download pdf = district.fetchLinkBytes("report-pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Console.Download xlsx = district.fetchLinkBytes("report-xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        close(district);
    }
}
