package org.xueji.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readies the load accounts the way the product wants: a new account must change its initial
 * password at its first login, in the console (ChangePasswordView). Each account logs in with the
 * initial password, sets the run password, logs in with it and checks that its menu offers the
 * views of the scenario. An account whose password was already changed (a re-run) is only checked.
 */
final class Prepare {

    private Prepare() {
    }

    static int run(Config config, HttpClient http) throws Exception {
        List<Account> accounts = Account.read(config.accounts());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = accounts.stream().map(a -> pool.submit(() -> {
                try {
                    prepare(config, http, a);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println("prepare " + a.username() + ": " + e);
                }
            })).<Future<?>>map(f -> f).toList();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("prepared %d of %d accounts%n", accounts.size() - failed.get(), accounts.size());
        return failed.get();
    }

    static void prepare(Config config, HttpClient http, Account a) throws Exception {
        UidlClient c = new UidlClient(http, URI.create(config.url()));
        c.open("login");
        VirtualUser.login(c, a.username(), a.initialPassword());
        if (c.has("pw-submit")) {
            c.type(c.require("pw-old"), a.initialPassword());
            c.type(c.require("pw-new"), config.password());
            c.type(c.require("pw-confirm"), config.password());
            c.click(c.require("pw-submit"));
            if (c.has("pw-submit") || !c.has("login-form")) {
                throw new IllegalStateException("the password change was not accepted");
            }
        }
        // a fresh page, as after the redirect to the login
        c = new UidlClient(http, URI.create(config.url()));
        c.open("login");
        VirtualUser.login(c, a.username(), config.password());
        for (String id : List.of("dashboard-cards", "menu-students", "menu-inbox", "logout")) {
            c.require(id);
        }
        c.sendExpectingSessionEnd(List.of(UidlClient.clickEvent(c.require("logout"))));
    }
}
