package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * D6: a module's UI bundle stopped and started while the system runs: its menu entries and
 * pages go and come back, the console says the module is unavailable in between, and Karaf is
 * not restarted. Runs last (it takes the registry UI away for a while).
 */
// last of all classes (it takes the registry UI away for a while): keep the highest order
@Order(100)
@DisplayName("Module hot swap (D6)")
class ModuleHotSwapE2E extends ConsoleTest {

    private static final String BUNDLE = "org.xueji.ui-registry";

    @AfterAll
    static void leaveTheModuleRunning() {
        if (karaf != null && !bundleState().equals("Active")) {
            karaf.ssh("bundle:start " + BUNDLE);
        }
    }

    /** The state column of {@code bundle:list -s} for the registry UI bundle. */
    private static String bundleState() {
        String list = karaf.shell("bundle:list -s");
        return list.lines().filter(l -> l.strip().endsWith("| " + BUNDLE))
                .map(l -> l.split("\\|")[1].strip()).findFirst().orElse("missing");
    }

    /** Reloads the page until the condition holds (the menu is rebuilt on every page load). */
    private static void reloadUntil(String what, java.util.function.BooleanSupplier condition) {
        console.until(d -> {
            console.reload();
            return condition.getAsBoolean() ? Boolean.TRUE : null;
        }, what);
    }

    @Test
    @Order(1)
    @DisplayName("D6: bundle:stop removes the registry's menu and pages (模块暂不可用), bundle:start brings them back without a restart")
    void registryUiGoesAndComesBack() {
        List<Long> karafPids = karaf.processes().stream().map(ProcessHandle::pid).toList();
        console.open("");
        console.byId("menu-students");
        assertThat(bundleState()).isEqualTo("Active");

        // --- stop the registry's UI bundle through the shell
        karaf.shell("bundle:stop " + BUNDLE);
        assertThat(bundleState()).isEqualTo("Resolved");

        reloadUntil("the menu without menu-students", () -> !console.isPresent("menu-students"));
        assertThat(console.menuIds()).contains("menu-home")
                .doesNotContain("menu-students", "menu-schools", "menu-classes");
        assertThat(console.isPresent("count-students")).as("the registry's dashboard card").isFalse();
        assertThat(console.gridRows("module-grid")).anySatisfy(row ->
                assertThat(row).startsWith("registry", BUNDLE).endsWith("RESOLVED"));

        console.open("students");
        assertThat(console.text("module-unavailable")).contains("模块暂不可用");
        // the explanation names the module (group 学籍管理)
        assertThat(console.text("module-unavailable-text")).contains("学籍管理").contains("未运行");
        assertThat(console.isPresent("student-grid")).isFalse();

        // --- and start it again
        karaf.shell("bundle:start " + BUNDLE);
        assertThat(bundleState()).isEqualTo("Active");

        console.open("");
        reloadUntil("menu-students back in the menu", () -> console.isPresent("menu-students"));
        assertThat(console.menuIds()).contains("menu-students", "menu-schools", "menu-classes");
        assertThat(Long.parseLong(console.text("count-students"))).isGreaterThanOrEqualTo(9000);

        console.open("students");
        assertThat(console.isPresent("module-unavailable")).isFalse();
        String count = console.waitForText("search-count", "人");
        // "共 9876 人", or beyond the grid's 10,000 "超过 10000 人，仅列出前 10000 人，请缩小查询条件"
        assertThat(count).matches(Pattern.compile("(共 \\d+ 人|超过 10000 人，仅列出前 10000 人.*)"));
        assertThat(Long.parseLong(count.replaceAll("^\\D*(\\d+).*$", "$1"))).isGreaterThanOrEqualTo(9000);
        assertThat(console.gridSize("student-grid")).isGreaterThanOrEqualTo(9000);

        // the same Karaf processes throughout: nothing was restarted
        assertThat(karaf.processes().stream().map(ProcessHandle::pid).toList()).isEqualTo(karafPids);
    }
}
