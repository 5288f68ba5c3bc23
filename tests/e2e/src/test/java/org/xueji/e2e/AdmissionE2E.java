package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 阳光招生 (R24, R27, issue 12) in the browser: district-admin sets up a season with
 * registrar1's school's plan (approved by district-leader in the 待办 inbox), a service area and the
 * proofs asked of a migrant child, and publishes the seed; a family applies on the public page
 * without an account as a migrant child with a residence permit and uploads the permit's scan (a
 * renamed program is refused by content); registrar1 opens the scan and accepts the application;
 * after the window (the platform clock moved on) the district allocates and finds the school's
 * row in the per-school results; on the results day the
 * family sees 已录取; registrar1 completes the pending registration in 新生注册 and the application
 * is 已注册. The platform clock is put back at the end.
 */
@Order(42)
@DisplayName("Admission: public application, review, plan approval, allocation, result, registration (R24, R27)")
class AdmissionE2E extends BrowsersTest {

    /** Picks the season unless the view already shows it (an open overlay of a chosen item intercepts clicks). */
    private static void chooseSeason(Console c, String selectId, int year) {
        String label = year + " / 1";
        c.until(d -> c.isPresent(selectId) ? Boolean.TRUE : null, "#" + selectId);
        if (!label.equals(c.shownValue(selectId))) {
            c.choose(selectId, label);
        }
    }

    /**
     * Chooses an item of this select only: plan-school and area-school list the same school names (and
     * the category selects the same categories),
     * and {@link Console#choose} may find the other select's (hidden, stale) item first.
     */
    private static void chooseOwnItem(Console c, String selectId, String label) {
        c.scrollIntoView(c.byId(selectId));
        c.byId(selectId).click();
        org.openqa.selenium.WebElement item = c.until(d -> {
            Object found = c.js("""
                    const s = document.getElementById(arguments[0]);
                    if (!s || !s.opened) { return null; }
                    const overlays = Array.from(document.querySelectorAll('vaadin-select-overlay[opened]'))
                        .filter(o => o.owner === s && !o.hasAttribute('opening') && !o.hasAttribute('closing'));
                    const items = overlays.flatMap(o => Array.from(o.querySelectorAll('vaadin-select-item')))
                        .concat(Array.from(s.querySelectorAll('vaadin-select-item')));
                    const item = items.find(i => i.textContent.trim() === arguments[1]
                        && i.getBoundingClientRect().height > 0);
                    if (!item) { return null; }
                    const r = item.getBoundingClientRect();
                    const at = r.top + ',' + r.left;
                    if (item.dataset.xuejiOwn !== at) { item.dataset.xuejiOwn = at; return null; }
                    return item;
                    """, selectId, label);
            return found instanceof org.openqa.selenium.WebElement e ? e : null;
        }, "item \"" + label + "\" of #" + selectId);
        item.click();
        c.until(d -> Boolean.TRUE.equals(c.js("const s = document.getElementById(arguments[0]);"
                + " return !!s && !s.opened;", selectId)) ? Boolean.TRUE : null, "#" + selectId + " to close");
        c.waitForVaadin();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{4}-\\d-\\d{8}");

    @Test
    @DisplayName("R24: a family applies, the school accepts, the draw runs, the family sees 已录取, the registrar registers")
    void fromThePublicPageToRegistration() throws Exception {
        long n = System.nanoTime();
        int year = 2027 + (int) (n % 5); // a season of its own; the child is born before today
        String school = displayName("registrar1").replace("学籍管理员（演示）", "");
        LocalDate today = LocalDate.now();
        LocalDate birth = LocalDate.of(year - 7, 3, 1).plusDays(n / 7 % 200);
        String idNumber = TestIdNumbers.resident("430104", birth, (int) (n / 1000 % 900) + 1);
        String child = "招生测" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (n / 100 % 10));
        try {
            // the district sets up the season, its plan, area and seed
            Console district = loggedIn("district-admin");
            district.open("admission/district");
            district.type("season-year", String.valueOf(year));
            district.type("season-grade", "1");
            district.typeDate("season-opens", today.minusDays(1).toString());
            district.typeDate("season-closes", today.plusDays(1).toString());
            district.click("season-create");
            district.waitForNotification("已保存");
            chooseSeason(district, "district-season", year);
            chooseOwnItem(district, "plan-school", school);
            district.type("plan-classes", "1");
            district.type("plan-cap", "2");
            district.click("plan-save");
            district.waitForNotification("已保存");
            district.type("area-street", "端到端街道");
            district.type("area-community", "端到端社区");
            chooseOwnItem(district, "area-school", school);
            district.click("area-save");
            district.waitForNotification("已保存");
            // the district's short list for a migrant child (R27): the permit plus one proof, in plain words
            chooseOwnItem(district, "rule-category", "随迁子女（居住证）");
            district.checkOption("rule-proofs", "社会保险缴纳证明");
            district.type("rule-plain-zh", "父母一方的居住证和社保缴费证明，不需要其他材料。");
            district.type("rule-plain-en", "A parent's residence permit and social insurance record, nothing else.");
            district.click("rule-save");
            district.waitForNotification("已保存");
            district.until(d -> district.gridRows("district-rules").stream()
                    .anyMatch(r -> r.contains("社会保险缴纳证明")) ? Boolean.TRUE : null, "the rule in district-rules");
            district.type("season-seed", "e2e " + year + " " + n);
            district.click("seed-publish");
            district.waitForNotification("已保存");

            close(district);

            // the plan counts once approved in the 待办 inbox (issue 12, item 1), by another district account
            Console leader = loggedIn("district-leader");
            leader.open("inbox");
            leader.waitForGrid("inbox-grid");
            String subject = year + "-1 · 1×2−0";
            List<String> line = leader.until(d -> leader.gridRows("inbox-grid").stream()
                    .filter(r -> r.stream().anyMatch(c -> c.contains(subject))).findFirst().orElse(null),
                    "the plan in inbox-grid");
            String requestId = line.get(0);
            leader.click("inbox-approve-" + requestId);
            leader.byId("inbox-decision-dialog");
            leader.type("inbox-decision-reason", "同意招生计划");
            leader.click("inbox-decision-confirm");
            leader.until(d -> leader.gridRows("inbox-grid").stream().noneMatch(r -> r.get(0).equals(requestId))
                    ? Boolean.TRUE : null, "the approved plan leaves the inbox");
            close(leader);

            // a family applies on the public page, without an account
            Console family = browser("family");
            family.open("public/admission");
            chooseSeason(family, "public-season", year);
            family.choose("apply-school", school);
            family.type("apply-name", child);
            family.type("apply-id", idNumber);
            family.type("apply-guardian", "招生测家长");
            family.type("apply-phone", "13800138000");
            family.type("apply-street", "端到端街道");
            family.type("apply-community", "端到端社区");
            family.choose("apply-household", "农业");
            assertThat(family.waitForText("public-rule-MIGRANT", "社会保险缴纳证明")).contains("居住证扫描件")
                    .contains("不需要其他材料");
            chooseOwnItem(family, "apply-category", "随迁子女（居住证）");
            family.type("apply-permit-number", "JZ" + (n % 1_000_000_000L));
            family.type("apply-permit-issuer", "岳麓分局");
            family.typeDate("apply-permit-from", LocalDate.of(year - 2, 1, 1).toString());
            family.typeDate("apply-permit-until", LocalDate.of(year + 2, 12, 31).toString());
            family.typeDate("apply-resident-since", LocalDate.of(year - 2, 1, 1).toString());
            family.checkOption("apply-proofs", "社会保险缴纳证明");
            family.click("apply-submit");
            Matcher m = NUMBER.matcher(family.waitForText("apply-number", "报名成功"));
            assertThat(m.find()).isTrue();
            String number = m.group();
            Karaf.log("Admission application %s for %s", number, idNumber);

            // the permit's scan: a renamed program is refused by its content, a PDF is stored
            Path renamed = Files.createTempFile("permit-", ".pdf");
            Path permitScan = Files.createTempFile("permit-", ".pdf");
            Files.write(renamed, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
            Files.write(permitScan, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(family.uploadField("apply-proof-RESIDENCE_PERMIT", renamed, "不是可接受的类型"))
                    .contains(renamed.getFileName().toString());
            family.uploadField("apply-proof-RESIDENCE_PERMIT", permitScan, "已收到");
            family.waitForNotification("已上传证明材料");

            // the school accepts it
            Console registrar = loggedIn("registrar1");
            registrar.open("admission/applications");
            chooseSeason(registrar, "admission-season", year);
            registrar.waitForGrid("admission-applications");
            registrar.clickGridCell("admission-applications", number);
            String scanLink = registrar.until(d -> {
                Object id = registrar.js("const a = document.querySelector('#admission-evidence a');"
                        + " return a ? a.id : null;");
                return id == null ? null : id.toString();
            }, "the stored permit scan in admission-evidence");
            assertThat(registrar.text(scanLink)).contains("居住证扫描件");
            Console.Download scan = registrar.fetchLinkBytes(scanLink);
            assertThat(scan.status()).isEqualTo(200);
            assertThat(new String(scan.bytes(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
            registrar.click("admission-accept");
            registrar.waitForNotification("已保存");
            close(registrar);

            // after the window the district allocates: the draw runs
            karaf.setClockOffsetMinutes(2 * 24 * 60);
            Console allocator = loggedIn("district-admin");
            allocator.open("admission/district");
            chooseSeason(allocator, "district-season", year);
            allocator.click("season-allocate");
            assertThat(allocator.waitForNotification("已分配")).contains("录取 1 人");
            allocator.type("district-results-search", school);
            List<String> row = allocator.until(d -> {
                List<List<String>> rows = allocator.gridRows("district-results");
                return rows.size() == 1 && rows.get(0).contains(school) ? rows.get(0) : null;
            }, "only " + school + " in district-results");
            assertThat(String.join(" | ", row)).contains("随迁子女（居住证） 1 (1)");
            close(allocator);

            // on the results day the family sees its result
            karaf.setClockOffsetMinutes(32 * 24 * 60);
            family.open("public/admission");
            family.type("lookup-number", number);
            family.type("lookup-id", idNumber);
            family.click("lookup-submit");
            assertThat(family.waitForText("lookup-result", number)).contains("已录取");

            // registrar1 completes the pending registration in 新生注册
            Console reg = loggedIn("registrar1");
            reg.open("enrollment/register");
            reg.click("reg-intake-open-" + number);
            reg.waitForValue("reg-id-number", idNumber);
            assertThat(reg.value("reg-name")).isEqualTo(child);
            reg.chooseComboItem("reg-ethnicity", "汉族");
            reg.type("reg-household-address", "湖南省长沙市岳麓区端到端街道端到端社区1号");
            reg.type("reg-g1-relation", "父亲");
            reg.click("reg-save");
            assertThat(reg.waitForText("reg-result-number", "G")).isEqualTo("G" + idNumber);
            reg.open("admission/applications");
            chooseSeason(reg, "admission-season", year);
            reg.waitForGrid("admission-applications");
            reg.until(d -> reg.gridRows("admission-applications").stream()
                    .anyMatch(r -> r.contains(number) && r.contains("已注册")) ? Boolean.TRUE : null,
                    "the application registered");
        } finally {
            karaf.setClockOffsetMinutes(0);
        }
    }
}
