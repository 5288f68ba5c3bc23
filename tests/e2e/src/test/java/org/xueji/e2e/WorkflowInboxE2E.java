package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * R3/R17: the 待办 inbox. registrar1 files a data-release request; district-leader finds it on
 * the home page's 待办审批 card and in the inbox (type, subject, school, step, deadline, working
 * days left), a rejection without a reason is refused in the dialog, the approval there decides
 * the release (数据发布申请 shows it 已批准) and the line leaves the inbox.
 * Accounts: registrar1, district-leader.
 */
@Order(24)
@DisplayName("待办 inbox (R3, R17)")
class WorkflowInboxE2E extends BrowsersTest {

    private static final String PURPOSE = "端到端测试：待办审批 " + (System.currentTimeMillis() % 100_000);

    @Test
    @DisplayName("R3/R17: district-leader approves a pending data release from the 待办 inbox")
    void leaderApprovesFromTheInbox() {
        String ownSchool = displayName("registrar1").replace("学籍管理员（演示）", "");
        Console registrar = loggedIn("registrar1");
        registrar.open("data-releases");
        registrar.click("release-new");
        registrar.type("release-purpose", PURPOSE);
        registrar.type("release-recipient", "岳麓区教育局学籍科");
        registrar.type("release-scope", "本校一年级名单");
        // R4: a request names its grades and field groups
        registrar.checkOption("release-grades", "一年级");
        registrar.checkOption("release-fields", "基本（姓名、性别、学校、班级）");
        registrar.type("release-document", "岳教函〔2026〕" + (System.currentTimeMillis() % 1000 + 2000) + "号");
        registrar.type("release-max-downloads", "1");
        registrar.type("release-valid-days", "7");
        registrar.click("release-submit");
        Matcher m = Pattern.compile("#(\\d+)").matcher(registrar.waitForNotification("已提交数据发布申请"));
        assertThat(m.find()).isTrue();
        long releaseId = Long.parseLong(m.group(1));
        close(registrar);

        Console leader = loggedIn("district-leader");
        leader.open("");
        assertThat(leader.text("pending-card")).startsWith("待办审批");
        assertThat(Integer.parseInt(leader.text("pending-count").strip())).isPositive();

        leader.open("inbox");
        leader.waitForGrid("inbox-grid");
        List<String> line = leader.until(d -> leader.gridRows("inbox-grid").stream()
                .filter(r -> r.contains(PURPOSE)).findFirst().orElse(null), "the request in inbox-grid");
        // request, type, subject, school, step, submitted, deadline, days left
        assertThat(line.get(1)).isEqualTo("数据发布申请");
        assertThat(line.get(3)).isEqualTo(ownSchool);
        assertThat(line.get(4)).isEqualTo("区教育局审批");
        assertThat(line.get(6)).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(line.get(7)).matches("\\d+ 天");
        String workflowId = line.get(0);

        // a rejection needs a reason: the dialog refuses an empty one
        leader.click("inbox-reject-" + workflowId);
        leader.byId("inbox-decision-dialog");
        leader.click("inbox-decision-confirm");
        assertThat(leader.waitForFieldError("inbox-decision-reason")).isEqualTo("必填");
        leader.click("inbox-decision-cancel");
        leader.waitUntilAbsent("inbox-decision-dialog");

        leader.click("inbox-approve-" + workflowId);
        leader.byId("inbox-decision-dialog");
        leader.type("inbox-decision-reason", "同意");
        leader.click("inbox-decision-confirm");
        assertThat(leader.waitForNotification("已批准申请 #" + workflowId)).isNotBlank();
        leader.until(d -> leader.gridRows("inbox-grid").stream().noneMatch(r -> r.contains(PURPOSE))
                ? Boolean.TRUE : null, "the decided line leaves the inbox");

        leader.open("data-releases");
        leader.until(d -> leader.gridRows("releases-grid").stream()
                .anyMatch(r -> r.get(0).equals(String.valueOf(releaseId)) && r.contains("已批准"))
                ? Boolean.TRUE : null, "release #" + releaseId + " shown as 已批准");
        close(leader);
    }
}
