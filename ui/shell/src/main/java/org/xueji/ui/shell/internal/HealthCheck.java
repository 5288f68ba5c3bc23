package org.xueji.ui.shell.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /health} answers 200 {@code ok} while this node's console serves requests: the check
 * of a reverse proxy in front of two nodes (bin/proxy/haproxy.cfg, issue 13). A check of the login
 * page instead would open a console session every few seconds. It is answered before the request
 * limit ({@code maxConcurrentRequests}), so a busy node is not taken for a dead one; it needs no
 * login and says nothing about data.
 */
final class HealthCheck extends Handler.Wrapper {

    static final String PATH = "/health";
    private static final ByteBuffer OK = ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();

    HealthCheck(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, OK.slice(), callback);
        return true;
    }
}
