package org.xueji.platform.audit.internal.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.xueji.platform.api.Role;

/** Formatting shared by the commands. */
final class Shown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String role(String role) {
        if (role == null) {
            return "";
        }
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private Shown() {
    }
}
