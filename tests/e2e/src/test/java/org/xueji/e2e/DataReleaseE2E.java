package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * R4: no export of personal data without the bureau's written approval. registrar1 cannot
 * export, files a data-release request (one download) picking its scope (一年级; basic and
 * identity fields), district-leader sees that scope and approves it, registrar1 exports the own
 * school's list once (only 一年级's students; the CSV's last line is the request's watermark),
 * the same file asked for again is refused (410), and then no more exports; with a second
 * approved request (二年级, basic fields only) registrar1 exports 学生查询 as it opens and gets
 * only 二年级's students without ID numbers or 学籍号. R7: the auditor finds every step, and the
 * login events this class caused, in the audit trail.
 * Accounts: registrar1, district-leader, auditor, and e2e-lockout (made here, locked here).
 */
@Order(8)
@DisplayName("Data release and export (R4, R7)")
class DataReleaseE2E extends BrowsersTest {

    private static final String PURPOSE = "端到端测试：核对本校学生名单";
    private static final String RECIPIENT = "岳麓区教育局学籍科";
    private static final String SCOPE = "本校全部学生（姓名、学籍号、班级）";
    private static final String DOCUMENT = "岳教函〔2026〕" + (System.currentTimeMillis() % 1000) + "号";
    private static final String SECOND_DOCUMENT = "岳教函〔2026〕" + (System.currentTimeMillis() % 1000 + 1000) + "号";
    private static final String THIRD_DOCUMENT = "岳教函〔2026〕" + (System.currentTimeMillis() % 1000 + 2000) + "号";
    private static final String LOCKOUT_ACCOUNT = "e2e-lockout";
    private static final String BASIC = "基本（姓名、性别、学校、班级）";
    private static final String IDENTITY = "身份（学籍号、身份证件、出生日期、民族等）";

    /** registrar1's browser; a later login of registrar1 replaces it (session.replaced) */
    private static Console registrar;
    private static String ownSchool;
    private static String otherSchool;
    private static long releaseId;

    @BeforeAll
    static void schools() {
        // the demo accounts' names are "<school>学籍管理员（演示）"
        ownSchool = displayName("registrar1").replace("学籍管理员（演示）", "");
        otherSchool = displayName("registrar2").replace("学籍管理员（演示）", "");
    }

    @AfterAll
    static void forgetBrowsers() {
        registrar = null;
    }

    /** DataRelease.watermark() of a request of this class. */
    private static String watermark(long id, String document) {
        return "数据发布申请 #" + id + "（批准文号：" + document + "；用途：" + PURPOSE + "；接收方：" + RECIPIENT
                + "）— 未经区教育局书面批准不得向任何单位或个人提供";
    }

    /** registrar1 files a request for one download of one grade on 数据发布申请; returns its number. */
    private static long fileRequest(Console c, String document, String grade, String... fields) {
        c.open("data-releases");
        c.click("release-new");
        c.type("release-purpose", PURPOSE);
        c.type("release-recipient", RECIPIENT);
        c.type("release-scope", SCOPE);
        assertThat(c.value("release-school")).as("the request's school").isEqualTo(ownSchool);
        // R4: the scope in structured form (what the export enforces)
        c.checkOption("release-grades", grade);
        for (String field : fields) {
            c.checkOption("release-fields", field);
        }
        c.type("release-document", document);
        c.type("release-max-downloads", "1");
        c.type("release-valid-days", "7");
        c.click("release-submit");

        String submitted = c.waitForNotification("已提交数据发布申请");
        Matcher m = Pattern.compile("#(\\d+)").matcher(submitted);
        assertThat(m.find()).as("a request number in: " + submitted).isTrue();
        long id = Long.parseLong(m.group(1));
        c.until(d -> c.gridRows("releases-grid").stream().anyMatch(r -> r.get(0).equals(String.valueOf(id)))
                ? Boolean.TRUE : null, "request #" + id + " in releases-grid");
        assertThat(c.gridRows("releases-grid")).anySatisfy(row -> assertThat(row)
                .startsWith(String.valueOf(id), "待审批").contains(document));
        return id;
    }

    /** district-leader approves the request in a browser of their own, after reading its scope. */
    private static void approve(long id, String expectedScope) {
        Console leader = loggedIn("district-leader");
        leader.open("data-releases");
        leader.click("release-approve-" + id);
        leader.byId("release-approve-dialog");
        // R4: the approver sees what the approval covers
        assertThat(leader.text("release-decision-scope")).isEqualTo(expectedScope);
        leader.type("release-decision-note", "同意，仅限一次下载");
        leader.click("release-decision-confirm");
        assertThat(leader.waitForNotification("已批准申请 #" + id)).isNotBlank();
        leader.until(d -> leader.gridRows("releases-grid").stream()
                .anyMatch(r -> r.get(0).equals(String.valueOf(id)) && r.contains("已批准"))
                ? Boolean.TRUE : null, "request #" + id + " shown as 已批准");
        close(leader);
    }

    /** Clicks 导出 CSV; returns the notification it brings (success or the refusal). */
    private static String export(Console c) {
        c.until(d -> c.isEnabled("export-button") ? Boolean.TRUE : null, "export-button enabled");
        c.click("export-button");
        return c.waitForNotification("");
    }

    @Test
    @Order(1)
    @DisplayName("R4: without an approved request registrar1's export is disabled and says why (书面批准)")
    void exportNeedsAnApprovedRequest() {
        registrar = browser("registrar1");
        // one mistyped password first (login.failed, looked for in the audit trail below)
        registrar.submitLogin("registrar1", "Mistyped-2026");
        assertThat(registrar.loginError()).isEqualTo(LoginE2E.LOGIN_FAILED);
        registrar.login("registrar1", Console.DEMO_PASSWORD);

        registrar.open("students");
        registrar.byId("student-grid");
        assertThat(registrar.waitForText("export-disabled-reason", "书面批准")).contains("数据发布申请");
        assertThat(registrar.isEnabled("export-button")).as("export-button enabled").isFalse();
        assertThat(registrar.isEnabled("export-release")).as("export-release enabled").isFalse();
    }

    @Test
    @Order(2)
    @DisplayName("R4: registrar1 files a data-release request with the written approval's number")
    void registrarFilesARequest() {
        releaseId = fileRequest(registrar, DOCUMENT, "一年级", BASIC, IDENTITY);
        // still no export: the request is pending
        registrar.open("students");
        assertThat(registrar.waitForText("export-disabled-reason", "书面批准")).isNotBlank();
        assertThat(registrar.isEnabled("export-button")).isFalse();
    }

    @Test
    @Order(3)
    @DisplayName("R4: district-leader approves the request")
    void leaderApproves() {
        assertThat(releaseId).as("the request of the previous test").isPositive();
        approve(releaseId, "1 年级；" + BASIC + "、" + IDENTITY);
    }

    @Test
    @Order(4)
    @DisplayName("R4: registrar1 exports the own school's students once: the CSV's last line is the watermark; then export is disabled")
    void registrarExportsOnce() {
        assertThat(releaseId).as("the request of the previous tests").isPositive();
        // registrar1 comes back in another browser: the new login ends the first session (session.replaced)
        Console first = registrar;
        registrar = browser("registrar1-again");
        registrar.login("registrar1", Console.DEMO_PASSWORD);
        close(first);

        // the list of the own school, chosen in the search form
        registrar.open("students");
        registrar.type("search-school", ownSchool);
        registrar.click("search-button");
        registrar.waitForPath("students\\?.*school=\\d+.*");
        registrar.waitForGrid("student-grid");
        assertThat(registrar.selectedLabel("export-release")).as("the only usable release, picked")
                .startsWith("#" + releaseId + " ")
                .contains(DOCUMENT);

        assertThat(export(registrar)).as("the export's notification").contains("已生成");

        String href = registrar.linkHref("export-download");
        String csv = registrar.fetchLinkText("export-download");
        List<String> lines = csv.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(0)).isEqualTo("学籍号,姓名,性别,出生日期,身份证号,学校,班级");
        assertThat(lines.size()).as("header, students, watermark").isGreaterThan(2);
        // R4: the last line names the request and its written approval
        assertThat(lines.get(lines.size() - 1)).isEqualTo(watermark(releaseId, DOCUMENT))
                .startsWith("数据发布申请 #" + releaseId + "（批准文号：" + DOCUMENT);
        // R1: only the own school's students; R4: only the approved grade
        assertThat(lines.subList(1, lines.size() - 1))
                .allSatisfy(l -> assertThat(l).contains(ownSchool).contains(",一年级("))
                .noneSatisfy(l -> assertThat(l).contains(otherSchool));
        // R4: the file is served once; the same link again is refused
        assertThat(registrar.fetchStatus(href)).as("a second download of the same file").isEqualTo(410);

        // the one download is used: export disabled again, also after a reload
        registrar.until(d -> registrar.isEnabled("export-button") ? null : Boolean.TRUE, "export-button disabled");
        assertThat(registrar.waitForText("export-disabled-reason", "书面批准")).isNotBlank();
        registrar.reload();
        assertThat(registrar.waitForText("export-disabled-reason", "书面批准")).isNotBlank();
        assertThat(registrar.isEnabled("export-button")).as("export-button after the download").isFalse();

        registrar.open("data-releases");
        assertThat(registrar.gridRows("releases-grid")).anySatisfy(row -> assertThat(row)
                .startsWith(String.valueOf(releaseId), "次数已用完").contains("1/1"));
    }

    @Test
    @Order(5)
    @DisplayName("R4: with two approved requests registrar1 picks one and exports the student list as it opens (own school, no filter)")
    void registrarExportsTheDefaultList() {
        // two new requests: the first one is used up; the one exported with covers 二年级 and the basic fields only
        long other = fileRequest(registrar, THIRD_DOCUMENT, "二年级", BASIC);
        approve(other, "2 年级；" + BASIC);
        long id = fileRequest(registrar, SECOND_DOCUMENT, "二年级", BASIC);
        approve(id, "2 年级；" + BASIC);

        // 学生查询 as it opens: a school registrar sees (only) the own school's students
        registrar.open("students");
        registrar.waitForGrid("student-grid");
        assertThat(registrar.gridRows("student-grid")).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains(ownSchool));
        // R4: of two usable releases none is picked for the user: the export asks, and spends nothing
        assertThat(registrar.selectedLabel("export-release")).as("export-release with two usable").isEmpty();
        registrar.until(d -> registrar.isEnabled("export-button") ? Boolean.TRUE : null, "export-button enabled");
        registrar.click("export-button");
        assertThat(registrar.waitForFieldError("export-release")).as("export-release asks for a pick")
                .isEqualTo("请选择本次导出使用的数据使用审批（将占用其一次下载）");
        registrar.choose("export-release", "#" + id + " " + SECOND_DOCUMENT + "（" + PURPOSE + "，剩余 1 次）");

        assertThat(export(registrar)).as("the export's notification for request #" + id).contains("已生成");
        List<String> lines = registrar.fetchLinkText("export-download").replace("\uFEFF", "").lines()
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(watermark(id, SECOND_DOCUMENT));
        // R4: only the approved fields (no 学籍号, ID number or birth date) and the approved grade
        assertThat(lines.get(0)).isEqualTo("姓名,性别,学校,班级");
        assertThat(lines.size()).as("header, students, watermark").isGreaterThan(2);
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(l -> assertThat(l).contains(ownSchool)
                .contains(",二年级(").doesNotContainPattern("\\d{17}[0-9X]")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
        // the picked request is used up; the other one, now the only one left, is shown as picked
        registrar.until(d -> registrar.selectedLabel("export-release").startsWith("#" + other + " ") ? Boolean.TRUE
                : null, "request #" + other + " left and shown as picked in export-release");
    }

    @Test
    @Order(6)
    @DisplayName("R7: the auditor's audit view shows export, release.request, release.approve, login.failed, login.locked, session.replaced")
    void auditorSeesEveryStep() {
        assertThat(releaseId).as("the request of the previous tests").isPositive();
        // a lockout of an account made for it (five wrong passwords, then one more attempt)
        karaf.shellWithPassword("xueji:account-add --name E2E-Lockout --role AUDITOR " + LOCKOUT_ACCOUNT,
                "Lockout2026Pass");
        Console lockout = browser(LOCKOUT_ACCOUNT);
        for (int attempt = 1; attempt <= 5; attempt++) {
            lockout.submitLogin(LOCKOUT_ACCOUNT, "Wrong-password-" + attempt);
            lockout.loginError();
        }
        lockout.submitLogin(LOCKOUT_ACCOUNT, "Lockout2026Pass");
        // issue 16: the same text as a wrong password; the lock shows in the audit view below (login.locked)
        assertThat(lockout.loginError()).isEqualTo(LoginE2E.LOGIN_FAILED);
        close(lockout);

        Console auditor = loggedIn("auditor");
        String target = "数据发布申请 " + releaseId;
        assertThat(auditRows(auditor, "registrar1", "export"))
                .anySatisfy(row -> assertThat(row).contains("export", target));
        assertThat(auditRows(auditor, "registrar1", "release.request"))
                .anySatisfy(row -> assertThat(row).contains("release.request", target));
        assertThat(auditRows(auditor, "district-leader", "release.approve"))
                .anySatisfy(row -> assertThat(row).contains("release.approve", target));
        assertThat(auditRows(auditor, "registrar1", "login.failed"))
                .anySatisfy(row -> assertThat(row).contains("login.failed"));
        assertThat(auditRows(auditor, "registrar1", "session.replaced"))
                .anySatisfy(row -> assertThat(row).contains("session.replaced"));
        assertThat(auditRows(auditor, LOCKOUT_ACCOUNT, "login.locked"))
                .anySatisfy(row -> assertThat(row).contains("login.locked"));
    }
}
