package org.xueji.platform.security.internal.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
     * A password typed twice at a prompt, masked with {@code *} (issue 16: never on the command
     * line, where it would stay in the shell history, the audit of the command and the process
     * list; never in a file). A session without a terminal ({@code ssh host "xueji:account-add …"})
     * cannot prompt: there the two lines are read from the standard input instead.
     */
    static char[] password(Session session) throws IOException {
        String first;
        String second;
        try {
            first = session.readLine("新密码: ", '*');
            second = session.readLine("再次输入: ", '*');
        } catch (UnsupportedOperationException noTerminal) {
            InputStream in = session.getKeyboard();
            first = line(in);
            second = line(in);
        }
        if (first == null || first.isEmpty() || !first.equals(second)) {
            throw new IllegalArgumentException("两次输入的密码不一致或为空，未修改。");
        }
        return first.toCharArray();
    }

    /** One line of UTF-8 from the input, without its line end; {@code null} at the end of the input. */
    static String line(InputStream in) throws IOException {
        if (in == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        if (b < 0 && bytes.size() == 0) {
            return null;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private ShellUser() {
    }
}
