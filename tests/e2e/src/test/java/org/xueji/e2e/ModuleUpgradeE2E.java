package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.xueji.load.BackgroundLoad;

/**
 * Issue 13, item 1 (D6): a module upgraded in the running system while people work in the other
 * modules, then rolled back. The module is the upgrade probe (tests/upgrade-probe): one bundle
 * with its own table, Liquibase changelog, shell commands and console view, built as release 1.0.0
 * and as release 2.0.0, which adds a column (with a database default, so that 1.0.0 still writes
 * after a rollback) and a grid column. The upgrade is what a district runs: the new release's
 * archive ({@code kar:install}: its feature repository and bundle), then {@code feature:install -u}
 * (README, "Upgrading a module"), as for our module lines.
 *
 * <p>Meanwhile four district administrators work through the console (the console load driver's
 * users, over HTTP as browsers talk to it: 学生查询, search, a record, 待办审批, the dashboard);
 * not one of their requests may fail. The probe's own view is back after the upgrade and after
 * the rollback; the time it took is printed (a figure, not an assertion). Every note written by
 * either release is there at the end.
 */
// after the modules' own classes, before OperabilityE2E (90: kill -9, restarts) and the module hot swap (100)
@Order(85)
@DisplayName("Module upgrade under load (D6, issue 13)")
class ModuleUpgradeE2E extends ConsoleTest {

    private static final String FEATURE = "xueji-upgrade-probe";
    private static final String V1 = FEATURE + "/1.0.0";
    private static final String V2 = FEATURE + "/2.0.0";
    private static final String VIEW = "upgrade-probe";
    private static final int USERS = 4;
    // synthetic passwords of throw-away accounts in the test's own Karaf
    private static final String INITIAL_PASSWORD = "Probe-Init-2026-x7";
    private static final String PASSWORD = "Probe-Run-2026-q4";

    /** The release archives installed, by the name kar:list shows (the file name without .kar). */
    private static final List<String> releases = new ArrayList<>();
    private static BackgroundLoad load;

    private static Path release(String property) {
        Path kar = Path.of(System.getProperty(property, ""));
        assertThat(kar).as("the upgrade probe's release archive (%s; build tests/upgrade-probe first)", property)
                .isRegularFile();
        return kar.toAbsolutePath();
    }

    @BeforeAll
    static void loadAccounts() throws Exception {
        for (int i = 1; i <= USERS; i++) {
            String user = "upgrade-load-" + i;
            karaf.shellWithPassword("xueji:account-add --name Upgrade-Load-" + i + " --role DISTRICT_ADMIN " + user,
                    INITIAL_PASSWORD);
            BackgroundLoad.prepare(karaf.baseUrl(), user, INITIAL_PASSWORD, PASSWORD);
        }
    }

    @AfterAll
    static void removeTheProbe() throws InterruptedException {
        if (load != null) {
            load.stop();
            load = null;
        }
        if (karaf != null) {
            karaf.ssh("feature:uninstall " + FEATURE);
            releases.forEach(name -> karaf.ssh("kar:uninstall " + name));
        }
    }

    /** probe:list: the release's version, then one {@code id|text[|priority]} line per note. */
    private static List<String> notes(String expectedVersion) {
        List<String> lines = karaf.shell("probe:list").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).first().isEqualTo("version " + expectedVersion);
        return lines.subList(1, lines.size());
    }

    /** kar:install of a release: its repository and bundle, the feature not installed (install="manual"). */
    private static void installRelease(String property) {
        Path kar = release(property);
        timed("kar:install " + kar.getFileName(), () -> karaf.shell("kar:install file:" + kar));
        String name = kar.getFileName().toString().replaceFirst("\\.kar$", "");
        releases.add(name);
        assertThat(karaf.shell("kar:list")).contains(name);
    }

    /** Seconds from {@code since} until the console shows the probe's view with {@code version}. */
    private static double viewBackAfter(long since, String version) {
        console.until(d -> {
            console.open(VIEW);
            return console.isPresent("probe-version") && console.text("probe-version").equals(version)
                    ? Boolean.TRUE : null;
        }, "the probe's view showing " + version, Duration.ofSeconds(90));
        return (System.nanoTime() - since) / 1e9;
    }

    private static <T> T timed(String what, Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        System.out.printf("[upgrade] %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
        return result;
    }

    @Test
    @DisplayName("D6: 2.0.0 replaces 1.0.0 and 1.0.0 comes back, while four users work on; no request fails, no note is lost")
    void upgradedAndRolledBackWhilePeopleWork() throws Exception {
        // --- release 1.0.0 installed, with data
        installRelease("e2e.probeV1Release");
        timed("feature:install " + V1, () -> karaf.shell("feature:install " + V1));
        karaf.awaitCommands(List.of("probe:list"));
        for (String text : List.of("first", "second", "third")) {
            assertThat(karaf.shell("probe:add " + text)).startsWith("added ");
        }
        List<String> before = notes("1");
        assertThat(before).hasSize(3).allMatch(l -> l.split("\\|").length == 2);
        viewBackAfter(System.nanoTime(), "v1");
        assertThat(console.gridSize("probe-notes")).isEqualTo(3);

        // --- people at work in the other modules
        load = BackgroundLoad.start(karaf.baseUrl(), userNames(), PASSWORD, 200, 600);
        Thread.sleep(10_000);
        long actionsBeforeUpgrade = load.actions();
        assertThat(actionsBeforeUpgrade).as("the load is working before the upgrade").isPositive();

        // --- the upgrade: the new release's archive, then one command
        installRelease("e2e.probeV2Release");
        assertThat(bundleVersions()).as("kar:install alone changes nothing that runs").containsExactly("1.0.0");
        long upgradeStart = System.nanoTime();
        timed("feature:install -u " + V2, () -> karaf.shell("feature:install -u " + V2));
        karaf.awaitCommands(List.of("probe:list"));
        double upgradeBack = viewBackAfter(upgradeStart, "v2");
        System.out.printf("[upgrade] 1.0.0 -> 2.0.0: the probe's view back %.1f s after the command started%n",
                upgradeBack);
        List<String> upgraded = notes("2");
        // the notes of 1.0.0, each with the new column's database default
        assertThat(upgraded).containsExactlyElementsOf(before.stream().map(l -> l + "|0").toList());
        assertThat(karaf.shell("probe:add --priority 2 written-by-2")).startsWith("added ");
        console.reload();
        assertThat(console.gridSize("probe-notes")).isEqualTo(4);
        assertThat(bundleVersions()).containsExactly("2.0.0");

        // --- the rollback: the previous release, the same command
        Thread.sleep(5_000);
        long rollbackStart = System.nanoTime();
        timed("feature:install -u " + V1, () -> karaf.shell("feature:install -u " + V1));
        karaf.awaitCommands(List.of("probe:list"));
        double rollbackBack = viewBackAfter(rollbackStart, "v1");
        System.out.printf("[upgrade] 2.0.0 -> 1.0.0: the probe's view back %.1f s after the command started%n",
                rollbackBack);
        assertThat(karaf.shell("probe:add written-after-rollback")).startsWith("added ");
        List<String> rolledBack = notes("1");
        assertThat(rolledBack).hasSize(5);
        assertThat(rolledBack.subList(0, 3)).containsExactlyElementsOf(before);
        assertThat(rolledBack.get(3)).endsWith("|written-by-2");
        assertThat(rolledBack.get(4)).endsWith("|written-after-rollback");
        assertThat(bundleVersions()).containsExactly("1.0.0");
        Thread.sleep(5_000);

        // --- the people at work noticed nothing
        long actionsDuring = load.actions() - actionsBeforeUpgrade;
        BackgroundLoad.Summary summary = load.stop();
        load = null;
        System.out.printf("[upgrade] load of %d users through upgrade and rollback: %d actions, %d errors%n%s",
                USERS, summary.actions(), summary.errors(), summary.table());
        assertThat(actionsDuring).as("actions of the load from the upgrade to the end").isGreaterThan(USERS);
        assertThat(summary.errors()).as("failed requests outside the upgraded module:%n%s", summary.table()).isZero();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "module-upgrade-load.md"), String.format(
                "1.0.0 -> 2.0.0: view back after %.1f s; 2.0.0 -> 1.0.0: view back after %.1f s%n%n%s",
                upgradeBack, rollbackBack, summary.table()));
    }

    private static List<String> userNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            names.add("upgrade-load-" + i);
        }
        return names;
    }

    /** The versions of the probe bundles installed (bundle:list shows one line per bundle). */
    private static List<String> bundleVersions() {
        return Karaf.tableRows(karaf.shell("bundle:list -s -t 0")).stream()
                .filter(row -> row.get(row.size() - 1).equals("org.xueji.upgrade-probe"))
                .map(row -> row.get(row.size() - 2))
                .toList();
    }
}
