package org.xueji.load;

import java.nio.file.Path;

/** The driver's settings, from -Dload.* system properties (see BENCHMARKS.md, "Console load"). */
record Config(String mode, String url, Path accounts, int users, int rampUpSeconds, int durationSeconds,
              long thinkMinMillis, long thinkMaxMillis, int loginEvery, String password, Path karafHome, Path outDir) {

    static Config fromSystemProperties() {
        String url = System.getProperty("load.url", "http://127.0.0.1:18381/");
        String home = System.getProperty("load.karafHome", "");
        return new Config(
                System.getProperty("load.mode", "run"),
                url.endsWith("/") ? url : url + "/",
                Path.of(System.getProperty("load.accounts", "/work/load-run/accounts.csv")),
                Integer.getInteger("load.users", 50),
                Integer.getInteger("load.rampUp", 60),
                Integer.getInteger("load.duration", 240),
                Long.getLong("load.thinkMin", 1000),
                Long.getLong("load.thinkMax", 3000),
                // 1: every iteration logs in and out (the scenario); N: every Nth; 0: once per run
                Integer.getInteger("load.loginEvery", 1),
                // the password the prepare mode sets at the first login (synthetic, for the throw-away install)
                System.getProperty("load.password", "Load-Run-2026-q4"),
                home.isBlank() ? null : Path.of(home),
                Path.of(System.getProperty("load.out", "target")));
    }
}
