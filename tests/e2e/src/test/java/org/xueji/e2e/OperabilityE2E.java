package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operating the system (issue 13), the heavy cases run once on one second installation.
 * <p>
 * Backup and restore (item 4), as an administrator does it: {@code xueji:backup} on the
 * running system while accounts are being created in another shell session, then the README's
 * offline restore ({@code bin/xueji-restore}, with the audit key kept apart from the backup) into
 * a fresh installation of the same distribution, started on other ports. The restored system holds every account created before the backup
 * began, the same tables with the same rows as the source wherever the source did not change
 * meanwhile, and an audit chain that verifies.
 * <p>
 * Crash safety (item 5), on that restored installation: {@code kill -9} while an import of
 * 20,000 rows is writing; after the restart not one row of it is in the registry, the import is
 * marked aborted, and the audit chain verifies. Then {@code kill -9} while a transfer's district
 * decision is inside its transaction, and again while a principal's balancing confirmation is
 * (each thread held by a debugger at its last write, {@link Debugger}): after each restart the
 * step still waits, nothing of the decision is written, and it goes through when decided again.
 * One at a time: the audit trail's head row serialises writing transactions (R7), so a second
 * decision could not get past its first audit row while the first is held.
 */
@Order(90)
@ExtendWith(RunningAssembly.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperabilityE2E {

    private static final Pattern WRITTEN = Pattern.compile("备份完成 \\(backup written\\): (\\S+)");
    private static final String TABLE_ACCOUNTS = "SEC_ACCOUNT";
    private static final String TABLE_AUDIT = "AUD_EVENT";
    /** The audit actions of a transfer's decision and of a balancing run's confirmation (the last write of each). */
    private static final String TRANSFER_DECIDED = "transfer.decided";
    private static final String BALANCE_CONFIRMED = "classbalance.confirm";
    /** Large enough that the write phase lasts seconds on 2 cores (100,000 rows write in about 27 s). */
    private static final int IMPORT_ROWS = 20_000;
    /** Names of the import's rows: Chinese characters only, as the registry's name rule wants. */
    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫";

    /** The fresh installation the backup was restored into; the crash case runs on it. */
    private static Karaf restored;

    @AfterAll
    static void stopTheRestoredInstallation() {
        if (restored != null) {
            restored.close();
            restored = null;
        }
    }

    @Test
    @Order(1)
    @DisplayName("issue 13: a backup taken under writes restores into a fresh installation with every row and a valid audit chain")
    void aBackupTakenUnderWritesRestoresIntoAFreshInstallation(Karaf karaf) throws Exception {
        Map<String, Long> before = tables(karaf);

        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> created = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                for (int n = 1; writing.get() || n <= 6; n++) {
                    String user = "e2e-backup-" + n;
                    String out = karaf.shellWithPassword("xueji:account-add --name E2E-Backup-" + n
                            + " --role AUDITOR " + user, "Backup2026Pass" + n);
                    assertThat(out).contains("已创建账号 " + user);
                    created.add(user);
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        }, "account-writer");
        writer.start();
        while (created.size() < 3 && failures.isEmpty()) {
            Thread.sleep(100);
        }
        List<String> createdBeforeBackup = new ArrayList<>(created);
        String backupOut = karaf.shell("xueji:backup " + karaf.home().resolve("data/e2e-backups"));
        writing.set(false);
        writer.join();
        assertThat(failures).as("the writes went on during the backup").isEmpty();
        Map<String, Long> after = tables(karaf);

        Matcher m = WRITTEN.matcher(backupOut);
        assertThat(m.find()).as("xueji:backup names its folder: %s", backupOut).isTrue();
        Path folder = Path.of(m.group(1));
        assertThat(folder).isDirectory();
        assertThat(karaf.shell("xueji:audit --action system.backup --limit 5")).contains("system.backup");

        // a fresh installation of the same distribution, restored offline before its first start
        // the audit key is not in the backup: the operator keeps it apart and gives it to the restore
        Path auditKey = karaf.home().resolve("etc/xueji-audit-anchor.key");
        assertThat(auditKey).isRegularFile();
        restored = Karaf.startRestored(karaf.home().getParent().getParent().resolve("e2e-restored"), 50, folder,
                auditKey);
        assertThat(restored.shell("xueji:audit-verify")).as("R7: the restored audit chain").contains("审计链完整");

        String accounts = restored.shell("xueji:accounts");
        for (String user : createdBeforeBackup) {
            assertThat(accounts).as("an account created before the backup began").contains(user);
        }
        assertThat(accounts).as("the demo district's accounts").contains("district-admin", "registrar1");

        Map<String, Long> back = tables(restored);
        assertThat(back.keySet()).as("every table of the source").isEqualTo(after.keySet());
        List<String> compared = new ArrayList<>();
        for (Map.Entry<String, Long> t : back.entrySet()) {
            String table = t.getKey();
            if (before.get(table).equals(after.get(table))) {
                assertThat(t.getValue()).as("rows of %s, unchanged in the source during the backup", table)
                        .isEqualTo(after.get(table));
                compared.add(table);
            }
        }
        assertThat(compared).as("tables compared row count for row count").hasSizeGreaterThan(30);
        for (String table : List.of(TABLE_ACCOUNTS, TABLE_AUDIT)) {
            String name = qualified(back.keySet(), table);
            assertThat(back.get(name)).as("rows of %s: at least those before the backup, at most those after", name)
                    .isBetween(before.get(name), after.get(name));
        }
        assertThat(back.get(qualified(back.keySet(), TABLE_ACCOUNTS)))
                .isGreaterThanOrEqualTo(before.get(qualified(back.keySet(), TABLE_ACCOUNTS))
                        + createdBeforeBackup.size());
        assertThat(Files.exists(folder)).isTrue();
    }

    @Test
    @Order(2)
    @DisplayName("issue 13: kill -9 while an import writes 20,000 rows: after the restart none of them, the import marked aborted, the audit chain valid")
    void killDuringAnImportLeavesNothingHalfWritten() throws Exception {
        Assumptions.assumeTrue(restored != null, "the restored installation of the backup case");
        Path file = Files.createTempDirectory("xueji-e2e-crash-").resolve("新生名单-大批.xlsx");
        LocalDate today = restored.platformNow().toLocalDate();
        int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        List<String> idNumbers = writeImportFile(file, today, schoolYear, IMPORT_ROWS);
        Map<String, Long> before = tables(restored);

        Console registrar = Console.start(restored.baseUrl());
        try {
            registrar.login("registrar1", Console.DEMO_PASSWORD);
            registrar.open("enrollment/import");
            EnrollmentImportE2E.chooseMode(registrar, EnrollmentImportE2E.MODE_VALID);
            registrar.upload("imp-upload", file);
            registrar.waitForText("imp-file", "已接收");
            registrar.until(d -> registrar.isEnabled("imp-start") ? Boolean.TRUE : null, "imp-start to be enabled");
            registrar.click("imp-start");
            // the write phase: rows are going into the registry's tables in the import's transaction
            // (reading and checking 20,000 rows take about 10 s on an idle machine, minutes on a loaded one)
            String[] shown = {""};
            registrar.until(d -> {
                String phase = registrar.isPresent("imp-phase") ? registrar.byId("imp-phase").getText() : "";
                if (!phase.equals(shown[0]) && !phase.regionMatches(0, shown[0], 0, 2)) {
                    System.out.println("[e2e] import: " + phase);
                }
                shown[0] = phase;
                if (registrar.isPresent("imp-status") && registrar.byId("imp-status").isDisplayed()
                        && !"RUNNING".equals(registrar.byId("imp-status").getDomAttribute("data-status"))) {
                    throw new AssertionError("the import ended before its write phase: "
                            + registrar.byId("imp-report").getText() + " — first issues: " + registrar.js(
                            "return Array.from(document.querySelectorAll('#imp-issues vaadin-grid-cell-content'))"
                            + ".slice(0, 16).map(c => c.textContent.trim()).join(' | ');"));
                }
                return phase.startsWith("写入") && !phase.startsWith("写入：0 ") ? Boolean.TRUE : null;
            }, "the import's write phase", java.time.Duration.ofMinutes(8));
            restored.killHard();
        } finally {
            registrar.close();
        }

        restored.restart();
        Map<String, Long> after = tables(restored);
        for (String table : List.of("REG_STUDENT", "REG_STUDENT_HISTORY", "REG_GUARDIAN")) {
            if (qualifiedOrNull(after.keySet(), table) != null) {
                String name = qualified(after.keySet(), table);
                assertThat(after.get(name)).as("rows of %s after the crash: none of the import's", name)
                        .isEqualTo(before.get(name));
            }
        }
        for (String id : List.of(idNumbers.get(0), idNumbers.get(idNumbers.size() / 2), idNumbers.get(idNumbers.size() - 1))) {
            assertThat(restored.shell("xueji:students --id-number " + id)).as("a row of the killed import").contains("共 0 人");
        }
        assertThat(restored.readLog()).as("the interrupted import marked as such at the restart")
                .contains("import(s) interrupted by a shutdown were marked aborted");
        assertThat(restored.shell("xueji:audit-verify")).as("R7: the audit chain after kill -9").contains("审计链完整");
    }

    @Test
    @Order(3)
    @DisplayName("issue 13: kill -9 inside a transfer's district decision, then inside a principal's balancing confirmation: after each restart the step still waits, nothing of the decision written, the audit chain valid; decided again, it goes through")
    void killDuringDecisionsLeavesThemUndecided() throws Exception {
        Assumptions.assumeTrue(restored != null, "the restored installation of the backup case");
        // a transfer within the district that both principals agreed to, waiting for the district (the benchmark's path)
        Set<String> pendingTransfers = firstColumn(restored.shell("xueji:transfers --pending --limit 1000"));
        restored.shell("xueji:bench-transfers --count 1 --skip-district --inbox-queries 1");
        Set<String> created = firstColumn(restored.shell("xueji:transfers --pending --limit 1000"));
        created.removeAll(pendingTransfers);
        assertThat(created).as("the one transfer the benchmark left waiting for the district").hasSize(1);
        String transferId = created.iterator().next();
        String history = qualified(tables(restored).keySet(), "REG_STUDENT_HISTORY");

        // 1. the district's decision (the shell's operator is district-wide), killed with the record moved
        long historyBefore = tables(restored).get(history);
        killWhileHeldAt(TRANSFER_DECIDED, "ChangeHandler.decided",
                () -> restored.ssh("xueji:transfer-decide " + transferId + " approve"));
        assertThat(restored.shell("xueji:transfer-show " + transferId)).as("the transfer after kill -9")
                .contains("审批中");
        assertThat(tables(restored).get(history)).as("record history after kill -9: the move is gone")
                .isEqualTo(historyBefore);
        String decisionAudit = "xueji:audit --action " + TRANSFER_DECIDED + " --target-type transfer-change --target "
                + transferId;
        assertThat(Karaf.tableRows(restored.shell(decisionAudit))).as("no audit row of the killed decision").isEmpty();
        assertThat(restored.shell("xueji:audit-verify")).as("R7: the audit chain after kill -9").contains("审计链完整");
        // nothing is stuck: the same decision made again goes through, and shows where the killed one would have
        assertThat(restored.shell("xueji:transfer-decide " + transferId + " approve")).contains("已批准");
        assertThat(Karaf.tableRows(restored.shell(decisionAudit))).as("the decision's audit row").hasSize(1);
        assertThat(tables(restored).get(history)).as("the move's history rows").isGreaterThan(historyBefore);

        // 2. the principal's confirmation of a balancing run (R15) in the console, killed with the students placed
        String runId;
        Console registrar = Console.start(restored.baseUrl());
        try {
            registrar.login("registrar1", Console.DEMO_PASSWORD);
            runId = ClassBalanceE2E.propose(registrar, "13" + System.currentTimeMillis() % 100_000);
            registrar.click("cb-submit");
            registrar.waitForNotification("已提交校长确认");
        } finally {
            registrar.close();
        }
        historyBefore = tables(restored).get(history);
        String[] confirmationId = {null};
        Console principal = Console.start(restored.baseUrl());
        try {
            principal.login("principal1", Console.DEMO_PASSWORD);
            confirmationId[0] = ClassBalanceE2E.openConfirmation(principal, runId);
            killWhileHeldAt(BALANCE_CONFIRMED, "ConfirmationHandler.decided",
                    () -> principal.click("inbox-decision-confirm"));
        } finally {
            principal.close();
        }
        assertThat(restored.shell("xueji:balance-verify " + runId)).as("the run after kill -9")
                .contains("未确认 not confirmed");
        assertThat(tables(restored).get(history)).as("record history after kill -9: no student placed")
                .isEqualTo(historyBefore);
        assertThat(restored.shell("xueji:audit-verify")).as("R7: the audit chain after kill -9").contains("审计链完整");
        Console again = Console.start(restored.baseUrl());
        try {
            again.login("principal1", Console.DEMO_PASSWORD);
            // the same request still waits in the principal's 待办 (the shell's operator is no school's principal)
            assertThat(ClassBalanceE2E.openConfirmation(again, runId)).as("the confirmation after kill -9")
                    .isEqualTo(confirmationId[0]);
            again.click("inbox-decision-confirm");
            assertThat(again.waitForNotification("已批准申请 #" + confirmationId[0])).isNotBlank();
        } finally {
            again.close();
        }
        assertThat(restored.shell("xueji:balance-verify " + runId)).contains("一致 MATCH");
    }

    /**
     * Starts {@code decision} with a debugger holding the thread that writes the audit row of
     * {@code auditAction} (the last write of the decision's transaction, R7), checks that the
     * thread is inside {@code handlerMethod}, then {@code kill -9} and a restart.
     */
    private static void killWhileHeldAt(String auditAction, String handlerMethod, Runnable decision) throws Exception {
        Thread decider = new Thread(() -> {
            try {
                decision.run();
            } catch (RuntimeException | AssertionError e) {
                // the killed JVM ends the decision's ssh session or page request: expected
                System.out.println("[e2e] the decision ended with the JVM: " + e);
            }
        }, "e2e-decision");
        decider.setDaemon(true);
        try (Debugger debugger = Debugger.attach(restored.debugPort())) {
            debugger.holdAtAuditWrite(auditAction);
            decider.start();
            List<Debugger.Stopped> held = debugger.awaitStopped(java.time.Duration.ofMinutes(2));
            System.out.println("[e2e] held at the audit write: " + held);
            assertThat(held.get(0).stack()).as("the held thread is inside the decision's handler")
                    .anyMatch(m -> m.endsWith(handlerMethod));
            restored.killHard();
        }
        decider.join(java.time.Duration.ofMinutes(2).toMillis());
        restored.restart();
    }

    /** The first column of a shell table (the numbers of its rows). */
    private static Set<String> firstColumn(String table) {
        Set<String> values = new HashSet<>();
        Karaf.tableRows(table).forEach(r -> values.add(r.get(0)));
        return values;
    }

    /** An import file in the national template: {@code rows} six-year-olds for grade 1, no class; returns their ID numbers. */
    private static List<String> writeImportFile(Path file, LocalDate today, int schoolYear, int rows) throws Exception {
        List<String> ids = new ArrayList<>(rows);
        // shared strings, as Excel writes them (a streaming workbook's inline strings are not what schools send)
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("学生基础信息");
            cells(sheet.createRow(0), EnrollmentImportE2E.HEADERS);
            for (int i = 0; i < rows; i++) {
                LocalDate birth = today.minusYears(6).minusDays(20 + i % 300);
                // an area code neither the demo district (DemoDistrictGenerator's batch, overflow and
                // origin codes) nor other tests use: no row may meet a record of another school
                String id = TestIdNumbers.resident("430124", birth, 600 + i / 300);
                ids.add(id);
                String sex = (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
                String name = SURNAMES.charAt(i % SURNAMES.length()) + "" + GIVEN.charAt((i / 20) % GIVEN.length())
                        + GIVEN.charAt((i / 600) % GIVEN.length());
                cells(sheet.createRow(i + 1), List.of(name, sex, birth.toString(), "汉族", "CHN",
                        "居民身份证", id, "湖南省长沙市岳麓区望岳街道", "非农业", "湖南省长沙市岳麓区望岳街道崩溃测试小区" + (i % 50 + 1) + "栋",
                        schoolYear + "-09", "就近入学", "走读", "1", "", "崩家长", "母亲", "1390000" + String.format("%04d", i % 10000)));
            }
            wb.write(out);
        }
        return ids;
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    /** {@code xueji:db-tables}: schema-qualified table name → rows. */
    private static Map<String, Long> tables(Karaf karaf) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (List<String> row : Karaf.tableRows(karaf.shell("xueji:db-tables"))) {
            rows.put(row.get(0), Long.parseLong(row.get(1)));
        }
        assertThat(rows).as("tables of the shared database").isNotEmpty();
        return rows;
    }

    private static String qualifiedOrNull(Set<String> names, String table) {
        return names.stream().filter(n -> n.endsWith("." + table)).findFirst().orElse(null);
    }

    private static String qualified(Set<String> names, String table) {
        Set<String> matches = new HashSet<>();
        for (String n : names) {
            if (n.endsWith("." + table)) {
                matches.add(n);
            }
        }
        assertThat(matches).as("table %s", table).hasSize(1);
        return matches.iterator().next();
    }
}
