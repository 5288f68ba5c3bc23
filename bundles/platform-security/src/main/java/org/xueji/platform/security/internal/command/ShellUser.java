package org.xueji.platform.security.internal.command;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Role;

/**
 * The actor of a shell command: the account that logged in to the shell through the
 * platform's JAAS realm, with its own role and school (R7: changes are made by a named
 * person). An operator known only to etc/users.properties acts as the platform job
 * {@code system:shell:<name>}.
 */
final class ShellUser {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    static Role role(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("未知角色 " + text + "，可选：" + Arrays.toString(Role.values()));
        }
    }

    /**
     * The password given with {@code --password}, or read twice from the console without
     * echo (so that it stays out of the shell history).
     */
    static char[] password(Session session, String option) throws IOException {
        if (option != null) {
            return option.toCharArray();
        }
        String first = session.readLine("新密码: ", '*');
        String second = session.readLine("再次输入: ", '*');
        if (first == null || !first.equals(second)) {
            throw new IllegalArgumentException("两次输入的密码不一致，未修改。");
        }
        return first.toCharArray();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private ShellUser() {
    }
}
