package org.xueji.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that act as several people, each in a browser of their own (login, session
 * replacement, approvals by another role, the auditor reading the trail). Unlike
 * {@link ConsoleTest} nobody is logged in up front. Browsers opened with {@link #browser} stay
 * open until {@link #closeBrowsers()} or the end of the class; a failed test leaves a screenshot
 * of every open browser ({@link FailureArtifacts}).
 */
@ExtendWith({RunningAssembly.class, FailureArtifacts.class})
public abstract class BrowsersTest {

    protected static Karaf karaf;
    /** The open browsers of the running class, by a label naming who uses them. */
    private static final Map<String, Console> BROWSERS = new LinkedHashMap<>();

    @BeforeAll
    static void rememberKaraf(Karaf running) {
        karaf = running;
    }

    @AfterAll
    static void closeAllBrowsers() {
        closeBrowsers();
    }

    /** A fresh browser (own profile, no session), on no page yet. */
    protected static Console browser(String label) {
        Console c = Console.start(karaf.baseUrl());
        synchronized (BROWSERS) {
            String key = label;
            for (int i = 2; BROWSERS.containsKey(key); i++) {
                key = label + "-" + i;
            }
            BROWSERS.put(key, c);
        }
        return c;
    }

    /** A fresh browser in which the demo account has logged in (home page shown). */
    protected static Console loggedIn(String username) {
        Console c = browser(username);
        c.login(username, Console.DEMO_PASSWORD);
        return c;
    }

    protected static void close(Console c) {
        synchronized (BROWSERS) {
            BROWSERS.values().removeIf(open -> open == c);
        }
        c.close();
    }

    /** Closes every browser this class opened. */
    protected static void closeBrowsers() {
        List<Console> open;
        synchronized (BROWSERS) {
            open = new ArrayList<>(BROWSERS.values());
            BROWSERS.clear();
        }
        for (Console c : open) {
            try {
                c.close();
            } catch (RuntimeException e) {
                Karaf.log("could not close a browser: %s", e);
            }
        }
    }

    /** The open browsers by label (for screenshots of a failure). */
    Map<String, Console> browsers() {
        synchronized (BROWSERS) {
            return new LinkedHashMap<>(BROWSERS);
        }
    }

    // ---------------------------------------------------------------- shared steps

    /**
     * As an auditor on 审计日志: filters by person and action and returns the rendered rows of
     * the result (cells: 编号, 时间, 人员, 角色, 学校, 操作, 对象, 变更, 来源地址), once the grid
     * shows only rows of that action.
     */
    protected static List<List<String>> auditRows(Console auditor, String username, String action) {
        auditor.open("audit");
        auditor.byId("audit-grid");
        auditor.type("audit-filter-user", username);
        auditor.type("audit-filter-action", action);
        auditor.click("audit-search");
        auditor.until(d -> {
            List<List<String>> rows = auditor.gridRows("audit-grid");
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.contains(action)
                    && r.stream().anyMatch(cell -> cell.contains(username))) ? Boolean.TRUE : null;
        }, "audit-grid to list " + action + " rows of " + username);
        return auditor.gridRows("audit-grid");
    }

    /** The display name of an account, from {@code xueji:accounts}. */
    protected static String displayName(String username) {
        return Karaf.tableRows(karaf.shell("xueji:accounts")).stream()
                .filter(r -> r.size() > 1 && r.get(0).equals(username)).map(r -> r.get(1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:accounts does not list " + username));
    }
}
