package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * 送教上门 (R25, R26) in the browser: registrar1 registers a child of the town and proposes home
 * teaching; district-admin approves it in the 待办 inbox; headteacher1, on a phone-sized screen
 * (390×844), logs a visit with a photo from the camera input and the guardian's signature drawn
 * on the screen's signature pad, and the child's status counts the visit; {@code xueji:home-visits}
 * shows it, and the school's registrar sees the photo as a thumbnail in the visit list.
 */
@Order(40)
@DisplayName("Special needs: placement approved in the inbox, a visit logged on a phone (R25, R26)")
class SpecialNeedsE2E extends BrowsersTest {

    /** A 1×1 PNG, as a phone photo stands in. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    @DisplayName("R26: a teacher logs a visit with a photo and guardian confirmation at 390×844 and the status changes")
    void placementThenAVisitOnAPhone() throws IOException {
        String name = "送教测试" + (System.nanoTime() % 100_000);
        Console registrar = loggedIn("registrar1");
        registrar.open("special-needs");
        registrar.click("sn-register");
        registrar.type("sn-child-name", name);
        // a new child each run (R26: one entry per child), also on a database kept from an earlier run
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        registrar.type("sn-child-id-number", TestIdNumbers.resident("430104",
                java.time.LocalDate.of(2017, 9, 1).plusDays(random.nextInt(900)), random.nextInt(1000)));
        registrar.type("sn-child-town", "含浦街道");
        registrar.choose("sn-child-disability", "肢体残疾");
        registrar.click("sn-child-save");
        registrar.waitForNotification("已保存");
        registrar.waitForGrid("sn-children");
        List<String> row = registrar.until(d -> registrar.gridRows("sn-children").stream()
                .filter(r -> r.contains(name)).findFirst().orElse(null), "the child in sn-children");
        String childId = row.get(0);
        registrar.clickGridCell("sn-children", name);
        registrar.click("sn-assess");
        registrar.typeDate("sn-assess-date", java.time.LocalDate.now().toString());
        registrar.type("sn-assess-members", "区评估委员会");
        registrar.type("sn-assess-physiology", "肢体二级");
        registrar.type("sn-assess-psychology", "情绪稳定");
        registrar.type("sn-assess-ability", "不能到校");
        registrar.choose("sn-assess-conclusion", "送教上门");
        registrar.click("sn-assess-save");
        registrar.waitForNotification("已提交审批");
        close(registrar);

        // the district approves the placement in the 待办 inbox
        Console district = loggedIn("district-admin");
        district.open("inbox");
        district.waitForGrid("inbox-grid");
        List<String> line = district.until(d -> district.gridRows("inbox-grid").stream()
                .filter(r -> r.stream().anyMatch(c -> c.contains("特殊儿童 #" + childId + " "))).findFirst()
                .orElse(null), "the placement in inbox-grid");
        String workflowId = line.get(0);
        district.click("inbox-approve-" + workflowId);
        district.byId("inbox-decision-dialog");
        district.type("inbox-decision-reason", "同意送教上门");
        district.click("inbox-decision-confirm");
        district.until(d -> district.gridRows("inbox-grid").stream().noneMatch(r -> r.get(0).equals(workflowId))
                ? Boolean.TRUE : null, "the decided placement leaves the inbox");
        close(district);
        assertThat(karaf.shell("xueji:home-visits " + childId)).contains("状态：");

        // the teacher at the child's home, on a phone
        Console phone = loggedIn("headteacher1");
        phone.driver().manage().window().setSize(new Dimension(390, 844));
        phone.open("home-visit");
        phone.chooseComboItem("visit-child", name + " #" + childId + " 含浦街道");
        String before = phone.until(d -> {
            String s = phone.text("visit-status");
            return s.isBlank() ? null : s;
        }, "the child's status");
        assertThat(before).contains("计入 0 次");
        phone.type("visit-start", "09:00");
        phone.type("visit-end", "10:30");
        phone.type("visit-content", "生活语文：认识水果");
        phone.type("visit-progress", "能指认三种水果");
        // no confirmation code: the guardian signs on the screen with a finger (mouse strokes here)
        signOnThePad(phone);
        WebElement camera = phone.fileInput("visit-photo");
        assertThat(camera.getDomAttribute("capture")).as("the phone's camera opens").isEqualTo("environment");
        Path photo = Files.createTempFile("visit-", ".png");
        try {
            Files.write(photo, PNG);
            camera.sendKeys(photo.toAbsolutePath().toString());
            phone.waitForVaadin();
            phone.waitForText("visit-photo-state", "已收到文件");
        } finally {
            Files.deleteIfExists(photo);
        }
        // the form fits the phone's width: nothing to scroll sideways, the button inside the screen
        Object overflow = phone.js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
        Object right = phone.js("return document.getElementById('visit-save').getBoundingClientRect().right"
                + " <= window.innerWidth;");
        assertThat(right).isEqualTo(Boolean.TRUE);
        phone.click("visit-save");
        phone.waitForNotification("已保存");
        String after = phone.waitForText("visit-status", "计入 1 次");
        assertThat(after).isNotEqualTo(before);
        close(phone);

        String visits = karaf.shell("xueji:home-visits " + childId);
        assertThat(visits).as("confirmed by the drawn signature").contains("签名").contains("生活语文");

        // the saved visit's photo shows as a thumbnail in the register, served to the school that may see the child
        Console school = loggedIn("registrar1");
        school.open("special-needs");
        school.waitForGrid("sn-children");
        school.clickGridCell("sn-children", name);
        WebElement thumbnail = school.until(d -> {
            Object img = school.js("const row = document.querySelector('[id^=sn-visit-photos-]');"
                    + " return row ? row.querySelector('img') : null;");
            return img instanceof WebElement e ? e : null;
        }, "the visit's photo thumbnail");
        school.until(d -> ((Number) school.js("return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                thumbnail)).intValue() > 0 ? Boolean.TRUE : null, "the thumbnail loaded");
        close(school);
    }

    @Test
    @DisplayName("R25: the register dialog finds the child's registry record by ID number; the entry is corrected and removed")
    void registerFromTheRegistryThenCorrectAndRemove() {
        // a demo student of registrar1's school (the demo accounts' names are "<school>学籍管理员（演示）")
        String ownSchool = displayName("registrar1").replace("学籍管理员（演示）", "");
        String code = Karaf.tableRows(karaf.shell("xueji:schools")).stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(ownSchool)).map(r -> r.get(0)).findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:schools does not list " + ownSchool));
        List<DemoStudent> students = DemoStudent.parse(karaf.shell("xueji:students --school " + code + " --limit 40"));
        DemoStudent student = students.get((int) (System.nanoTime() % students.size()));

        Console registrar = loggedIn("registrar1");
        registrar.open("special-needs");
        registrar.click("sn-register");
        registrar.type("sn-child-id-number", student.idNumber());
        registrar.waitForText("sn-child-lookup", "已找到学籍");
        registrar.waitForValue("sn-child-name", student.name());
        assertThat(registrar.value("sn-child-student")).as("the registry record's id").isNotBlank();
        registrar.type("sn-child-town", "含浦街道");
        registrar.choose("sn-child-disability", "听力残疾");
        registrar.click("sn-child-save");
        registrar.waitForNotification("已保存");
        List<String> row = registrar.until(d -> registrar.gridRows("sn-children").stream()
                .filter(r -> r.contains(student.name())).reduce((a, b) -> b).orElse(null), "the child in sn-children");
        String childId = row.get(0);

        // a correction of the entry: the guardian's phone
        registrar.clickGridCell("sn-children", childId);
        registrar.click("sn-edit-child");
        registrar.waitForValue("sn-child-name", student.name());
        registrar.type("sn-child-phone", "13912345678");
        registrar.click("sn-child-save");
        registrar.waitForNotification("已保存");

        // registered by mistake: removed with the reason
        registrar.clickGridCell("sn-children", childId);
        registrar.click("sn-remove-child");
        registrar.choose("sn-remove-reason", "误登记");
        registrar.click("sn-remove-confirm");
        registrar.waitForNotification("已删除");
        registrar.until(d -> registrar.gridRows("sn-children").stream().noneMatch(r -> r.get(0).equals(childId))
                ? Boolean.TRUE : null, "the removed child leaves sn-children");
        close(registrar);
    }

    /** Draws a stroke on the visit form's signature pad and waits until the server has the PNG. */
    private static void signOnThePad(Console phone) {
        WebElement canvas = phone.byId("visit-signature-pad-canvas");
        phone.scrollIntoView(canvas);
        new Actions(phone.driver()).moveToElement(canvas, -80, 0).clickAndHold().moveByOffset(40, 25)
                .moveByOffset(40, -30).moveByOffset(50, 20).release().perform();
        phone.until(d -> "true".equals(phone.byId("visit-signature-pad").getDomAttribute("data-signed"))
                ? Boolean.TRUE : null, "the pad signed");
        phone.waitForVaadin();
        // something dark was drawn on the white canvas
        Object dark = phone.js("""
                const c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (let i = 0; i < d.length; i += 4) { if (d[i] < 128) { return true; } }
                return false;""", canvas);
        assertThat(dark).isEqualTo(Boolean.TRUE);
    }

}
