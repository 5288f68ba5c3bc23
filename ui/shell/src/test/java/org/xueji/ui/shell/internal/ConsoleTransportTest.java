package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 8 (R1): no console in clear beyond this machine, plain HTTP only redirects when
 * HTTPS is on, and every response carries the security headers.
 */
class ConsoleTransportTest {

    @Test
    void r1_plainHttpBeyondLoopbackIsRefusedUnlessAllowedOrHttps() {
        assertThat(ConsoleTransport.refusal("0.0.0.0", false, false)).contains("HTTPS")
                .contains(ConsoleTransport.ALLOW_PLAIN_HTTP);
        assertThat(ConsoleTransport.refusal("192.168.10.5", false, false)).isNotNull();
        assertThat(ConsoleTransport.refusal("", false, false)).as("blank = every interface").isNotNull();
        assertThat(ConsoleTransport.refusal("0.0.0.0", true, false)).as("HTTPS on").isNull();
        assertThat(ConsoleTransport.refusal("0.0.0.0", false, true)).as("explicitly allowed").isNull();
        assertThat(ConsoleTransport.refusal("127.0.0.1", false, false)).isNull();
        assertThat(ConsoleTransport.refusal("localhost", false, false)).isNull();
        assertThat(ConsoleTransport.refusal("::1", false, false)).isNull();
    }

    @Test
    void r1_loopbackMeansEveryAddressOfTheHostIsLoopback() {
        assertThat(ConsoleTransport.isLoopback("127.0.0.1")).isTrue();
        assertThat(ConsoleTransport.isLoopback("127.0.1.1")).isTrue();
        assertThat(ConsoleTransport.isLoopback("0.0.0.0")).isFalse();
        assertThat(ConsoleTransport.isLoopback("10.1.2.3")).isFalse();
        assertThat(ConsoleTransport.isLoopback(null)).isFalse();
    }

    @Test
    void r1_httpsLocationKeepsPathAndQuery() {
        assertThat(ConsoleTransport.httpsLocation("xueji.example", 8443, "/students?q=1"))
                .isEqualTo("https://xueji.example:8443/students?q=1");
        assertThat(ConsoleTransport.httpsLocation("xueji.example", 443, "")).isEqualTo("https://xueji.example/");
        assertThat(ConsoleTransport.httpsLocation("::1", 8443, "/")).isEqualTo("https://[::1]:8443/");
    }

    @Test
    void r1_withHttpsOnPlainHttpOnlyRedirectsAndCarriesTheHeaders() throws Exception {
        Server server = new Server();
        ServerConnector plain = new ServerConnector(server);
        plain.setHost("127.0.0.1");
        plain.setPort(0);
        server.addConnector(plain);
        boolean[] appReached = {false};
        Handler app = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                appReached[0] = true;
                response.setStatus(200);
                callback.succeeded();
                return true;
            }
        };
        server.setHandler(new ShellHttpServer.SecurityHeaders(new ConsoleTransport.HttpsRedirect(8443, app)));
        server.start();
        try {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + plain.getLocalPort() + "/login?next=students")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(308);
            assertThat(r.headers().firstValue("Location")).hasValue("https://127.0.0.1:8443/login?next=students");
            assertThat(appReached[0]).as("the console answered over plain HTTP").isFalse();

            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'").doesNotContain("*", "http:", "https:");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        } finally {
            server.stop();
        }
    }
}
