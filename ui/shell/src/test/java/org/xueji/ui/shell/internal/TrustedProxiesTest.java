package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (two nodes behind a proxy): the client address the logins throttle and the audit
 * records (R2, issue 16) is the browser's, taken from {@code X-Forwarded-For} only when a trusted
 * proxy sent the request; the proxy's health check needs no session and bypasses the console.
 * The servlet below reads {@code getRemoteAddr()} as the login view does.
 */
class TrustedProxiesTest {

    private final AtomicInteger servletCalls = new AtomicInteger();
    private Server server;
    private int port;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void r2_behindATrustedProxyTheClientIsTheLastForwardedAddress() throws Exception {
        start("127.0.0.1");
        assertThat(remoteAddr("203.0.113.9")).isEqualTo("203.0.113.9");
        // entries before the proxy's own came from the client: never believed
        assertThat(remoteAddr("198.51.100.7, 203.0.113.9")).isEqualTo("203.0.113.9");
        // Jetty writes an IPv6 peer in brackets, as for a direct IPv6 peer (ClientAddresses.host reads both)
        assertThat(remoteAddr("2001:db8::1")).isEqualTo("[2001:db8:0:0:0:0:0:1]");
    }

    @Test
    void r2_fromAPeerThatIsNoTrustedProxyTheHeaderIsIgnored() throws Exception {
        start("10.0.0.0/8");
        assertThat(remoteAddr("203.0.113.9")).as("a browser reaching the node directly cannot pick its address")
                .isEqualTo("127.0.0.1");
    }

    @Test
    void r2_withoutTrustedProxiesOrWithAnUnusableHeaderThePeerIsTheClient() throws Exception {
        start("");
        assertThat(remoteAddr("203.0.113.9")).isEqualTo("127.0.0.1");
        stop();
        start("127.0.0.1");
        assertThat(remoteAddr(null)).isEqualTo("127.0.0.1");
        assertThat(remoteAddr("unknown")).isEqualTo("127.0.0.1");
        // a name would be looked up in DNS; an octet beyond 255 is no address either
        assertThat(remoteAddr("evil.example")).isEqualTo("127.0.0.1");
        assertThat(remoteAddr("203.0.113.999")).isEqualTo("127.0.0.1");
    }

    @Test
    void theHealthCheckAnswersWithoutTheConsoleAndWithoutASession() throws Exception {
        start("");
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + HealthCheck.PATH)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
        assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(servletCalls).as("the console servlet was not involved").hasValue(0);
    }

    @Test
    void parsesCommaOrSpaceSeparatedAddresses() {
        assertThat(TrustedProxies.parse(" 10.0.0.5, 10.0.1.0/24  192.168.1.1 "))
                .containsExactly("10.0.0.5", "10.0.1.0/24", "192.168.1.1");
        assertThat(TrustedProxies.parse("  ")).isEmpty();
        assertThat(TrustedProxies.parse(null)).isEmpty();
    }

    private void start(String trusted) throws Exception {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                servletCalls.incrementAndGet();
                req.getSession(true);
                resp.getWriter().print(req.getRemoteAddr());
            }
        }), "/*");
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new TrustedProxies(new HealthCheck(ShellHttpServer.limited(context, 4)),
                TrustedProxies.parse(trusted)));
        server.start();
        port = connector.getLocalPort();
    }

    private String remoteAddr(String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whoami"));
        if (forwardedFor != null) {
            request.header(TrustedProxies.FORWARDED_FOR, forwardedFor);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
