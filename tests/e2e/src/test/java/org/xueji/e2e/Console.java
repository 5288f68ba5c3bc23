package org.xueji.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in headless Chromium (the system's chromium and chromedriver; Selenium
 * Manager is never asked to download anything), with helpers for Vaadin components: fields
 * are typed into through their inner {@code input}, errors read from {@code invalid} /
 * {@code errorMessage}, grid rows from the grid's shadow DOM.
 */
public final class Console implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Console(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** A fresh headless browser with its own profile folder. */
    static Console start(String baseUrl) {
        String chromedriver = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("e2e.chromium", "/usr/bin/chromium");
        // the driver is given explicitly: Selenium Manager is not consulted, and offline if it were
        System.setProperty("webdriver.chrome.driver", chromedriver);
        System.setProperty("SE_OFFLINE", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("xueji-e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--user-data-dir=" + profile,
                // an English browser: the console must still be Chinese unless the user switches
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Console(driver, baseUrl, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    // ---------------------------------------------------------------- navigation

    /** Opens a path of the console ({@code ""}, {@code "students"}, ...) and waits until Vaadin is idle. */
    public void open(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
        waitForVaadin();
    }

    /** Reloads the page (a new Vaadin UI) and waits until Vaadin is idle. */
    public void reload() {
        driver.navigate().refresh();
        waitForVaadin();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    private static final String VAADIN_IDLE = """
            const v = window.Vaadin;
            if (!v || !v.Flow || !v.Flow.clients) { return false; }
            const clients = Object.values(v.Flow.clients);
            if (clients.length === 0) { return false; }
            return clients.every(c => !c.isActive || !c.isActive());
            """;

    /** Waits until the Vaadin client has loaded and has no request in flight. */
    public void waitForVaadin() {
        until(d -> {
            Object ready = js(VAADIN_IDLE);
            return Boolean.TRUE.equals(ready) ? Boolean.TRUE : null;
        }, "Vaadin to be loaded and idle");
    }

    // ---------------------------------------------------------------- elements

    /** The element with this id, once it is in the page. */
    public WebElement byId(String id) {
        return until(ExpectedConditions.presenceOfElementLocated(By.id(id)), "element #" + id);
    }

    public boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Waits until no element has this id (e.g. a menu entry that went away). */
    public void waitUntilAbsent(String id) {
        until(d -> d.findElements(By.id(id)).isEmpty() ? Boolean.TRUE : null, "#" + id + " to be absent");
    }

    /** The visible text of an element, once it is non-empty. */
    public String text(String id) {
        return text(By.id(id));
    }

    /** The visible text of the first element found, once it is non-empty. */
    public String text(By by) {
        return until(d -> {
            try {
                String t = d.findElement(by).getText();
                return t == null || t.isBlank() ? null : t.strip();
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return null;
            }
        }, "text of " + by);
    }

    /** Waits until the element's text contains {@code expected}; returns the text. */
    public String waitForText(String id, String expected) {
        until(d -> {
            try {
                return d.findElement(By.id(id)).getText().contains(expected) ? Boolean.TRUE : null;
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return null;
            }
        }, "#" + id + " to contain \"" + expected + "\"");
        return text(id);
    }

    public void click(String id) {
        WebElement e = until(ExpectedConditions.elementToBeClickable(By.id(id)), "#" + id + " to be clickable");
        scrollIntoView(e);
        e.click();
        waitForVaadin();
    }

    /**
     * Scrolls an element to the middle of the view. Needed before a click: the console's content
     * scrolls inside the app layout (not the document), which WebDriver's own scrolling misses.
     */
    public void scrollIntoView(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", e);
    }

    // ---------------------------------------------------------------- Vaadin fields

    /** The value of a Vaadin field component (its {@code value} property). */
    /** The label a vaadin-select shows as chosen (its value button); empty when nothing is chosen. */
    public String selectedLabel(String selectId) {
        byId(selectId);
        Object v = js("""
                const s = document.getElementById(arguments[0]);
                const b = s ? s.querySelector('vaadin-select-value-button') : null;
                return s && s.value ? (b ? b.textContent.trim() : '') : '';
                """, selectId);
        return v == null ? "" : v.toString();
    }

    public String value(String fieldId) {
        byId(fieldId);
        Object v = js("const f = document.getElementById(arguments[0]); return f ? String(f.value ?? '') : null;",
                fieldId);
        return v == null ? null : v.toString();
    }

    /** Waits until the field's value is {@code expected} (the server fills fields after navigation). */
    public void waitForValue(String fieldId, String expected) {
        until(d -> expected.equals(value(fieldId)) ? Boolean.TRUE : null,
                "#" + fieldId + " to have the value \"" + expected + "\"");
    }

    /**
     * Replaces the text of a Vaadin text field the way a user does: into its inner {@code input}
     * (a text area's {@code textarea}), then Tab, so that the change reaches the server.
     */
    public void type(String fieldId, String text) {
        WebElement input = until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")), "the input of #" + fieldId);
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!String.valueOf(input.getDomProperty("value")).isEmpty()) {
            input.clear();
        }
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /**
     * Types a date into a Vaadin date picker and commits it with Enter (typing opens the
     * picker's calendar, in which Tab would only move the focus).
     */
    public void typeDate(String pickerId, String text) {
        WebElement input = until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + pickerId + " input")),
                "the input of #" + pickerId);
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        until(d -> Boolean.TRUE.equals(js("const p = document.getElementById(arguments[0]); return !!p && !p.opened;",
                pickerId)) ? Boolean.TRUE : null, "the calendar of #" + pickerId + " to close");
        waitForVaadin();
    }

    /** The demo accounts' password (README: demo only). */
    public static final String DEMO_PASSWORD = "Xueji-demo-2026";

    /** Logs in on the login page (R1: every page needs a login) and waits for the home page. */
    public void login(String username, String password) {
        submitLogin(username, password);
        until(d -> isPresent("main-menu") ? Boolean.TRUE : null, "the home page after logging in as " + username);
    }

    /** Fills and submits the login form, whatever the outcome. */
    public void submitLogin(String username, String password) {
        open("login");
        WebElement user = until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#login-form vaadin-text-field input")), "the username field");
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#login-form vaadin-password-field input"));
        pass.clear();
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        waitForVaadin();
    }

    /** The login page's error (the description in the login form's error area), once it is shown. */
    public String loginError() {
        return until(d -> {
            Object msg = js(LOGIN_ERROR);
            return msg == null ? null : msg.toString();
        }, "the login form to show an error");
    }

    /** The login form's error, or {@code null} while none is shown. */
    public String loginErrorNow() {
        Object msg = js(LOGIN_ERROR);
        return msg == null ? null : msg.toString();
    }

    /** vaadin-login-form shows its error in the shadow DOM of its vaadin-login-form-wrapper. */
    private static final String LOGIN_ERROR = """
            const f = document.getElementById('login-form');
            // Vaadin 24 renders the form's template in its light DOM; older versions in its shadow root
            const w = !f ? null : f.querySelector('vaadin-login-form-wrapper')
                || (f.shadowRoot ? f.shadowRoot.querySelector('vaadin-login-form-wrapper') : null);
            if (!w || !w.shadowRoot || !w.hasAttribute('error')) { return null; }
            const box = w.shadowRoot.querySelector('[part=error-message]');
            if (!box || box.hidden) { return null; }
            const d = w.shadowRoot.querySelector('[part=error-message-description]');
            const t = d ? d.textContent.trim() : '';
            return t.length ? t : null;
            """;

    /** Waits until the address (without the base URL) matches the regular expression. */
    public String waitForPath(String regex) {
        until(d -> path().matches(regex) ? Boolean.TRUE : null, "the address to match " + regex);
        return path();
    }

    /** The browser's back button; waits until Vaadin is idle on the page it shows. */
    public void back() {
        driver.navigate().back();
        waitForVaadin();
    }

    /** Whether a Vaadin component is enabled (no {@code disabled} attribute). */
    public boolean isEnabled(String id) {
        return byId(id).getDomAttribute("disabled") == null;
    }

    /** The text behind a link of the page (e.g. a generated download), fetched by the browser with its session. */
    public String fetchLinkText(String anchorId) {
        String href = until(d -> {
            Object h = js("const a = document.getElementById(arguments[0]); "
                    + "return a && a.href && !a.hidden && a.getAttribute('href') ? a.href : null;", anchorId);
            return h == null ? null : h.toString();
        }, "#" + anchorId + " to link to a file");
        Object text = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.ok ? r.text() : Promise.reject('HTTP ' + r.status))
                    .then(t => done({text: t}), e => done({error: String(e)}));
                """, href);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) text;
        if (result.get("error") != null) {
            throw new IllegalStateException("fetching " + href + " failed: " + result.get("error"));
        }
        return String.valueOf(result.get("text"));
    }

    /**
     * The bytes behind a link of the page (e.g. a generated PDF), fetched by the browser with its
     * session: the HTTP status, the content type and the body.
     */
    @SuppressWarnings("unchecked")
    public Download fetchLinkBytes(String anchorId) {
        String href = until(d -> {
            Object h = js("const a = document.getElementById(arguments[0]); "
                    + "return a && a.href && !a.hidden && a.getAttribute('href') ? a.href : null;", anchorId);
            return h == null ? null : h.toString();
        }, "#" + anchorId + " to link to a file");
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => {
                        // base64 of the body, in chunks (a PDF can be large for String.fromCharCode)
                        const bytes = new Uint8Array(b);
                        let bin = '';
                        for (let i = 0; i < bytes.length; i += 8192) {
                            bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                        }
                        done({status: r.status, type: r.headers.get('content-type') || '',
                              disposition: r.headers.get('content-disposition') || '', body: btoa(bin)});
                    }))
                    .catch(e => done({error: String(e)}));
                """, href);
        Map<String, Object> r = (Map<String, Object>) result;
        if (r.get("error") != null) {
            throw new IllegalStateException("fetching " + href + " failed: " + r.get("error"));
        }
        return new Download(((Number) r.get("status")).intValue(), String.valueOf(r.get("type")),
                String.valueOf(r.get("disposition")), java.util.Base64.getDecoder().decode(String.valueOf(r.get("body"))));
    }

    /** A file fetched by {@link #fetchLinkBytes}. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {
        /** The first {@code n} bytes as ISO-8859-1 text (e.g. {@code %PDF-}). */
        public String head(int n) {
            return new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Chooses an item of a Vaadin select (vaadin-select) the way a user does: opens it and
     * clicks the item whose text is {@code label}.
     */
    public void choose(String selectId, String label) {
        WebElement select = until(ExpectedConditions.elementToBeClickable(By.id(selectId)),
                "#" + selectId + " to be clickable");
        scrollIntoView(select);
        select.click();
        // The overlay animates in and, on a phone-sized window, positions and scrolls its list after
        // opening; an item found mid-move can sit under its neighbour when clicked. So the item is
        // scrolled to the list's centre, clicked only once it stands still, and found again if the
        // click still lands on another item.
        for (int attempt = 1; ; attempt++) {
            WebElement item = until(d -> {
                Object found = js("""
                        const s = document.getElementById(arguments[0]);
                        if (!s || !s.opened) { return null; }
                        const items = Array.from(document.querySelectorAll('vaadin-select-item'))
                            .concat(Array.from(s.querySelectorAll('vaadin-select-item')));
                        const item = items.find(i => i.textContent.trim() === arguments[1]
                            && i.getBoundingClientRect().height > 0);
                        if (!item) { return null; }
                        const overlay = item.closest('vaadin-select-overlay')
                            || document.querySelector('vaadin-select-overlay[opened]');
                        if (overlay && (overlay.hasAttribute('opening') || overlay.hasAttribute('closing'))) {
                            return null;
                        }
                        item.scrollIntoView({block: 'center'});
                        const r = item.getBoundingClientRect();
                        const at = r.top + ',' + r.left;
                        if (item.dataset.xuejiAt !== at) { item.dataset.xuejiAt = at; return null; }
                        return item;
                        """, selectId, label);
                return found instanceof WebElement e ? e : null;
            }, "item \"" + label + "\" of #" + selectId);
            try {
                item.click();
                break;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        until(d -> Boolean.TRUE.equals(js("const s = document.getElementById(arguments[0]); return !!s && !s.opened;",
                selectId)) ? Boolean.TRUE : null, "#" + selectId + " to close");
        waitForVaadin();
    }

    /** The text a Vaadin select or combo box shows for its value. */
    public String shownValue(String fieldId) {
        byId(fieldId);
        Object v = js("""
                const f = document.getElementById(arguments[0]);
                if (!f) { return null; }
                const input = f.querySelector('input');
                if (input) { return input.value; }
                const shown = f.querySelector('vaadin-select-value-button, [slot=value]');
                return shown ? shown.textContent.trim() : '';
                """, fieldId);
        return v == null ? null : v.toString().strip();
    }

    /**
     * Chooses an item of a Vaadin combo box the way a user does: types {@code label} into it
     * and clicks the item of the drop-down that reads exactly {@code label}.
     */
    public void chooseComboItem(String comboId, String label) {
        WebElement input = until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + comboId + " input")),
                "the input of #" + comboId);
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(label);
        WebElement item = until(d -> {
            Object found = js("""
                    return Array.from(document.querySelectorAll('vaadin-combo-box-item'))
                        .find(i => i.textContent.trim() === arguments[0]
                            && i.getBoundingClientRect().height > 0) || null;
                    """, label);
            return found instanceof WebElement e ? e : null;
        }, "item \"" + label + "\" in the drop-down of #" + comboId);
        item.click();
        waitForVaadin();
        until(d -> label.equals(shownValue(comboId)) ? Boolean.TRUE : null,
                "#" + comboId + " to show \"" + label + "\"");
    }

    /** Logs out with the header button. */
    public void logout() {
        click("logout");
        until(d -> d.getCurrentUrl().contains("login") ? Boolean.TRUE : null, "the login page after logout");
        waitForVaadin();
    }

    public boolean isInvalid(String fieldId) {
        return byId(fieldId).getDomAttribute("invalid") != null;
    }

    /** Waits until the field is marked invalid and returns its error message. */
    public String waitForFieldError(String fieldId) {
        return until(d -> {
            Object msg = js("""
                    const f = document.getElementById(arguments[0]);
                    if (!f || !f.hasAttribute('invalid')) { return null; }
                    const slotted = f.querySelector('[slot=error-message]');
                    const text = (f.errorMessage || (slotted ? slotted.textContent : '') || '').trim();
                    return text.length ? text : null;
                    """, fieldId);
            return msg == null ? null : msg.toString();
        }, "#" + fieldId + " to show an error");
    }

    // ---------------------------------------------------------------- grids

    /** The number of items of a Vaadin grid (its {@code size}), once it has finished loading. */
    public int gridSize(String gridId) {
        waitForGrid(gridId);
        Object n = js("return document.getElementById(arguments[0]).size;", gridId);
        return n == null ? 0 : ((Number) n).intValue();
    }

    public void waitForGrid(String gridId) {
        byId(gridId);
        until(d -> Boolean.TRUE.equals(js("""
                const g = document.getElementById(arguments[0]);
                return !!g && !g.hasAttribute('loading') && !g.loading;
                """, gridId)) ? Boolean.TRUE : null, "grid #" + gridId + " to finish loading");
        waitForVaadin();
    }

    /**
     * The texts of the rendered body rows of a grid, cell by cell (the rows live in the grid's
     * shadow DOM; each cell shows its light-DOM {@code vaadin-grid-cell-content} through a slot).
     */
    @SuppressWarnings("unchecked")
    public List<List<String>> gridRows(String gridId) {
        waitForGrid(gridId);
        Object rows = js("""
                const g = document.getElementById(arguments[0]);
                const body = g.shadowRoot.querySelector('#items');
                return Array.from(body.querySelectorAll('tr'))
                    .filter(tr => !tr.hidden && tr.style.display !== 'none' && !tr.hasAttribute('empty-state'))
                    .filter(tr => tr.index === undefined || tr.index < g.size)
                    .map(tr => Array.from(tr.querySelectorAll('td')).map(td => {
                        const slot = td.querySelector('slot');
                        const content = slot ? slot.assignedElements()[0] : null;
                        return content ? content.textContent.trim() : '';
                    }))
                    .filter(cells => cells.some(c => c.length));
                """, gridId);
        return (List<List<String>>) rows;
    }

    /** Clicks the body cell of a grid showing exactly {@code text} (opens a row in the search grid). */
    public void clickGridCell(String gridId, String text) {
        waitForGrid(gridId);
        WebElement cell = until(d -> {
            for (WebElement c : d.findElements(By.cssSelector("#" + gridId + " > vaadin-grid-cell-content"))) {
                try {
                    if (text.equals(c.getText().strip()) && c.isDisplayed()) {
                        return c;
                    }
                } catch (StaleElementReferenceException e) {
                    return null;
                }
            }
            return null;
        }, "a cell \"" + text + "\" in grid #" + gridId);
        scrollIntoView(cell);
        cell.click();
        waitForVaadin();
    }

    // ---------------------------------------------------------------- notifications

    /** Waits for a notification whose text contains {@code expected}; returns its text. */
    public String waitForNotification(String expected) {
        return until(d -> {
            Object t = js("""
                    return Array.from(document.querySelectorAll('vaadin-notification-card'))
                        .map(c => (c.innerText || c.textContent || '').trim())
                        .find(t => t.includes(arguments[0])) || null;
                    """, expected);
            return t == null ? null : t.toString();
        }, "a notification containing \"" + expected + "\"");
    }

    // ---------------------------------------------------------------- menu

    /** The ids of the side menu's items ({@code menu-...}). */
    @SuppressWarnings("unchecked")
    public List<String> menuIds() {
        byId("main-menu");
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('#main-menu vaadin-side-nav-item'))
                    .map(i => i.id).filter(id => id);
                """);
    }

    // ---------------------------------------------------------------- evidence

    /** Saves a PNG screenshot and the page source as {@code <name>.png} / {@code <name>.html}. */
    public void saveEvidence(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            Karaf.log("could not save a screenshot: %s", e);
        }
        try {
            String html = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
            Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Karaf.log("could not save the page source: %s", e);
        }
    }

    // ---------------------------------------------------------------- plumbing

    /** The file input inside this vaadin-upload (light DOM, shadow root or its $.fileInput), when it is there. */
    public WebElement fileInput(String uploadId) {
        return until(d -> {
            Object found = js("""
                    const u = document.getElementById(arguments[0]);
                    if (!u) { return null; }
                    return u.querySelector('input[type=file]')
                        || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))
                        || (u.$ && u.$.fileInput) || null;
                    """, uploadId);
            return found instanceof WebElement e ? e : null;
        }, "the file input of " + uploadId);
    }

    /** Gives the file to the upload's file input, as a file chooser does, and lets the server answer. */
    public void upload(String uploadId, java.nio.file.Path file) {
        fileInput(uploadId).sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    /** An upload of the UI kit's {@code UploadField}: gives the file and waits for its state line to say this. */
    public String uploadField(String fieldId, java.nio.file.Path file, String expectedState) {
        fileInput(fieldId).sendKeys(file.toAbsolutePath().toString());
        String state = waitForText(fieldId + "-state", expectedState);
        waitForVaadin();
        return state;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T until(Function<? super WebDriver, T> condition, String what) {
        return until(condition, what, WAIT);
    }

    /** {@link #until(Function, String)} with a longer wait, for work that takes a while (a large import). */
    public <T> T until(Function<? super WebDriver, T> condition, String what, Duration wait) {
        return new WebDriverWait(driver, wait, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "waiting for " + what + " (at " + driver.getCurrentUrl() + ")")
                .until(condition);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                Karaf.deleteRecursively(profile);
            } catch (IOException e) {
                // a leftover temp folder is harmless
            }
        }
    }

    /** Ticks the checkbox labelled {@code label} in the checkbox group {@code groupId}. */
    public void checkOption(String groupId, String label) {
        WebElement box = until(d -> (WebElement) js("const g = document.getElementById(arguments[0]); "
                + "return g ? [...g.querySelectorAll('vaadin-checkbox')].find(c => c.label === arguments[1]) || null "
                + ": null;", groupId, label), "#" + groupId + " option " + label);
        scrollIntoView(box);
        box.click();
        waitForVaadin();
    }

    /** The link's address (to be fetched again later). */
    public String linkHref(String anchorId) {
        return until(d -> {
            Object h = js("const a = document.getElementById(arguments[0]); "
                    + "return a && a.href && !a.hidden && a.getAttribute('href') ? a.href : null;", anchorId);
            return h == null ? null : h.toString();
        }, "#" + anchorId + " to link to a file");
    }

    /** The HTTP status of fetching {@code href} with the browser's session. */
    public int fetchStatus(String href) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(-1));
                """, href);
        return ((Number) status).intValue();
    }
}
