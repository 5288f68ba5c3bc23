package org.xueji.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * One person at the console, in a loop: log in, (dashboard), open 学生查询, search by a name prefix,
 * open a record, open 待办审批, back to the dashboard, log out; a random think time between the steps.
 * Each step is timed as one request type. A failed step ends the iteration (the UI state is then
 * unknown); the user starts over with a fresh login, as a person would reload the page.
 */
final class VirtualUser implements Runnable {

    /** Common surnames of the generated demo district. */
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴");

    private final Account account;
    private final Config config;
    private final HttpClient http;
    private final Stats stats;
    private final BooleanSupplier running;
    private final long startDelayMillis;
    int iterations;

    VirtualUser(Account account, Config config, HttpClient http, Stats stats, BooleanSupplier running,
                long startDelayMillis) {
        this.account = account;
        this.config = config;
        this.http = http;
        this.stats = stats;
        this.running = running;
        this.startDelayMillis = startDelayMillis;
    }

    @Override
    public void run() {
        try {
            Thread.sleep(startDelayMillis);
            while (running.getAsBoolean()) {
                iteration();
                iterations++;
            }
            if (session != null) {
                // a user who stays logged in (load.loginEvery=0) leaves at the end of the run
                step("logout", this::logout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StepFailed e) {
            // counted
        }
    }

    /** The logged-in tab; kept across iterations unless every iteration logs in (load.loginEvery). */
    private UidlClient session;

    private void iteration() throws InterruptedException {
        try {
            if (session == null) {
                UidlClient c = new UidlClient(http, URI.create(config.url()));
                session = c;
                step("login page", () -> {
                    c.open("login");
                    c.require("login-form");
                });
                think();
                step("login", () -> {
                    login(c, account.username(), config.password());
                    c.require("dashboard-cards");
                });
                think();
            }
            UidlClient c = session;
            step("students view", () -> {
                c.navigate("students", "client");
                c.require("search-name");
            });
            think();
            String[] key = new String[1];
            step("search", () -> key[0] = search(c));
            think();
            if (key[0] != null) {
                step("open record", () -> {
                    openRecord(c, key[0]);
                    c.require("student-registry-number");
                });
                think();
            }
            step("inbox", () -> {
                c.navigate("inbox", "client");
                c.require("inbox-grid");
            });
            think();
            step("dashboard", () -> {
                c.navigate("", "client");
                c.require("dashboard-cards");
            });
            think();
            if (config.loginEvery() > 0 && (iterations + 1) % config.loginEvery() == 0) {
                step("logout", this::logout);
            }
        } catch (StepFailed e) {
            // already counted; the next iteration logs in afresh, as a person would reload the page
            session = null;
        }
        think();
    }

    private void logout() throws IOException, InterruptedException {
        UidlClient c = session;
        session = null;
        c.sendExpectingSessionEnd(List.of(UidlClient.clickEvent(c.require("logout"))));
    }

    /** The login form's 'login' event, after the form disabled itself (its '}disabled' sync). */
    static JsonNode login(UidlClient c, String username, String password) throws IOException, InterruptedException {
        int form = c.require("login-form");
        ObjectNode data = UidlClient.JSON.createObjectNode();
        data.put("event.detail.username", username);
        data.put("event.detail.password", password);
        return c.send(List.of(UidlClient.sync(form, "disabled", UidlClient.JSON.getNodeFactory().booleanNode(true)),
                UidlClient.event(form, "login", data)));
    }

    /** Types a surname and clicks 查询; returns a listed student's grid key, or null if none was listed. */
    private String search(UidlClient c) throws IOException, InterruptedException {
        int grid = c.require("student-grid");
        String surname = SURNAMES.get(ThreadLocalRandom.current().nextInt(SURNAMES.size()));
        c.type(c.require("search-name"), surname);
        List<String> keys = UidlClient.gridKeys(c.click(c.require("search-button")), grid);
        if (keys.isEmpty()) {
            stats.emptySearches.incrementAndGet();
            return null;
        }
        return keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
    }

    /** A click on a grid row: the grid's 'item-click' event with the row's key. */
    private static void openRecord(UidlClient c, String itemKey) throws IOException, InterruptedException {
        ObjectNode data = UidlClient.JSON.createObjectNode();
        data.put("event.detail.itemKey", itemKey);
        data.put("event.detail.internalColumnId", "col1");
        for (String k : List.of("event.detail.shiftKey", "event.detail.metaKey", "event.detail.ctrlKey",
                "event.detail.altKey")) {
            data.put(k, false);
        }
        data.put("event.detail.button", 0);
        data.put("event.detail.detail", 1);
        for (String k : List.of("event.detail.clientX", "event.detail.clientY", "event.detail.screenX",
                "event.detail.screenY")) {
            data.put(k, 0);
        }
        c.send(List.of(UidlClient.event(c.require("student-grid"), "item-click", data)));
    }

    private interface Action {
        void run() throws IOException, InterruptedException;
    }

    private void step(String type, Action action) throws InterruptedException {
        long start = System.nanoTime();
        try {
            action.run();
            stats.ok(type, System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            stats.error(type, System.nanoTime() - start, account.username(), e);
            throw new StepFailed();
        }
    }

    private void think() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(config.thinkMinMillis(), config.thinkMaxMillis() + 1));
    }

    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailed() {
            super(null, null, false, false);
        }
    }
}
