package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;

/**
 * Issue 13 item 3: two Karaf nodes on one PostgreSQL database behind HAProxy with sticky sessions,
 * configured with the distribution's own {@code bin/proxy/haproxy.cfg} (its bind and server
 * addresses replaced by the test's, plain HTTP instead of the TLS front). Both nodes start at
 * once on an empty database (their migrations meet on Liquibase's lock); one loads the demo
 * district. Runs where PostgreSQL is configured ({@code XUEJI_ITEST_POSTGRESQL}, as for the Pax
 * Exam PostgreSQL run; {@code .ci/run} sets it) and HAProxy is installed ({@code .ci/run}
 * installs it); elsewhere it is skipped with the reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Two nodes on one PostgreSQL behind HAProxy (issue 13)")
class TwoNodesE2E {

    private static final String DATABASE = "xueji_e2e_nodes";
    private static final String USER = System.getProperty("xueji.itest.postgresql.user", "xueji");
    private static final String CHAIN_VALID = "审计链完整";

    private static Karaf node1;
    private static Karaf node2;
    private static Proxy proxy;
    private static final List<Console> browsers = new ArrayList<>();
    /** A logged-in browser the proxy pinned to node 2 (test 1), for the failover in test 5. */
    private static Console pinnedToNode2;

    @BeforeAll
    static void startTwoNodesAndTheProxy() throws Exception {
        String server = System.getenv("XUEJI_ITEST_POSTGRESQL");
        assumeTrue(server != null && !server.isBlank(),
                "XUEJI_ITEST_POSTGRESQL is not set: no PostgreSQL server for the two-node test (README, Using PostgreSQL)");
        assumeTrue(Proxy.installed(), "haproxy is not installed (apt-get install haproxy; .ci/run does)");
        freshDatabase(server);
        Path base = Karaf.defaultWorkDir().getParent();
        String url = server + "/" + DATABASE + "?logServerErrorDetail=false"; // as README says
        // one audit key for both nodes, made as README says (openssl rand -hex 32), before either starts
        Path key = base.resolve("e2e-nodes-audit.key");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.writeString(key, HexFormat.of().formatHex(random) + "\n", StandardCharsets.US_ASCII);
        CompletableFuture<Karaf> first = CompletableFuture.supplyAsync(() ->
                Karaf.startNode(base.resolve("e2e-node1"), 60, url, USER, true, "127.0.0.1", key));
        CompletableFuture<Karaf> second = CompletableFuture.supplyAsync(() ->
                Karaf.startNode(base.resolve("e2e-node2"), 70, url, USER, false, "127.0.0.1", key));
        try {
            node1 = first.join();
        } finally {
            node2 = second.join();
        }
        node2.awaitCommands(List.of("xueji:transfers", "xueji:transfer-show", "xueji:transfer-decide",
                "xueji:bench-transfers"));
        proxy = Proxy.start(node1.home().resolve("bin/proxy/haproxy.cfg"), base.resolve("e2e-proxy"),
                Karaf.port("proxyPort", 18099), node1.httpPort(), node2.httpPort());
    }

    @AfterAll
    static void stopAll() {
        browsers.forEach(Console::close);
        if (proxy != null) {
            proxy.close();
        }
        if (node1 != null) {
            node1.close();
        }
        if (node2 != null) {
            node2.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("The proxy sends new browsers to both nodes and keeps each on its node: a logged-in console works page after page")
    void theProxyKeepsEachBrowserOnItsNode() {
        Set<String> nodes = new LinkedHashSet<>();
        for (String account : List.of("principal2", "registrar2")) {
            Console c = browser(proxy.url());
            c.login(account, Console.DEMO_PASSWORD);
            nodes.add(nodeOf(c));
            // a Vaadin session lives on one node: a request sent to the other would end in "session expired"
            for (String page : List.of("students", "", "students")) {
                c.open(page);
                c.waitForVaadin();
                assertThat(c.isPresent("main-menu")).as("%s on page '%s' via the proxy", account, page).isTrue();
                assertThat(nodeOf(c)).as("the node of %s's browser", account).isIn(nodes);
            }
            c.open("students");
            c.byId("student-grid");
            if ("node2".equals(nodeOf(c))) {
                pinnedToNode2 = c;
            }
        }
        assertThat(nodes).as("round robin: the two browsers landed on both nodes").containsExactlyInAnyOrder("node1", "node2");
    }

    @Test
    @Order(2)
    @DisplayName("R2 across nodes: a login on the other node ends the first session; its next page is the login page")
    void r2_aLoginOnTheOtherNodeEndsTheFirstSession() {
        Console first = browser(proxy.url());
        first.login("principal1", Console.DEMO_PASSWORD);
        first.open("students");
        first.byId("student-grid");
        Karaf other = "node1".equals(nodeOf(first)) ? node2 : node1;

        Console second = browser(other.baseUrl());
        second.login("principal1", Console.DEMO_PASSWORD);
        second.open("students");
        second.byId("student-grid");

        // the first node trusts its last check of the session for at most 2 s (ActorChecks.TRUSTED_FOR)
        Karaf.sleep(2500);
        first.click("search-button");
        first.until(d -> first.isPresent("login-form") ? Boolean.TRUE : null,
                "the login page of the replaced session (at " + first.path() + ")");
        assertThat(first.isPresent("student-grid")).as("the first browser's student grid").isFalse();
        assertThat(first.isPresent("main-menu")).as("the first browser's menu").isFalse();
        // the newer session goes on
        second.open("students");
        second.byId("student-grid");
        assertThat(other.shell("xueji:audit --user principal1 --action session.replaced --limit 5"))
                .contains("session.replaced");
    }

    @Test
    @Order(3)
    @DisplayName("Writes on both nodes at once: every transfer of both is there, no student has two, and the audit chain verifies on both")
    void writesOnBothNodesAtOnceKeepOneValidAuditChain() {
        Set<String> before = pendingTransfers(node1).keySet();
        CompletableFuture<String> on1 = CompletableFuture.supplyAsync(() ->
                node1.shell("xueji:bench-transfers --count 15 --skip-district --inbox-queries 1 --seed 1"));
        CompletableFuture<String> on2 = CompletableFuture.supplyAsync(() ->
                node2.shell("xueji:bench-transfers --count 15 --skip-district --inbox-queries 1 --seed 1"));
        assertThat(on1.join()).contains("共 15 个转学");
        assertThat(on2.join()).contains("共 15 个转学");

        Map<String, String> seenOn1 = pendingTransfers(node1);
        Map<String, String> seenOn2 = pendingTransfers(node2);
        assertThat(seenOn2).as("the pending transfers as node 2 sees them").isEqualTo(seenOn1);
        Set<String> created = new LinkedHashSet<>(seenOn1.keySet());
        created.removeAll(before);
        assertThat(created).as("the transfers both nodes submitted (same seed: they competed for the same students)")
                .hasSize(30);
        assertThat(new LinkedHashSet<>(seenOn1.values())).as("students with a pending transfer: one each")
                .hasSize(seenOn1.size());
        assertThat(node1.shell("xueji:audit-verify")).as("R7 on node 1").contains(CHAIN_VALID);
        assertThat(node2.shell("xueji:audit-verify")).as("R7 on node 2").contains(CHAIN_VALID);
    }

    @Test
    @Order(4)
    @DisplayName("A transfer decided on node 1 is seen decided on node 2, and node 2 cannot decide it again")
    void aTransferDecidedOnOneNodeIsSeenOnTheOther() {
        String id = pendingTransfers(node1).keySet().iterator().next();
        assertThat(node1.shell("xueji:transfer-decide " + id + " approve")).contains("已批准");
        assertThat(node2.shell("xueji:transfer-show " + id)).as("the transfer on node 2").contains("已批准")
                .doesNotContain("审批中");
        Karaf.Result again = node2.ssh("xueji:transfer-decide " + id + " approve");
        assertThat(again.exitCode()).as("deciding it again on node 2: %s", again).isNotZero();
        assertThat(pendingTransfers(node2)).as("node 2's pending list").doesNotContainKey(id);
        assertThat(Karaf.tableRows(node2.shell("xueji:audit --action transfer.decided --target-type transfer-change "
                + "--target " + id))).as("the decision's audit rows, read on node 2").hasSize(1);
    }

    @Test
    @Order(5)
    @DisplayName("Node 2 stops: what it committed is on node 1, and the proxy sends every browser to node 1")
    void aNodeThatStopsLosesNoCommittedChange() {
        String id = pendingTransfers(node2).keySet().iterator().next();
        assertThat(node2.shell("xueji:transfer-decide " + id + " approve")).contains("已批准");
        node2.killHard();

        assertThat(node1.shell("xueji:transfer-show " + id)).as("node 2's last decision, read on node 1")
                .contains("已批准");
        assertThat(node1.shell("xueji:audit-verify")).as("R7 after node 2 is gone").contains(CHAIN_VALID);
        // the proxy's health check (every 2 s, down after 2 failures) takes node 2 out
        Karaf.await("the proxy to send every request to node 1", Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 4; i++) {
                if (proxy.statusOf("/health") != 200) {
                    return false;
                }
            }
            return true;
        });
        // a browser pinned to node 2 goes on at node 1: its console session was node 2's, so it logs in again
        pinnedToNode2.open("students");
        pinnedToNode2.until(d -> pinnedToNode2.isPresent("login-form") ? Boolean.TRUE : null,
                "the login page at node 1 for the browser of node 2 (at " + pinnedToNode2.path() + ")");
        pinnedToNode2.login("registrar2", Console.DEMO_PASSWORD);
        assertThat(nodeOf(pinnedToNode2)).isEqualTo("node1");
        pinnedToNode2.open("students");
        pinnedToNode2.byId("student-grid");

        Console c = browser(proxy.url());
        c.login("headteacher1", Console.DEMO_PASSWORD);
        assertThat(nodeOf(c)).isEqualTo("node1");
        c.open("students");
        c.byId("student-grid");
    }

    // ---------------------------------------------------------------- helpers

    private static Console browser(String baseUrl) {
        Console c = Console.start(baseUrl);
        browsers.add(c);
        return c;
    }

    /** The node HAProxy pinned this browser to: its XUEJI_NODE cookie (bin/proxy/haproxy.cfg). */
    private static String nodeOf(Console c) {
        Cookie cookie = c.driver().manage().getCookieNamed("XUEJI_NODE");
        assertThat(cookie).as("the proxy's XUEJI_NODE cookie").isNotNull();
        return cookie.getValue();
    }

    /** Pending transfers as {@code xueji:transfers --pending} lists them: id → student id. */
    private static Map<String, String> pendingTransfers(Karaf node) {
        Map<String, String> byId = new HashMap<>();
        for (List<String> row : Karaf.tableRows(node.shell("xueji:transfers --pending --limit 1000"))) {
            if (!row.isEmpty() && row.get(0).matches("\\d+")) {
                byId.put(row.get(0), row.get(2));
            }
        }
        return byId;
    }

    /** Drops and creates the test database, so that the two nodes meet an empty one. */
    private static void freshDatabase(String server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server + "/postgres?user=" + USER);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        }
    }

    /** HAProxy in the foreground ({@code -db}) with the distribution's configuration, made local to the test. */
    static final class Proxy implements AutoCloseable {

        private static final Pattern SERVER = Pattern.compile("^(\\s*server\\s+(node\\d)\\s+)\\S+(.*)$");

        private final Process process;
        private final int port;

        private Proxy(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static boolean installed() {
            return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
        }

        /** Starts HAProxy on {@code wantedPort} or the next free port above it ({@link Karaf#claimPort}). */
        static Proxy start(Path shipped, Path dir, int wantedPort, int node1Port, int node2Port) throws IOException {
            int port = Karaf.claimPort(wantedPort, "proxy");
            try {
                return start(shipped, dir, port, Map.of("node1", node1Port, "node2", node2Port));
            } catch (IOException | RuntimeException e) {
                Karaf.releasePorts(List.of(port));
                throw e;
            }
        }

        private static Proxy start(Path shipped, Path dir, int port, Map<String, Integer> nodePorts) throws IOException {
            Files.createDirectories(dir);
            StringBuilder cfg = new StringBuilder();
            boolean bound = false;
            int servers = 0;
            for (String line : Files.readAllLines(shipped, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.startsWith("bind ")) {
                    // the TLS front and the HTTP redirect become one plain HTTP front on loopback
                    if (!bound) {
                        cfg.append("    bind 127.0.0.1:").append(port).append('\n');
                        bound = true;
                    }
                    continue;
                }
                if (t.startsWith("http-request redirect scheme https")) {
                    continue;
                }
                Matcher m = SERVER.matcher(line);
                if (m.matches()) {
                    cfg.append(m.group(1)).append("127.0.0.1:").append(nodePorts.get(m.group(2))).append(m.group(3))
                            .append('\n');
                    servers++;
                    continue;
                }
                cfg.append(line).append('\n');
            }
            assertThat(bound).as("a bind line in %s", shipped).isTrue();
            assertThat(servers).as("server node1/node2 lines in %s", shipped).isEqualTo(2);
            Path file = dir.resolve("haproxy.cfg");
            Files.writeString(file, cfg, StandardCharsets.UTF_8);
            Karaf.run(Duration.ofSeconds(30), List.of("/usr/sbin/haproxy", "-c", "-f", file.toString()), dir)
                    .requireSuccess("haproxy -c");
            ProcessBuilder pb = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", file.toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(dir.resolve("haproxy.out").toFile());
            Proxy proxy = new Proxy(pb.start(), port);
            try {
                Karaf.await("HAProxy answering /health on port " + port, Duration.ofSeconds(30),
                        () -> proxy.statusOf("/health") == 200);
            } catch (RuntimeException e) {
                proxy.close();
                throw e;
            }
            return proxy;
        }

        String url() {
            return "http://127.0.0.1:" + port + "/";
        }

        int statusOf(String path) {
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                Karaf.releasePorts(List.of(port));
            }
        }
    }
}
