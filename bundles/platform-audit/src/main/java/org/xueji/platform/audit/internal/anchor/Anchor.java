package org.xueji.platform.audit.internal.anchor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.xueji.platform.audit.internal.AuditChain;

/**
 * One signed export of the chain's head (R7): "row {@code lastId} had hash {@code lastHash}
 * at {@code time}", sealed with the {@link AnchorKey}. Kept as a small text file outside the
 * database; {@code xueji:audit-verify} checks the chain against every anchor.
 */
public record Anchor(long lastId, String lastHash, Instant time, String mac) {

    static final String FORMAT = "xueji-audit-anchor/1";
    /** Text sealed into the database's head row (AUD_HEAD.HEAD_MAC). */
    static final String HEAD_FORMAT = "xueji-audit-head/1";

    public Anchor {
        Objects.requireNonNull(lastHash, "lastHash");
        Objects.requireNonNull(time, "time");
    }

    /** A new anchor of the head, sealed. */
    public static Anchor of(AnchorKey key, long lastId, String lastHash, Instant time) {
        return new Anchor(lastId, lastHash, time, key.mac(signedText(lastId, lastHash, time)));
    }

    /** What the MAC covers: format, position, hash and time, one a line. */
    static String signedText(long lastId, String lastHash, Instant time) {
        return FORMAT + "\nlastId:" + lastId + "\nlastHash:" + lastHash + "\ntime:" + AuditChain.isoTime(time);
    }

    /** Text sealed into AUD_HEAD.HEAD_MAC: the head's position and hash. */
    public static String headText(long lastId, String lastHash) {
        return HEAD_FORMAT + "\nlastId:" + lastId + "\nlastHash:" + lastHash;
    }

    public boolean verifiesWith(AnchorKey key) {
        return key.verifies(signedText(lastId, lastHash, time), mac);
    }

    /** The file's content. */
    public String fileText() {
        return signedText(lastId, lastHash, time) + "\nmac:" + mac + "\n";
    }

    /**
     * Reads {@link #fileText()} back.
     *
     * @throws IllegalArgumentException if a line is missing, unknown or malformed
     */
    public static Anchor parse(String text) {
        String[] lines = text.strip().split("\n");
        if (lines.length != 5 || !lines[0].strip().equals(FORMAT)) {
            throw new IllegalArgumentException("not an audit anchor");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " has no field name");
            }
            fields.put(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip());
        }
        if (!fields.keySet().equals(java.util.Set.of("lastId", "lastHash", "time", "mac"))) {
            throw new IllegalArgumentException("fields " + fields.keySet());
        }
        try {
            return new Anchor(Long.parseLong(fields.get("lastId")), fields.get("lastHash"),
                    Instant.parse(fields.get("time")), fields.get("mac"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed anchor: " + e.getMessage(), e);
        }
    }
}
