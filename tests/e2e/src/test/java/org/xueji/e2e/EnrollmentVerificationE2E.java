package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 人籍一致核查 (R18): the district administrator opens a campaign of its own; registrar1 ticks
 * presence for the first class, leaving one student unticked. That student is listed under
 * 籍在人不在, and the check cannot be closed while it is open; it is resolved with
 * 「其他（文字说明）」 and a note. The check still does not close while classes are left
 * unticked; once every class is ticked (all present), it closes. Only registrar1's school's check in this
 * class's own campaign is closed; earlier campaigns are left alone.
 * Accounts: district-admin, registrar1.
 */
@Order(23)
@DisplayName("Enrollment: person-record verification (R18)")
class EnrollmentVerificationE2E extends BrowsersTest {

    private static final String TITLE = "端到端测试人籍一致核查" + (System.currentTimeMillis() % 100000);
    private static final String NOTE = "该生随父母外出务工，已电话联系家长核实，下周返校。";

    private static String ownSchool;
    private static long campaignId;
    private static Console registrar;
    /** The student of the first class left unticked. */
    private static String absentName;

    @BeforeAll
    static void school() {
        ownSchool = displayName("registrar1").replace("学籍管理员（演示）", "");
    }

    @AfterAll
    static void forgetBrowser() {
        registrar = null;
    }

    /**
     * The text of an element, once non-empty, read from the DOM (the check's page is long: parts
     * of it are scrolled out of the layout's view, where WebDriver's visible text is empty).
     */
    private static String content(Console c, String id) {
        return c.until(d -> {
            Object t = c.js("const e = document.getElementById(arguments[0]);"
                    + " return e ? (e.textContent || '').trim() : null;", id);
            return t == null || t.toString().isEmpty() ? null : t.toString().replaceAll("\\s+", " ");
        }, "text of #" + id);
    }

    /** Waits for the check's summary line and returns it. */
    private static String summary(Console c) {
        return content(c, "ver-summary");
    }

    private static Map<String, Integer> summaryNumbers(Console c) {
        Matcher m = Pattern.compile("在校 (\\d+) 人，学籍 (\\d+) 人，问题 (\\d+) 个，未处理 (\\d+) 个").matcher(summary(c));
        assertThat(m.matches()).as("summary " + summary(c)).isTrue();
        return Map.of("roster", Integer.parseInt(m.group(1)), "records", Integer.parseInt(m.group(2)),
                "problems", Integer.parseInt(m.group(3)), "unresolved", Integer.parseInt(m.group(4)));
    }

    /** "本次已提交 3 / 16 个班级" → {3, 16}. */
    private static int[] classesDone(Console c) {
        Matcher m = Pattern.compile("本次已提交 (\\d+) / (\\d+) 个班级").matcher(content(c, "ver-classes-done"));
        assertThat(m.matches()).as("ver-classes-done").isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** The first rendered row of the presence grid: its checkbox and the student's name. */
    @SuppressWarnings("unchecked")
    private static List<Object> firstPresenceRow(Console c) {
        c.waitForGrid("ver-presence-grid");
        return c.until(d -> {
            Object row = c.js("""
                    const g = document.getElementById('ver-presence-grid');
                    const tr = Array.from(g.shadowRoot.querySelectorAll('#items tr'))
                        .filter(r => !r.hidden && r.style.display !== 'none')
                        .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
                    if (!tr) { return null; }
                    const content = Array.from(tr.querySelectorAll('td')).map(td => {
                        const slot = td.querySelector('slot');
                        return slot ? slot.assignedElements()[0] : null;
                    });
                    const box = content[0] ? content[0].querySelector('vaadin-checkbox') : null;
                    const name = content[1] ? content[1].textContent.trim() : '';
                    return box && name ? [box, name] : null;
                    """);
            return (List<Object>) row;
        }, "the first row of ver-presence-grid");
    }

    /**
     * Clicks a button that may be scrolled out of the layout's view. Notifications of earlier
     * steps are closed first: at the bottom of the page they would take the click.
     */
    private static void press(Console c, String id) {
        c.js("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
        c.scrollIntoView(c.byId(id));
        c.click(id);
    }

    /** The text of the open dialog (its content lives in an overlay at the end of the page). */
    private static String dialogText(Console c) {
        return c.until(d -> {
            Object t = c.js("const o = document.querySelector('vaadin-dialog-overlay[opened] p');"
                    + " return o ? o.textContent.trim() : null;");
            return t == null || t.toString().isEmpty() ? null : t.toString();
        }, "an open dialog's text");
    }

    private static boolean checked(WebElement box) {
        return box.getDomAttribute("checked") != null;
    }

    @Test
    @Order(1)
    @DisplayName("R18: district-admin opens a campaign (发起核查)")
    void districtOpensACampaign() {
        Console admin = loggedIn("district-admin");
        admin.open("enrollment/verification");
        admin.click("ver-open");
        admin.byId("ver-open-dialog");
        assertThat(admin.value("ver-open-title")).contains("人籍一致核查");
        admin.type("ver-open-title", TITLE);
        admin.click("ver-open-save");
        assertThat(admin.waitForNotification("已发起核查")).isEqualTo("已发起核查：" + TITLE);
        String path = admin.waitForPath("enrollment/verification\\?campaign=\\d+");
        campaignId = Long.parseLong(path.replaceAll(".*campaign=(\\d+).*", "$1"));
        admin.until(d -> admin.gridRows("ver-campaigns").stream().anyMatch(r -> r.contains(TITLE))
                ? Boolean.TRUE : null, "the campaign in ver-campaigns");

        // the shell shows it, every school not started
        String shell = karaf.shell("xueji:verifications --campaign " + campaignId);
        assertThat(shell).startsWith("#" + campaignId + " " + TITLE);
        assertThat(Karaf.tableRows(shell)).anySatisfy(r -> assertThat(r).startsWith(ownSchool, "未开始"));
        close(admin);
    }

    @Test
    @Order(2)
    @DisplayName("R18: registrar1 ticks the first class leaving one student out: 籍在人不在, and the check cannot close")
    void untickedStudentIsRecordWithoutPerson() {
        assertThat(campaignId).as("the campaign of the previous test").isPositive();
        registrar = loggedIn("registrar1");
        registrar.open("enrollment/verification?campaign=" + campaignId);
        registrar.byId("ver-school");
        assertThat(registrar.byId("ver-status").getDomAttribute("data-status")).isEqualTo("NOT_STARTED");
        assertThat(registrar.isEnabled("ver-close")).as("ver-close before any comparison").isFalse();
        assertThat(content(registrar, "ver-close-reason")).isEqualTo("尚未比对：请先上传花名册或按班级勾选在校学生");
        assertThat(classesDone(registrar)[0]).isZero();

        // every record of the class is listed unticked (nobody is confirmed without looking)
        WebElement box = (WebElement) firstPresenceRow(registrar).get(0);
        assertThat(checked(box)).as("a checkbox before ticking").isFalse();
        press(registrar, "ver-all-present");
        Matcher all = Pattern.compile("已勾选 (\\d+) / (\\d+) 人，另有在校无学籍 0 人")
                .matcher(content(registrar, "ver-present-count"));
        assertThat(all.matches()).as(content(registrar, "ver-present-count")).isTrue();
        int classSize = Integer.parseInt(all.group(2));
        assertThat(Integer.parseInt(all.group(1))).isEqualTo(classSize).isPositive();

        // one student is not there
        List<Object> first = firstPresenceRow(registrar);
        absentName = (String) first.get(1);
        WebElement absentBox = (WebElement) first.get(0);
        assertThat(checked(absentBox)).isTrue();
        registrar.scrollIntoView(absentBox);
        absentBox.click();
        registrar.waitForVaadin();
        registrar.until(d -> content(registrar, "ver-present-count").startsWith("已勾选 " + (classSize - 1) + " / "
                + classSize + " 人") ? Boolean.TRUE : null, "the count of ticked students");

        press(registrar, "ver-submit-class");
        assertThat(registrar.waitForNotification("已提交")).contains("在校 " + (classSize - 1) + " 人");
        registrar.until(d -> summary(registrar).endsWith("未处理 1 个") ? Boolean.TRUE : null, "one open problem");
        assertThat(summaryNumbers(registrar)).containsEntry("roster", classSize - 1)
                .containsEntry("records", classSize).containsEntry("problems", 1).containsEntry("unresolved", 1);
        assertThat(registrar.byId("ver-status").getDomAttribute("data-status")).isEqualTo("IN_PROGRESS");
        assertThat(classesDone(registrar)[0]).isEqualTo(1);

        // the student is under 籍在人不在, unresolved; the check cannot close
        assertThat(content(registrar, "ver-tab-record")).contains("籍在人不在").contains("未处理 1 / 共 1");
        press(registrar, "ver-tab-record");
        registrar.until(d -> registrar.gridRows("ver-discrepancies").stream().anyMatch(r -> r.contains(absentName))
                ? Boolean.TRUE : null, absentName + " under 籍在人不在");
        assertThat(registrar.gridRows("ver-discrepancies")).singleElement()
                .satisfies(r -> assertThat(r).contains(absentName, "未处理"));
        assertThat(registrar.isEnabled("ver-close")).as("ver-close with an open problem").isFalse();
        assertThat(content(registrar, "ver-close-reason")).isEqualTo("还有 1 个问题未处理，全部处理后才能完成核查");
    }

    @Test
    @Order(3)
    @DisplayName("R18: the 籍在人不在 is resolved with 其他 and a note (a note is required)")
    void resolveWithANote() {
        assertThat(absentName).as("the student of the previous test").isNotNull();
        press(registrar, "ver-tab-record");
        registrar.until(d -> registrar.gridRows("ver-discrepancies").stream().anyMatch(r -> r.contains(absentName))
                ? Boolean.TRUE : null, absentName + " under 籍在人不在");
        WebElement resolve = registrar.until(d -> d.findElements(
                        By.cssSelector("#ver-discrepancies > vaadin-grid-cell-content vaadin-button.ver-resolve"))
                .stream().findFirst().orElse(null), "the 处理 button");
        registrar.scrollIntoView(resolve);
        resolve.click();
        registrar.waitForVaadin();
        registrar.byId("ver-resolve-dialog");
        assertThat(dialogText(registrar)).contains(absentName);

        registrar.choose("ver-resolution", "其他（文字说明）");
        registrar.click("ver-resolve-save");
        assertThat(registrar.waitForFieldError("ver-resolution-note")).contains("说明").contains("5");
        assertThat(summaryNumbers(registrar)).containsEntry("unresolved", 1);

        registrar.type("ver-resolution-note", NOTE);
        registrar.click("ver-resolve-save");
        assertThat(registrar.waitForNotification("已处理")).isEqualTo("已处理：" + absentName);
        registrar.until(d -> summary(registrar).endsWith("未处理 0 个") ? Boolean.TRUE : null, "no open problem");
        assertThat(registrar.gridRows("ver-discrepancies")).singleElement()
                .satisfies(r -> assertThat(r).contains(absentName, "其他（文字说明）：" + NOTE));
        assertThat(content(registrar, "ver-tab-record")).contains("未处理 0 / 共 1");
    }

    @Test
    @Order(4)
    @DisplayName("R18: while classes are left unticked the check does not close")
    void untickedClassesKeepTheCheckOpen() {
        assertThat(absentName).as("the student of the earlier tests").isNotNull();
        int[] done = classesDone(registrar);
        assertThat(done[0]).as("classes submitted").isLessThan(done[1]);
        if (registrar.isEnabled("ver-close")) {
            // the page leaves the last word to the service, which refuses
            Karaf.log("ver-close is enabled with %d of %d classes ticked; the service must refuse", done[0], done[1]);
            press(registrar, "ver-close");
            registrar.click("ver-confirm-ok");
            assertThat(registrar.waitForNotification("未勾选在校情况"))
                    .contains("还有 " + (done[1] - done[0]) + " 个班级未勾选在校情况");
        } else {
            assertThat(content(registrar, "ver-close-reason")).contains("班级");
        }
        assertThat(registrar.byId("ver-status").getDomAttribute("data-status")).isEqualTo("IN_PROGRESS");
        assertThat(Karaf.tableRows(karaf.shell("xueji:verifications --campaign " + campaignId)))
                .anySatisfy(r -> assertThat(r).startsWith(ownSchool, "核查中", "1", "0"));
    }

    @Test
    @Order(5)
    @DisplayName("R18: the other classes are ticked all present; then the check closes")
    void otherClassesThenClose() {
        assertThat(absentName).as("the student of the earlier tests").isNotNull();
        int[] done = classesDone(registrar);
        int total = done[1];
        for (int k = done[0]; k < total; k++) {
            int submitted = k;
            press(registrar, "ver-all-present");
            press(registrar, "ver-submit-class");
            registrar.until(d -> classesDone(registrar)[0] == submitted + 1 ? Boolean.TRUE : null,
                    (submitted + 1) + " classes submitted");
        }
        Map<String, Integer> numbers = summaryNumbers(registrar);
        assertThat(numbers).containsEntry("problems", 1).containsEntry("unresolved", 0);
        assertThat(numbers.get("roster")).isEqualTo(numbers.get("records") - 1);

        registrar.until(d -> registrar.isEnabled("ver-close") ? Boolean.TRUE : null, "ver-close to be enabled");
        assertThat(registrar.js("return document.getElementById('ver-close-reason').textContent;")).isEqualTo("");
        press(registrar, "ver-close");
        assertThat(dialogText(registrar)).isEqualTo("确认完成" + ownSchool + "本次人籍一致核查？完成后不能再修改。");
        registrar.click("ver-confirm-ok");
        assertThat(registrar.waitForNotification("本次核查已完成")).isEqualTo(ownSchool + "本次核查已完成");
        registrar.until(d -> "CLOSED".equals(registrar.byId("ver-status").getDomAttribute("data-status"))
                ? Boolean.TRUE : null, "the check to be closed");
        assertThat(content(registrar, "ver-status")).isEqualTo("已完成");
        assertThat(content(registrar, "ver-closed-info")).startsWith("已于 ").contains("完成核查");
        assertThat(registrar.isEnabled("ver-close")).isFalse();
        assertThat(content(registrar, "ver-close-reason")).isEqualTo("本校核查已完成");
        // a closed check takes no more ticks
        assertThat(registrar.isPresent("ver-all-present") && registrar.byId("ver-all-present").isDisplayed())
                .as("presence tools after closing").isFalse();

        // the shell agrees: closed, one problem, none open
        assertThat(Karaf.tableRows(karaf.shell("xueji:verifications --campaign " + campaignId)))
                .anySatisfy(r -> assertThat(r).startsWith(ownSchool, "已完成", "1", "0"));
        close(registrar);
        registrar = null;
    }
}
