package org.xueji.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.xueji.platform.api.Role;

/** Plain text formatting shared by the admin views and the CSV export. */
public final class AdminFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME_SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code 2026-03-15 09:30:12}, or empty. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** {@code 2026-03-15 09:30}, or empty. */
    public static String minutes(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME_SHORT.format(instant.atZone(zone));
    }

    /** The Chinese label of a role stored by name ({@code SCHOOL_REGISTRAR} → 学籍管理员); other text as is. */
    public static String roleLabel(String role) {
        if (role == null || role.isBlank()) {
            return "";
        }
        try {
            return Role.valueOf(role.strip()).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    public static String roleLabel(Role role) {
        return role == null ? "" : role.label();
    }

    private AdminFormat() {
    }
}
