package org.xueji.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs a shell command in the container and returns what it printed. The shell registers a
 * bundle's commands shortly after the bundle's services, so a test that starts right after boot can
 * find the command not there yet: wait for it (at most a minute), never for anything else.
 */
final class ShellCommands {

    static String run(SessionFactory sessions, String command) throws Exception {
        return runAs(sessions, null, command);
    }

    /** Runs the command as the given shell USER (null: the container's own session user). */
    static String runAs(SessionFactory sessions, String user, String command) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                return runOnce(sessions, user, command);
            } catch (Exception e) {
                // gogo's CommandNotFoundException, by name: the test bundle does not import gogo's runtime
                if (!e.getClass().getSimpleName().equals("CommandNotFoundException")
                        || System.currentTimeMillis() > until) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static String runOnce(SessionFactory sessions, String user, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        if (user != null) {
            session.put("USER", user);
        }
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private ShellCommands() {
    }
}
