package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * 控辍保学 (issue 10, R22, R23): a head teacher records a surveyed household on a phone-sized
 * window (390×844) with a child out of school; the child appears on the suspected-dropout ledger
 * of the school and of the district; the head teacher records a 劝返 visit and, the child back,
 * requests closing; the district approves it in its 待办 inbox and the entry is closed.
 */
@Order(40)
@DisplayName("Dropout control: survey → suspected ledger → 劝返 → closed after district approval (R22, R23)")
class DropoutE2E extends BrowsersTest {

    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    /** A valid ID number for a girl born 2013-05-05 (even sequence: a girl). */
    static String idNumber(int sequence) {
        return TestIdNumbers.resident("430104", java.time.LocalDate.of(2013, 5, 5), sequence);
    }

    private static long number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @DisplayName("R23: survey on a phone, both ledgers, a visit, closing approved by the district")
    void surveyedChildIsFollowedUntilClosed() {
        long n = System.nanoTime() % 100_000;
        String child = "控辍" + n;
        String household = "E2E户" + n;
        String schoolCode = Karaf.tableRows(karaf.shell("xueji:schools")).get(0).get(0);
        long campaign = number(karaf.shell("xueji:survey-open E2E排查" + n));
        long householdId = number(karaf.shell("xueji:survey-assign --village 东村 " + campaign + " " + schoolCode
                + " 河口镇 " + household + " headteacher1"));

        // the head teacher in the village, on a phone
        Console teacher = loggedIn("headteacher1");
        teacher.driver().manage().window().setSize(new Dimension(390, 844));
        teacher.open("dropout/surveys");
        teacher.click("household-record-" + householdId);
        teacher.byId("household-heading");
        teacher.click("household-child-add");
        teacher.type("child-0-name", child);
        teacher.choose("child-0-sex", "女");
        // on a phone-wide screen the date picker opens full-screen on a tap: set the picker's value as the
        // phone's own picker would
        teacher.js("const p = document.getElementById('child-0-birth'); p.value = '2013-05-05';"
                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
        teacher.waitForVaadin();
        teacher.type("child-0-id", idNumber((int) (n % 500) * 2));
        teacher.choose("child-0-finding", "失学辍学");
        teacher.choose("child-0-reason", "外出务工/打工");
        // R23 phone layout: one column, nothing wider than the 390 px screen
        Object overflow = teacher.js("const w = window.innerWidth; const ids = ['child-0-name', 'child-0-id', "
                + "'child-0-finding', 'household-save']; let bad = document.documentElement.scrollWidth > w ? "
                + "'page' : null; for (const id of ids) { const r = document.getElementById(id)"
                + ".getBoundingClientRect(); if (r.right > w + 1 || r.width < 200) bad = id; } return bad;");
        assertThat(overflow).as("an element wider than the phone screen or squeezed").isNull();
        Object oneColumn = teacher.js("const a = document.getElementById('child-0-name').getBoundingClientRect();"
                + " const b = document.getElementById('child-0-id').getBoundingClientRect(); return b.top > a.top;");
        assertThat(oneColumn).isEqualTo(Boolean.TRUE);
        teacher.click("household-save");
        teacher.waitForNotification("已保存排查登记");
        teacher.driver().manage().window().setSize(new Dimension(1400, 1000));

        // the school's ledger
        Console principal = loggedIn("principal1");
        principal.open("dropout");
        principal.choose("dropout-filter-ledger", "疑似辍学");
        List<String> schoolRow = principal.until(d -> principal.gridRows("dropout-grid").stream()
                .filter(r -> r.contains(child)).findFirst().orElse(null), "the child on the school's ledger");
        assertThat(schoolRow).contains("疑似辍学", "河口镇 东村", "外出务工/打工");
        long entry = Long.parseLong(schoolRow.get(0));
        close(principal);

        // the district's ledger
        Console district = loggedIn("district-admin");
        district.open("dropout");
        district.choose("dropout-filter-ledger", "疑似辍学");
        district.until(d -> district.gridRows("dropout-grid").stream()
                .anyMatch(r -> r.contains(child) && r.get(0).equals(String.valueOf(entry))) ? Boolean.TRUE : null,
                "the child on the district's ledger");

        // 劝返 visit and closing request by the head teacher, who answers for the child (R22)
        teacher.open("dropout/entry?id=" + entry);
        teacher.byId("entry-status");
        teacher.type("visit-visitors", "班主任、村主任");
        teacher.type("visit-met", "母亲");
        teacher.type("visit-outcome", "同意下周一返校");
        teacher.click("visit-save");
        teacher.waitForNotification("已登记劝返");
        assertThat(teacher.text("entry-visits")).contains("同意下周一返校");
        teacher.choose("close-outcome", "返校复学");
        teacher.click("close-save");
        teacher.waitForNotification("已提交销号申请");
        assertThat(teacher.text("entry-status")).contains("销号审批中");
        close(teacher);

        // the district approves in its 待办 inbox
        district.open("inbox");
        district.waitForGrid("inbox-grid");
        List<String> line = district.until(d -> district.gridRows("inbox-grid").stream()
                .filter(r -> String.join(" ", r).contains("控辍销号 #" + entry + " ·")).findFirst().orElse(null),
                "the closing request in the inbox");
        long request = Long.parseLong(line.get(0));
        district.click("inbox-approve-" + request);
        district.byId("inbox-decision-dialog");
        district.type("inbox-decision-reason", "已返校");
        district.click("inbox-decision-confirm");
        district.waitForNotification("已批准申请 #" + request);

        district.open("dropout/entry?id=" + entry);
        district.until(d -> district.text("entry-status").contains("已销号") ? Boolean.TRUE : null,
                "the entry closed");
        assertThat(karaf.shell("xueji:dropout-show " + entry)).contains("返校复学", "劝返");
        close(district);
    }
}
