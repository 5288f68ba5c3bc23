package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The console's home page: menu, dashboard card, language, installed modules. */
@Order(1)
@DisplayName("Console home page")
class ConsoleE2E extends ConsoleTest {

    @BeforeEach
    void openHome() {
        console.open("");
        console.byId("main-menu");
    }

    @Test
    @Order(1)
    @DisplayName("the menu main-menu lists 首页 and the registry's views 学生查询, 学校, 班额监测")
    void menuHasTheRegistryViews() {
        assertThat(console.menuIds()).contains("menu-home", "menu-students", "menu-schools", "menu-classes");
        assertThat(console.text("menu-home")).isEqualTo("首页");
        assertThat(console.text("menu-students")).isEqualTo("学生查询");
        assertThat(console.text("menu-schools")).isEqualTo("学校");
        assertThat(console.text("menu-classes")).isEqualTo("班额监测");
    }

    @Test
    @Order(2)
    @DisplayName("the dashboard card counts the demo district: 20 schools, at least 9000 students")
    void dashboardCountsTheDemoDistrict() {
        assertThat(Long.parseLong(console.text("count-schools"))).isEqualTo(20);
        assertThat(Long.parseLong(console.text("count-students"))).isGreaterThanOrEqualTo(9000);
        assertThat(Long.parseLong(console.text("count-classes"))).isPositive();
        assertThat(console.text("count-over-cap")).matches("\\d+");
    }

    @Test
    @Order(3)
    @DisplayName("the console is Chinese by default, also for a browser that asks for English")
    void chineseByDefault() {
        assertThat(console.js("return navigator.language;")).asString().startsWith("en");
        assertThat(console.text("menu-home")).isEqualTo("首页");
        assertThat(console.driver().getTitle()).isEqualTo("首页 - 学籍管理与控辍保学平台");
        assertThat(console.text("outlet")).contains("欢迎使用学籍管理与控辍保学平台", "已安装模块");
        assertThat(console.text("current-user")).startsWith("当前用户：");
    }

    @Test
    @Order(4)
    @DisplayName("the installed-modules grid lists the registry module's bundles as ACTIVE")
    void installedModulesListTheRegistry() {
        List<List<String>> rows = console.gridRows("module-grid");
        assertThat(rows).as("module-grid rows").isNotEmpty();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("registry", "org.xueji.ui-registry")
                .endsWith("ACTIVE"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("registry", "org.xueji.registry-service")
                .endsWith("ACTIVE"));
    }

    @Test
    @Order(5)
    @DisplayName("the Karaf shell over SSH (user e2e, key login) lists every Xueji bundle as Active")
    void shellListsTheXuejiBundlesActive() {
        String bundles = karaf.shell("bundle:list -s");
        List<String> xueji = bundles.lines().filter(l -> l.contains("| org.xueji.")).toList();
        assertThat(xueji).extracting(l -> l.substring(l.lastIndexOf('|') + 1).strip())
                .contains("org.xueji.platform-api", "org.xueji.registry-service", "org.xueji.ui-shell",
                        "org.xueji.ui-registry", "org.xueji.demo-data");
        assertThat(xueji).allSatisfy(l -> assertThat(l.split("\\|")[1].strip()).isEqualTo("Active"));
    }
}
