package org.xueji.platform.workflow.internal.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The id of this node for the job leases: {@code <instance>/<random>}. The instance is Karaf's
 * name, the host name and a short hash of the installation's folder (two installations on one
 * host differ; the folder itself is not shown); the random part differs at every start, so two
 * starts never pass for one another.
 */
final class NodeId {

    /** WFL_JOB_LEASE.HOLDER is VARCHAR(200); the hash and the random part always fit. */
    private static final int MAX_NAME = 150;

    private NodeId() {
    }

    /** This installation: the same across its restarts. */
    static String instance() {
        String name = System.getProperty("karaf.name", "node") + "@" + hostName();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        // karaf.base: the installation's own folder (a child instance shares karaf.home with its root)
        String base = System.getProperty("karaf.base", System.getProperty("karaf.home", "."));
        String folder = Path.of(base).toAbsolutePath().normalize().toString();
        return name + "#" + HexFormat.of().formatHex(sha256(folder), 0, 4);
    }

    /** A node id of a new start of {@code instance}. */
    static String of(String instance) {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        return instance + "/" + HexFormat.of().formatHex(random);
    }

    /** Whether {@code nodeId} is a start of {@code instance}. */
    static boolean isStartOf(String nodeId, String instance) {
        return nodeId.startsWith(instance + "/");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
