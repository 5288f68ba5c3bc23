package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Issue 14 (R10, R11, R17): a transfer within the district through every step in the console —
 * the receiving school's registrar finds the student of the other demo school by ID number and
 * submits with the R9/R11 evidence, the receiving principal accepts, the sending principal
 * consents, the district leader approves — ending with the student in the new class
 * (xueji:students), the move in the record's history and the sending school's view read-only.
 */
@Order(35)
@DisplayName("Transfers: a transfer through every step, the record follows the student (issue 14)")
class TransferE2E extends BrowsersTest {

    private static final Pattern SUBMITTED = Pattern.compile("编号 (\\d+)");

    @Test
    @DisplayName("R10/R11 籍随人走: receiving principal → sending school → district; the record moves, the sender's view is read-only")
    void aTransferThroughEveryStep() throws Exception {
        // the two demo schools (accounts 1 and 2, by code): the receiving one must not be 大校额 (R8)
        List<List<String>> schools = Karaf.tableRows(karaf.shell("xueji:schools"));
        String name1 = displayName("registrar1").replace("学籍管理员（演示）", "");
        String name2 = displayName("registrar2").replace("学籍管理员（演示）", "");
        List<String> school1 = schools.stream().filter(r -> r.get(1).equals(name1)).findFirst().orElseThrow();
        List<String> school2 = schools.stream().filter(r -> r.get(1).equals(name2)).findFirst().orElseThrow();
        boolean oneReceives = !school1.get(school1.size() - 1).contains("是");
        String receiving = oneReceives ? "1" : "2";
        String sending = oneReceives ? "2" : "1";
        List<String> to = oneReceives ? school1 : school2;
        List<String> from = oneReceives ? school2 : school1;

        // a grade-3 student of the sending school (grade 3 has no enrollment plan) and a grade-3
        // class of the receiving school with room (R15)
        DemoStudent student = DemoStudent.parse(karaf.shell("xueji:students --school " + from.get(0)
                + " --grade 3 --limit 1")).get(0);
        List<String> target = Karaf.tableRows(karaf.shell("xueji:class-sizes --school " + to.get(0) + " --grade 3"))
                .stream().filter(r -> r.size() > 3 && r.get(3).matches("\\d+") && Integer.parseInt(r.get(3)) < 54)
                .findFirst().orElseThrow();
        String className = target.get(2);

        Console registrar = loggedIn("registrar" + receiving);
        registrar.open("transfers");
        registrar.click("transfer-start");
        registrar.type("transfer-find-number", student.idNumber());
        registrar.click("transfer-find");
        assertThat(registrar.waitForText("transfer-found", "找到学籍")).doesNotContain(student.idNumber());
        registrar.choose("transfer-class", className);
        registrar.type("transfer-reason", "随父母工作调动（端到端测试）");
        uploadEvidence(registrar, "transfer");
        registrar.click("transfer-submit");
        Matcher m = SUBMITTED.matcher(registrar.waitForNotification("已提交"));
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        registrar.waitForGrid("transfer-grid");
        assertThat(registrar.gridRows("transfer-grid")).anySatisfy(row -> assertThat(row).contains(id, "审批中",
                "接收学校校长同意"));

        decide("principal" + receiving, id);
        decide("principal" + sending, id);
        decide("district-leader", id);

        // the record follows the student: in the receiving school's class
        List<DemoStudent> now = DemoStudent.parse(karaf.shell("xueji:students --id-number " + student.idNumber()));
        assertThat(now).singleElement().satisfies(s -> {
            assertThat(s.school()).isEqualTo(to.get(1));
            assertThat(s.className()).isEqualTo(className);
        });
        assertThat(karaf.shell("xueji:transfer-show " + id)).contains("已批准");

        // the move is in the record's history on the student's changes page
        registrar.open("transfers");
        registrar.waitForGrid("transfer-grid");
        String studentId = registrar.gridRows("transfer-grid").stream().filter(r -> r.contains(id)).findFirst()
                .orElseThrow().get(2);
        registrar.open("student-changes?student=" + studentId);
        registrar.waitForGrid("student-history-grid");
        assertThat(registrar.gridRows("student-history-grid")).anySatisfy(row -> assertThat(row)
                .contains("schoolId"));
        assertThat(registrar.gridRows("student-changes-grid")).anySatisfy(row -> assertThat(row)
                .contains(id, "已批准"));

        // the sending school keeps a read-only view of what it sent
        Console sender = loggedIn("registrar" + sending);
        sender.open("transfers");
        sender.waitForGrid("transfer-grid");
        assertThat(sender.gridRows("transfer-grid")).anySatisfy(row -> assertThat(String.join(" ", row))
                .contains(id).contains("只读"));
        sender.click("transfer-details-" + id);
        assertThat(sender.waitForText("transfer-details-status", "已批准")).contains("只读");
        assertThat(sender.isPresent("transfer-approve")).isFalse();
    }

    @Test
    @DisplayName("the district starts a transfer from the console: it picks the receiving school and class")
    void theDistrictStartsATransfer() throws Exception {
        List<List<String>> schools = Karaf.tableRows(karaf.shell("xueji:schools"));
        String name1 = displayName("registrar1").replace("学籍管理员（演示）", "");
        String name2 = displayName("registrar2").replace("学籍管理员（演示）", "");
        List<String> school1 = schools.stream().filter(r -> r.get(1).equals(name1)).findFirst().orElseThrow();
        List<String> school2 = schools.stream().filter(r -> r.get(1).equals(name2)).findFirst().orElseThrow();
        boolean oneReceives = !school1.get(school1.size() - 1).contains("是");
        List<String> to = oneReceives ? school1 : school2;
        List<String> from = oneReceives ? school2 : school1;
        // another grade-3 student than the other test's (it took the first one)
        DemoStudent student = DemoStudent.parse(karaf.shell("xueji:students --school " + from.get(0)
                + " --grade 3 --limit 2")).get(1);
        String className = Karaf.tableRows(karaf.shell("xueji:class-sizes --school " + to.get(0) + " --grade 3"))
                .stream().filter(r -> r.size() > 3 && r.get(3).matches("\\d+") && Integer.parseInt(r.get(3)) < 54)
                .findFirst().orElseThrow().get(2);

        Console district = loggedIn("district-admin");
        district.open("transfers");
        district.click("transfer-start");
        district.type("transfer-find-number", student.idNumber());
        district.click("transfer-find");
        assertThat(district.waitForText("transfer-found", "找到学籍")).doesNotContain(student.idNumber());
        district.choose("transfer-target-school", to.get(1));
        district.choose("transfer-class", className);
        district.type("transfer-reason", "区教育局统筹安排（端到端测试）");
        uploadEvidence(district, "transfer");
        district.click("transfer-submit");
        Matcher m = SUBMITTED.matcher(district.waitForNotification("已提交"));
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        // submitted by the district, waiting for the receiving principal as a school's transfer does
        assertThat(karaf.shell("xueji:transfer-show " + id)).contains("审批中").contains("district-admin");
        district.waitForGrid("transfer-grid");
        assertThat(district.gridRows("transfer-grid")).anySatisfy(row -> assertThat(row).contains(id, "审批中",
                "接收学校校长同意"));
        close(district);
    }

    @Test
    @DisplayName("the district starts a class change (调班) on a student's changes page: the record's school's classes are offered")
    void theDistrictStartsAClassChange() {
        List<List<String>> schools = Karaf.tableRows(karaf.shell("xueji:schools"));
        String name1 = displayName("registrar1").replace("学籍管理员（演示）", "");
        String code = schools.stream().filter(r -> r.get(1).equals(name1)).findFirst().orElseThrow().get(0);
        // a grade with two classes, one of them with room (R15)
        DemoStudent student = null;
        String otherClass = null;
        for (int grade = 1; grade <= 9 && otherClass == null; grade++) {
            List<List<String>> classes = Karaf.tableRows(karaf.shell("xueji:class-sizes --school " + code
                    + " --grade " + grade)).stream().filter(r -> r.size() > 3 && r.get(3).matches("\\d+")).toList();
            if (classes.size() < 2) {
                continue;
            }
            List<DemoStudent> inGrade = DemoStudent.parse(karaf.shell("xueji:students --school " + code + " --grade "
                    + grade + " --limit 1"));
            if (inGrade.isEmpty()) {
                continue;
            }
            DemoStudent s = inGrade.get(0);
            otherClass = classes.stream().filter(r -> !r.get(2).equals(s.className())
                    && Integer.parseInt(r.get(3)) < 54).map(r -> r.get(2)).findFirst().orElse(null);
            student = s;
        }
        assertThat(otherClass).as("a demo grade with two classes").isNotNull();

        Console district = loggedIn("district-admin");
        openChangesOf(district, student);
        district.click("student-change-request");
        district.choose("change-type", "调班");
        district.choose("change-class", otherClass);
        district.type("change-reason", "区教育局调整班级（端到端测试）");
        district.click("change-submit");
        district.waitForNotification("已提交");
        district.waitForGrid("student-changes-grid");
        assertThat(district.gridRows("student-changes-grid")).anySatisfy(row -> assertThat(row)
                .contains("调班", "审批中"));
        close(district);
    }

    @Test
    @DisplayName("转入（外区/外省）: the receiving school enters the record from the printed 学籍登记表; principal, the sending side's reply, district; the record is created in the class")
    void aTransferInFromOutsideTheDistrict() throws Exception {
        List<List<String>> schools = Karaf.tableRows(karaf.shell("xueji:schools"));
        String name1 = displayName("registrar1").replace("学籍管理员（演示）", "");
        String name2 = displayName("registrar2").replace("学籍管理员（演示）", "");
        List<String> school1 = schools.stream().filter(r -> r.get(1).equals(name1)).findFirst().orElseThrow();
        List<String> school2 = schools.stream().filter(r -> r.get(1).equals(name2)).findFirst().orElseThrow();
        boolean oneReceives = !school1.get(school1.size() - 1).contains("是");
        String receiving = oneReceives ? "1" : "2";
        List<String> to = oneReceives ? school1 : school2;
        String className = Karaf.tableRows(karaf.shell("xueji:class-sizes --school " + to.get(0) + " --grade 3"))
                .stream().filter(r -> r.size() > 3 && r.get(3).matches("\\d+") && Integer.parseInt(r.get(3)) < 54)
                .findFirst().orElseThrow().get(2);
        // a child registered in Guangzhou: no record in the district (D1)
        java.time.LocalDate birth = java.time.LocalDate.of(2017, 4, 12);
        String idNumber = TestIdNumbers.resident("440106", birth, 517);

        Console registrar = loggedIn("registrar" + receiving);
        registrar.open("transfers");
        registrar.click("transfer-in-start");
        registrar.type("trfin-id-number", idNumber);
        registrar.waitForValue("trfin-birth-date", birth.toString());
        registrar.type("trfin-name", "外省转入测");
        registrar.chooseComboItem("trfin-ethnicity", "汉族");
        registrar.type("trfin-household-address", "广东省广州市天河区端到端测试路1号");
        registrar.choose("trfin-household-type", "非农业");
        registrar.type("trfin-current-address", "湖南省长沙市岳麓区端到端测试社区2号");
        registrar.type("trfin-g1-name", "转入测家长");
        registrar.type("trfin-g1-relation", "父亲");
        registrar.type("trfin-g1-phone", "13800138000");
        registrar.type("trfin-other-side", "广东省广州市天河区某小学");
        registrar.choose("trfin-grade", "三年级");
        registrar.choose("trfin-class", className);
        registrar.type("trfin-reason", "随父母迁居本区（端到端测试）");
        uploadEvidence(registrar, "trfin");
        registrar.click("trfin-submit");
        Matcher m = SUBMITTED.matcher(registrar.waitForNotification("已提交"));
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        registrar.waitForGrid("transfer-grid");
        assertThat(registrar.gridRows("transfer-grid")).anySatisfy(row -> assertThat(row).contains(id,
                "转入（区外/省外）", "审批中", "接收学校校长同意"));
        assertThat(DemoStudent.parse(karaf.shell("xueji:students --id-number " + idNumber))).isEmpty();

        decide("principal" + receiving, id);
        // the sending side's reply, recorded by the receiving school before the district decides
        registrar.open("transfers");
        registrar.waitForGrid("transfer-grid");
        registrar.click("transfer-details-" + id);
        // pending, no record yet: the details show the entered record (ID number masked) and the 转学联系表 prints
        assertThat(registrar.waitForText("transfer-entered-name", "外省转入测")).contains("外省转入测");
        assertThat(registrar.text("transfer-entered-id")).contains(idNumber.substring(0, 6) + "********"
                + idNumber.substring(14)).doesNotContain(idNumber);
        assertThat(registrar.text("transfer-entered-from")).contains("广东省广州市天河区某小学");
        Console.Download form = registrar.fetchLinkBytes("transfer-form-download");
        assertThat(form.status()).as("the 转学联系表 of a pending transfer in").isEqualTo(200);
        assertThat(form.head(5)).isEqualTo("%PDF-");
        registrar.click("transfer-reply-yes");
        registrar.waitForNotification("已办理");
        close(registrar);
        decide("district-leader", id);

        // the record is created in the receiving school's class, with the G 学籍号
        assertThat(DemoStudent.parse(karaf.shell("xueji:students --id-number " + idNumber))).singleElement()
                .satisfies(s -> {
                    assertThat(s.school()).isEqualTo(to.get(1));
                    assertThat(s.className()).isEqualTo(className);
                });
        assertThat(karaf.shell("xueji:transfer-show " + id)).contains("已批准");
        assertThat(karaf.shell("xueji:transfers --school " + to.get(0))).contains("转入（区外/省外）");
    }

    @Test
    @DisplayName("R18: a 人在籍不在 finding without any record in the district starts 发起转入 in one click, prefilled from the roster")
    void aFindingWithoutARecordStartsATransferInPrefilled() {
        List<String> to = receivingSchool();
        String receiving = to.get(1).equals(displayName("registrar1").replace("学籍管理员（演示）", "")) ? "1" : "2";
        // a campaign of the district, the receiving school's check: the first class all present plus one child
        // present without any record (born in Guangzhou: no record in the district)
        Console admin = loggedIn("district-admin");
        admin.open("enrollment/verification");
        admin.click("ver-open");
        admin.type("ver-open-title", "转入一键发起核查" + (System.currentTimeMillis() % 100000));
        admin.click("ver-open-save");
        String campaign = admin.waitForPath("enrollment/verification\\?campaign=\\d+").replaceAll(".*campaign=(\\d+).*", "$1");
        close(admin);
        java.time.LocalDate birth = java.time.LocalDate.of(2016, 9, 3);
        String idNumber = TestIdNumbers.resident("440106", birth, 611);
        String name = "花名册无籍生";

        // a second child present without a record, new in the school's starting grade: registered in one click
        boolean primary = !karaf.shell("xueji:students --school " + to.get(0) + " --grade 1 --limit 1").contains("共 0 人");
        int startingGrade = primary ? 1 : 7;
        java.time.LocalDate today = karaf.platformNow().toLocalDate();
        java.time.LocalDate newBirth = today.minusYears(5 + startingGrade).minusDays(40 + today.getDayOfYear() % 200);
        String newIdNumber = TestIdNumbers.resident("440106", newBirth, 613);
        String newName = "花名册新生";

        Console registrar = loggedIn("registrar" + receiving);
        registrar.open("enrollment/verification?campaign=" + campaign);
        registrar.byId("ver-school");
        press(registrar, "ver-all-present");
        press(registrar, "ver-add-person");
        registrar.type("ver-add-name", name);
        registrar.type("ver-add-id", idNumber);
        registrar.click("ver-add-save");
        press(registrar, "ver-add-person");
        registrar.type("ver-add-name", newName);
        registrar.type("ver-add-id", newIdNumber);
        registrar.choose("ver-add-grade", primary ? "一年级" : "七年级");
        registrar.click("ver-add-save");
        press(registrar, "ver-submit-class");
        registrar.waitForNotification("已提交");
        press(registrar, "ver-tab-person");
        registrar.scrollIntoView(registrar.byId(findingAction(registrar, "finding-transfer-", name)));
        registrar.click(findingAction(registrar, "finding-transfer-", name));
        registrar.waitForVaadin();

        // no record in the district: the transfer in from outside opens, filled in from the roster
        assertThat(registrar.waitForText("trfin-finding-banner", "区内没有该学生的学籍")).contains("按区外转入办理");
        registrar.waitForValue("trfin-id-number", idNumber);
        assertThat(registrar.value("trfin-name")).isEqualTo(name);
        registrar.waitForValue("trfin-birth-date", birth.toString());
        assertThat(registrar.shownValue("trfin-grade")).isNotEmpty();

        // R18: the new child of the starting grade is registered from its finding, which is then settled
        registrar.open("enrollment/verification?campaign=" + campaign);
        press(registrar, "ver-tab-person");
        String register = findingAction(registrar, "finding-register-", newName);
        registrar.scrollIntoView(registrar.byId(register));
        registrar.click(register);
        assertThat(registrar.waitForText("reg-finding-banner", "人籍一致核查发现")).contains("在校无籍");
        registrar.waitForValue("reg-id-number", newIdNumber);
        assertThat(registrar.value("reg-name")).isEqualTo(newName);
        registrar.waitForValue("reg-birth-date", newBirth.toString());
        assertThat(registrar.shownValue("reg-entry-grade")).isEqualTo(primary ? "一年级" : "七年级");
        registrar.chooseComboItem("reg-ethnicity", "汉族");
        registrar.type("reg-household-address", "湖南省长沙市岳麓区望岳街道端到端测试社区2号");
        registrar.choose("reg-household-type", "非农业");
        registrar.type("reg-current-address", "湖南省长沙市岳麓区望岳街道端到端测试社区2号");
        registrar.type("reg-g1-name", "花名册家长");
        registrar.type("reg-g1-relation", "母亲");
        registrar.type("reg-g1-phone", "13800138001");
        registrar.waitForText("reg-check-kind", "G");
        registrar.click("reg-save");
        assertThat(registrar.waitForText("reg-result-number", "G")).isEqualTo("G" + newIdNumber);
        assertThat(registrar.waitForNotification("已标记为")).contains("已补建学籍");
        assertThat(karaf.shell("xueji:students --id-number " + newIdNumber)).contains("共 1 人");
        // the finding is resolved as the school would have resolved it by hand
        registrar.open("enrollment/verification?campaign=" + campaign);
        press(registrar, "ver-tab-person");
        registrar.waitForGrid("ver-discrepancies");
        assertThat(registrar.gridRows("ver-discrepancies")).anySatisfy(r -> assertThat(String.join(" ", r))
                .contains(newName).contains("已补建学籍"));
        close(registrar);
    }

    /**
     * The id of a finding's action link (e.g. {@code finding-transfer-}, {@code finding-register-}) in the row of
     * the 人在籍不在 list that names the child (the link's grid row read through the grid's slots).
     */
    private static String findingAction(Console c, String idPrefix, String childName) {
        return c.until(d -> {
            Object id = c.js("""
                    for (const a of document.querySelectorAll("a[id^='" + arguments[0] + "']")) {
                        const cell = a.closest('vaadin-grid-cell-content');
                        const td = cell && cell.assignedSlot ? cell.assignedSlot.parentElement : null;
                        const tr = td ? td.parentElement : null;
                        if (!tr) { continue; }
                        const text = Array.from(tr.querySelectorAll('td')).map(t => {
                            const slot = t.querySelector('slot');
                            const el = slot ? slot.assignedElements()[0] : null;
                            return el ? el.textContent : '';
                        }).join(' ');
                        if (text.includes(arguments[1])) { return a.id; }
                    }
                    return null;
                    """, idPrefix, childName);
            return id == null ? null : id.toString();
        }, idPrefix + " link of " + childName);
    }

    @Test
    @DisplayName("R4: 学籍异动统计 exports the aggregate counts without a data release, served once")
    void theStatisticsExportBarDownloadsOnce() {
        Console district = loggedIn("district-admin");
        district.open("transfers/statistics");
        district.byId("transfer-stats-export");
        district.click("transfer-stats-export-pdf");
        String href = district.linkHref("transfer-stats-download");
        Console.Download file = district.fetchLinkBytes("transfer-stats-download");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.head(5)).isEqualTo("%PDF-");
        // a single-use download: the same link again is gone
        assertThat(district.fetchStatus(href)).isEqualTo(410);
        assertThat(karaf.shell("xueji:audit --action transfer.export --limit 5")).contains("transfer.export");
        close(district);
    }

    @Test
    @DisplayName("地方异动类型: a type configured in localTypes is started from the student's changes page and listed")
    void aLocalChangeTypeFromConfiguration() {
        // the district's own type, set as an operator does (etc/org.xueji.transfer.cfg); left configured
        karaf.shell("config:property-set -p org.xueji.transfer localTypes \"e2e-home|E2E-local|E2E local|no|no\"");
        List<List<String>> schools = Karaf.tableRows(karaf.shell("xueji:schools"));
        String name1 = displayName("registrar1").replace("学籍管理员（演示）", "");
        String code = schools.stream().filter(r -> r.get(1).equals(name1)).findFirst().orElseThrow().get(0);
        // the third grade-5 student: the class-change test takes the first student of its grade
        DemoStudent student = DemoStudent.parse(karaf.shell("xueji:students --school " + code
                + " --grade 5 --limit 3")).get(2);

        Console registrar = loggedIn("registrar1");
        openChangesOf(registrar, student);
        registrar.click("student-change-request");
        registrar.choose("change-type", "地方异动类型");
        registrar.choose("change-local-type", "E2E-local");
        registrar.type("change-reason", "地方异动类型（端到端测试）");
        registrar.click("change-submit");
        registrar.waitForNotification("已提交");
        registrar.waitForGrid("student-changes-grid");
        assertThat(registrar.gridRows("student-changes-grid")).anySatisfy(row -> assertThat(String.join(" ", row))
                .contains("e2e-home").contains("审批中"));
        close(registrar);
    }

    /** The demo school (registrar1's or registrar2's) that is not 大校额 (R8): its row of xueji:schools. */
    private static List<String> receivingSchool() {
        List<List<String>> schools = Karaf.tableRows(karaf.shell("xueji:schools"));
        String name1 = displayName("registrar1").replace("学籍管理员（演示）", "");
        String name2 = displayName("registrar2").replace("学籍管理员（演示）", "");
        List<String> school1 = schools.stream().filter(r -> r.get(1).equals(name1)).findFirst().orElseThrow();
        List<String> school2 = schools.stream().filter(r -> r.get(1).equals(name2)).findFirst().orElseThrow();
        return !school1.get(school1.size() - 1).contains("是") ? school1 : school2;
    }

    /** The student found by ID number, then the student's 学籍异动 page (as a registrar gets there). */
    private static void openChangesOf(Console c, DemoStudent student) {
        c.open("students");
        c.type("search-id-number", student.idNumber());
        c.click("search-button");
        c.waitForText("search-count", "共 1 人");
        c.clickGridCell("student-grid", student.name());
        String path = c.waitForPath("students/\\d+");
        c.open("student-changes?student=" + path.substring(path.lastIndexOf('/') + 1));
    }

    /** Clicks a button of a long page that may be scrolled out of view; notifications of earlier steps closed first. */
    private static void press(Console c, String id) {
        c.js("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
        c.scrollIntoView(c.byId(id));
        c.click(id);
    }

    /** The three R9/R11 evidence uploads of a start dialog ({@code <prefix>-evidence-<category>}), one small PDF. */
    private static void uploadEvidence(Console c, String prefix) throws java.io.IOException {
        Path pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        for (String category : List.of("household", "registration_form", "admission_conditions")) {
            c.uploadField(prefix + "-evidence-" + category, pdf, "已收到");
        }
    }

    private static void decide(String account, String id) {
        Console c = loggedIn(account);
        c.open("transfers");
        c.waitForGrid("transfer-grid");
        c.click("transfer-details-" + id);
        c.click("transfer-approve");
        c.waitForNotification("已办理");
        close(c);
    }

}
