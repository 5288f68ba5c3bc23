package org.xueji.platform.security.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host part of a client address as the logins record it: {@code 10.0.0.1} from the web
 * console, {@code ssh:/10.0.0.1:53122} from Karaf's ssh server (the port differs with every
 * connection, so throttling and the loopback rule look at the host only).
 */
final class ClientAddresses {

    private static final Pattern CHANNEL = Pattern.compile("^(ssh|sftp|jmx|web|shell):", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("^\\[([^\\]]+)\\](?::\\d+)?$");
    private static final Pattern IPV4_PORT = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+$");

    static String host(String clientAddress) {
        if (clientAddress == null) {
            return "";
        }
        String s = CHANNEL.matcher(clientAddress.strip()).replaceFirst("");
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1); // "hostname/1.2.3.4:5" or "/1.2.3.4:5"
        }
        Matcher m = BRACKETED.matcher(s);
        if (m.matches()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        m = IPV4_PORT.matcher(s);
        if (m.matches()) {
            return m.group(1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** A loopback client, judged from the literal only (no name look-up). */
    static boolean isLoopback(String clientAddress) {
        String h = host(clientAddress);
        return h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.equals("localhost");
    }

    private ClientAddresses() {
    }
}
