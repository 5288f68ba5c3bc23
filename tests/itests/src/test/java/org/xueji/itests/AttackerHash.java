package org.xueji.itests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The audit chain's plain hash, recomputed from the published row format the way an attacker
 * with database access would (R7 attack tests); the platform's own code is not used.
 */
final class AttackerHash {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    static String of(long id, String previous, String sqlTime, String username, String displayName, String role,
                     Long school, String action, String targetType, String targetId, String changes, String client)
            throws Exception {
        String time = LocalDateTime.parse(sqlTime.trim().replace(' ', 'T')).format(TIME);
        String canonical = "xueji-audit/1"
                + "\nid:" + id
                + "\nprevious:" + text(previous)
                + "\ntime:" + time
                + "\nusername:" + text(username)
                + "\ndisplayName:" + text(displayName)
                + "\nrole:" + text(role)
                + "\nschool:" + school
                + "\naction:" + text(action)
                + "\ntargetType:" + text(targetType)
                + "\ntargetId:" + text(targetId)
                + "\nchanges:" + text(changes)
                + "\nclient:" + text(client);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(String s) {
        if (s == null) {
            return "null";
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    private AttackerHash() {
    }
}
