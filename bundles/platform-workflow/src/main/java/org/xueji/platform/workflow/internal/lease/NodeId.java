package org.xueji.platform.workflow.internal.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The id of this node for the job leases: Karaf's instance name, the host name and a random
 * part, so that two starts of the same instance (a restart before the old lease expired, a
 * copied installation) never pass for one another.
 */
final class NodeId {

    /** WFL_JOB_LEASE.HOLDER is VARCHAR(200); the random part always fits. */
    private static final int MAX_NAME = 150;

    private NodeId() {
    }

    static String forThisStart() {
        String name = System.getProperty("karaf.name", "node") + "@" + hostName();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        return name + "/" + HexFormat.of().formatHex(random);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
