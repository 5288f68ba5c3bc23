package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console is Chinese by default and switches to English from the header (issue 2). */
@Order(2)
class LanguageE2E extends ConsoleTest {

    @Test
    @DisplayName("the header's language switch turns the console English, and back to Chinese")
    void switchesToEnglishAndBack() {
        console.open("");
        assertThat(console.text("menu-home")).isEqualTo("首页");

        choose("English");
        console.until(d -> "Home".equals(console.text("menu-home")) ? Boolean.TRUE : null, "the English menu");
        assertThat(console.text("logout")).isEqualTo("Log out");
        // the choice is kept for the next visit (a cookie)
        console.reload();
        assertThat(console.text("menu-home")).isEqualTo("Home");

        choose("中文");
        console.until(d -> "首页".equals(console.text("menu-home")) ? Boolean.TRUE : null, "the Chinese menu");
    }

    private void choose(String label) {
        console.click("language-select");
        WebElement item = console.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> label.equals(e.getText().strip())).findFirst().orElse(null), "the item " + label);
        item.click();
        console.waitForVaadin();
    }
}
