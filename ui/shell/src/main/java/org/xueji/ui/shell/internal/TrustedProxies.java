package org.xueji.ui.shell.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Behind a reverse proxy every request comes from the proxy's address, so the per-address login
 * limits (R2, issue 16) would count all users as one client, and the audit trail would record the
 * proxy instead of the browser. When the direct peer is one of the configured proxies
 * ({@code trustedProxies}: addresses or CIDR ranges), the client address is the last entry of
 * {@code X-Forwarded-For}, the one that proxy wrote (entries before it came from the client and
 * can be anything). From any other peer the header is ignored, so a browser that reaches a node
 * directly cannot claim another address. Only the address is taken over: the proxy's other
 * forwarding headers (host, scheme, port) change nothing here.
 */
final class TrustedProxies extends Handler.Wrapper {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    /**
     * A literal IPv4 address (octets 0–255) or IPv6 address: {@link InetAddress#getByName} takes
     * these without a name look-up (anything else would be looked up in DNS).
     */
    private static final Pattern IP_LITERAL = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}"
                    + "|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$");

    private final InetAddressSet proxies = new InetAddressSet();

    /**
     * @param proxies addresses or ranges, e.g. {@code 10.0.0.5} or {@code 10.0.0.0/24}; empty: no
     *                proxy is trusted and the header is always ignored
     */
    TrustedProxies(Handler handler, List<String> proxies) {
        super(handler);
        for (String p : proxies) {
            this.proxies.add(p.strip());
        }
    }

    /** Parses the configuration value: comma or space separated; blank means none. */
    static List<String> parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return List.of();
        }
        return List.of(configured.strip().split("[,\\s]+"));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        InetSocketAddress client = clientBehindProxy(request);
        return super.handle(client == null ? request : withRemote(request, client), response, callback);
    }

    /** The client the trusted peer forwarded for, or null: not a trusted peer, or no usable header. */
    private InetSocketAddress clientBehindProxy(Request request) {
        if (proxies.isEmpty() || !(request.getConnectionMetaData().getRemoteSocketAddress()
                instanceof InetSocketAddress peer) || peer.getAddress() == null || !proxies.test(peer.getAddress())) {
            return null;
        }
        List<String> values = request.getHeaders().getValuesList(FORWARDED_FOR);
        if (values.isEmpty()) {
            return null;
        }
        String all = values.get(values.size() - 1);
        String last = all.substring(all.lastIndexOf(',') + 1).strip();
        if (last.startsWith("[") && last.endsWith("]")) {
            last = last.substring(1, last.length() - 1);
        }
        if (!IP_LITERAL.matcher(last).matches()) {
            return null;
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(last), 0);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Request withRemote(Request request, InetSocketAddress client) {
        ConnectionMetaData forwarded = new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
                return client;
            }
        };
        return new Request.Wrapper(request) {
            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return forwarded;
            }
        };
    }
}
