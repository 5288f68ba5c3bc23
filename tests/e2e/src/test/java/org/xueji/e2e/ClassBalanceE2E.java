package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 阳光分班 (issue 9, R14, R15): registrar1 balances the grade-1 intake of the school with a chosen
 * seed, reviews the figures and the chart (ours against the snake deal) and submits; principal1
 * approves it in the 待办 inbox; the confirmed run is read-only with its hash and verifies; the
 * students are in their classes in the registry; the principal draws the head teachers by lot.
 * Accounts: registrar1, principal1.
 */
@Order(41)
@DisplayName("阳光分班 (R14, R15)")
class ClassBalanceE2E extends BrowsersTest {

    private static final String SEED = String.valueOf(20_261_206L + System.currentTimeMillis() % 1000);

    private static long shapes(Console c, String chartId) {
        Object n = c.js("var el = document.getElementById(arguments[0]);"
                + " return el ? el.querySelectorAll('svg path, svg rect').length : 0;", chartId);
        return ((Number) n).longValue();
    }

    /**
     * The registrar's proposal of a run for the school's starting grade (R15) with {@code seed},
     * on the page as a registrar makes it; returns the run's number once the proposed run is shown.
     */
    static String propose(Console registrar, String seed) {
        registrar.open("classbalance");
        registrar.byId("cb-run");
        registrar.type("cb-seed", seed);
        registrar.click("cb-run");
        String header = registrar.until(d -> {
            String h = registrar.isPresent("cb-run-header") ? registrar.text("cb-run-header") : "";
            return h.contains("随机种子 " + seed) ? h : null;
        }, "the proposed run");
        assertThat(header).contains("拟定");
        Matcher m = Pattern.compile("方案 #(\\d+)").matcher(header);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /**
     * In the principal's 待办 inbox: the confirmation of run {@code runId} with its approval dialog
     * open and a note typed, one click from the decision; returns the workflow request's number.
     */
    static String openConfirmation(Console principal, String runId) {
        principal.open("inbox");
        principal.waitForGrid("inbox-grid");
        List<String> line = principal.until(d -> principal.gridRows("inbox-grid").stream()
                .filter(r -> r.contains("阳光分班确认") && String.join(" ", r).contains("分班方案 #" + runId))
                .findFirst().orElse(null), "the run in the inbox");
        String workflowId = line.get(0);
        principal.click("inbox-approve-" + workflowId);
        principal.byId("inbox-decision-dialog");
        principal.type("inbox-decision-reason", "同意");
        return workflowId;
    }

    @Test
    @DisplayName("R15: registrar proposes, principal confirms in the inbox, students placed, the run is locked")
    void proposedReviewedConfirmedPlacedAndLocked() {
        Console registrar = loggedIn("registrar1");
        String runId = propose(registrar, SEED);
        // the chart of class means (ours and the snake deal) is drawn
        registrar.until(d -> shapes(registrar, "cb-chart") > 0 ? Boolean.TRUE : null, "the chart drawn");
        List<String> hard = registrar.gridRows("cb-metrics").stream().filter(r -> r.get(0).equals("硬性冲突"))
                .findFirst().orElseThrow();
        assertThat(hard.get(1)).isEqualTo("0");
        List<String> size = registrar.gridRows("cb-metrics").stream().filter(r -> r.get(0).equals("班额极差"))
                .findFirst().orElseThrow();
        assertThat(Integer.parseInt(size.get(1))).isLessThanOrEqualTo(1);
        List<String> first = registrar.gridRows("cb-placements").get(0);
        String name = first.get(1);
        String classNumber = first.get(0).replace("班", "");

        registrar.click("cb-submit");
        assertThat(registrar.waitForNotification("已提交校长确认")).isNotBlank();
        close(registrar);

        Console principal = loggedIn("principal1");
        String workflowId = openConfirmation(principal, runId);
        principal.click("inbox-decision-confirm");
        assertThat(principal.waitForNotification("已批准申请 #" + workflowId)).isNotBlank();

        principal.open("classbalance/review?run=" + runId);
        String confirmed = principal.until(d -> {
            String h = principal.isPresent("cb-run-header") ? principal.text("cb-run-header") : "";
            return h.contains("经校长确认") ? h : null;
        }, "the confirmed run");
        assertThat(confirmed).contains("随机种子 " + SEED);
        assertThat(principal.text("cb-hash")).matches(".*[0-9a-f]{64}.*");
        assertThat(principal.isPresent("cb-read-only")).isTrue();
        // a confirmed run can no longer be edited
        assertThat(principal.isPresent("cb-submit")).isFalse();
        assertThat(principal.isPresent("cb-rerun")).isFalse();
        principal.click("cb-verify");
        principal.until(d -> principal.isPresent("cb-verify-result")
                && principal.text("cb-verify-result").contains("复核一致") ? Boolean.TRUE : null, "the hash verified");
        // issue 9 item 3: the principal draws the head teachers by lot; seed recorded, one per class
        StringBuilder teachers = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            teachers.append(i == 1 ? "" : "\n").append("抽签教师").append(i);
        }
        principal.type("cb-ht-names", teachers.toString());
        principal.type("cb-ht-seed-field", "e2e-" + SEED);
        principal.click("cb-ht-draw");
        principal.until(d -> principal.isPresent("cb-ht-seed") && principal.text("cb-ht-seed").contains("e2e-" + SEED)
                ? Boolean.TRUE : null, "the head teachers drawn");
        List<List<String>> drawn = principal.gridRows("cb-ht-grid");
        assertThat(drawn).isNotEmpty().allSatisfy(r -> assertThat(r.get(1)).startsWith("抽签教师"));
        assertThat(principal.isPresent("cb-ht-draw")).isFalse();
        close(principal);

        Console again = loggedIn("registrar1");
        again.open("classbalance?run=" + runId);
        again.until(d -> again.isPresent("cb-read-only") ? Boolean.TRUE : null, "read-only for the registrar too");
        assertThat(again.isPresent("cb-rerun")).isFalse();
        // the student is in the run's class in the registry
        again.open("students");
        again.byId("student-grid");
        again.type("search-name", name);
        again.click("search-button");
        again.until(d -> again.gridRows("student-grid").stream()
                .anyMatch(r -> r.contains(name) && r.contains("一年级(" + classNumber + ")班")) ? Boolean.TRUE : null,
                name + " in 一年级(" + classNumber + ")班");
        close(again);
    }
}
