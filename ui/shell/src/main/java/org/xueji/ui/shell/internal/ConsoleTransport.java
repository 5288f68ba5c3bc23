package org.xueji.ui.shell.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Transport rules of the web console (issue 16, item 8):
 * <ul>
 *   <li>on a non-loopback address the console listens only with HTTPS, unless
 *       {@code allowPlainHttpBeyondLoopback=true} says that the operator put it behind a TLS
 *       proxy or a trusted network on purpose;</li>
 *   <li>with HTTPS on, the plain HTTP port only redirects to HTTPS ({@link HttpsRedirect}).</li>
 * </ul>
 */
final class ConsoleTransport {

    /** The configuration key that allows plain HTTP beyond loopback (etc/org.xueji.ui.shell.cfg). */
    static final String ALLOW_PLAIN_HTTP = "allowPlainHttpBeyondLoopback";

    /** True when {@code host} (a literal or a name) is a loopback address; {@code 0.0.0.0}, blank and unknown names are not. */
    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false; // Jetty then listens on every interface
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host.strip())) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Why the console must not listen with this configuration, or {@code null} when it may.
     *
     * @param httpsActive the HTTPS connector is configured and its keystore was found
     */
    static String refusal(String host, boolean httpsActive, boolean allowPlainHttp) {
        if (httpsActive || allowPlainHttp || isLoopback(host)) {
            return null;
        }
        return "The web console does not listen on " + host + " over plain HTTP: passwords and personal data "
                + "would cross the network in clear. Configure HTTPS (httpsPort, keystorePath, keystorePassword in "
                + "etc/org.xueji.ui.shell.cfg), or keep host=127.0.0.1, or set " + ALLOW_PLAIN_HTTP
                + "=true if a TLS proxy in front of it encrypts the traffic.";
    }

    /** {@code https://host:port/path?query} for a request that arrived over plain HTTP. */
    static String httpsLocation(String serverName, int httpsPort, String pathAndQuery) {
        String host = serverName.contains(":") && !serverName.startsWith("[") ? "[" + serverName + "]" : serverName;
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        return "https://" + host.toLowerCase(Locale.ROOT) + (httpsPort == 443 ? "" : ":" + httpsPort) + path;
    }

    /** With HTTPS on: every plain-HTTP request gets a permanent redirect and nothing else (no page, no login). */
    static final class HttpsRedirect extends Handler.Wrapper {
        private final int httpsPort;

        HttpsRedirect(int httpsPort, Handler handler) {
            super(handler);
            this.httpsPort = httpsPort;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (request.isSecure()) {
                return super.handle(request, response, callback);
            }
            String query = request.getHttpURI().getQuery();
            String target = request.getHttpURI().getPath() + (query == null ? "" : "?" + query);
            Response.sendRedirect(request, response, callback, HttpStatus.PERMANENT_REDIRECT_308,
                    httpsLocation(Request.getServerName(request), httpsPort, target), true);
            return true;
        }
    }

    private ConsoleTransport() {
    }
}
