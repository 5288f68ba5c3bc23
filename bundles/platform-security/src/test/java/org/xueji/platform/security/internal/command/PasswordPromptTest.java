package org.xueji.platform.security.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: shell commands take passwords only at a masked prompt (or, without a terminal, from
 * standard input), never as a command-line option.
 */
class PasswordPromptTest {

    /** A session whose readLine answers from a queue and records the mask, or has no terminal at all. */
    private static Session session(Deque<String> typed, List<Character> masks, byte[] stdin) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "readLine" -> {
                        if (typed == null) {
                            throw new UnsupportedOperationException();
                        }
                        masks.add((Character) args[1]);
                        yield typed.poll();
                    }
                    case "getKeyboard" -> new ByteArrayInputStream(stdin);
                    default -> throw new AssertionError("not used: " + method.getName());
                });
    }

    @Test
    void r2_accountAddAndResetTakeNoPasswordOption() {
        for (Class<?> command : List.of(AccountAddCommand.class, AccountResetPasswordCommand.class)) {
            List<String> options = new ArrayList<>();
            for (Field f : command.getDeclaredFields()) {
                Option o = f.getAnnotation(Option.class);
                if (o != null) {
                    options.add(o.name());
                    options.addAll(List.of(o.aliases()));
                }
            }
            assertThat(options).as(command.getSimpleName()).noneMatch(n -> n.toLowerCase().contains("pass"));
        }
    }

    @Test
    void r2_thePasswordIsTypedTwiceAtAMaskedPrompt() throws Exception {
        List<Character> masks = new ArrayList<>();
        char[] p = ShellUser.password(session(new ArrayDeque<>(List.of("Erste-Pass-01", "Erste-Pass-01")), masks,
                new byte[0]));
        assertThat(new String(p)).isEqualTo("Erste-Pass-01");
        assertThat(masks).containsExactly('*', '*');
    }

    @Test
    void r2_twoDifferentEntriesAreRefused() {
        assertThatThrownBy(() -> ShellUser.password(session(new ArrayDeque<>(List.of("Erste-Pass-01",
                "Erste-Pass-02")), new ArrayList<>(), new byte[0]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void r2_withoutATerminalTheTwoLinesComeFromStandardInput() throws Exception {
        byte[] stdin = "Zweite-Pass-密码\r\nZweite-Pass-密码\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(ShellUser.password(session(null, new ArrayList<>(), stdin))))
                .isEqualTo("Zweite-Pass-密码");
        assertThatThrownBy(() -> ShellUser.password(session(null, new ArrayList<>(),
                "Only-One-Line1\n".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class);
    }
}
