package org.xueji.itests;

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
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                return runOnce(sessions, command);
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

    private static String runOnce(SessionFactory sessions, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
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
