package org.xueji.platform.api.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.MessageKey;

/**
 * An inbox subject stored as its parts — ids, numbers, codes; never personal data — and put
 * into words only when shown, in the reader's language, by the request type's
 * {@link RequestType#subjectLabel() subject pattern} (a message key of the defining module,
 * e.g. {@code 控辍销号 #{0}} / {@code Closing of dropout entry #{0}}). A service thus builds no
 * sentence itself. A part that is a message-key enum constant of the pattern's bundle (e.g. an
 * outcome) is stored by class and name and shown as that message in the reader's language. Without a pattern (or once the module is
 * gone) the parts are shown joined by " · ".
 */
public final class WorkflowSubject {

    /** ASCII unit separator between parts: never typed by people, not a line break. */
    static final char SEPARATOR = '\u001F';
    /** Marks a part that names a constant of the pattern's enum. */
    static final char KEY_MARK = '\u0002';

    private WorkflowSubject() {
    }

    /** The stored form of a subject made of these parts. */
    public static String of(Object... parts) {
        StringBuilder stored = new StringBuilder();
        for (Object part : parts) {
            String text = part instanceof Enum<?> constant && part instanceof MessageKey
                    ? KEY_MARK + constant.getDeclaringClass().getName() + "#" + constant.name() : String.valueOf(part);
            if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a subject part may hold no separator or line break");
            }
            if (!stored.isEmpty()) {
                stored.append(SEPARATOR);
            }
            stored.append(text);
        }
        return stored.toString();
    }

    /** The parts of a stored subject (a subject stored as plain text is one part). */
    public static List<String> parts(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(String.valueOf(SEPARATOR), -1));
    }

    /** The subject in words: the pattern filled with the parts, or the parts joined by " · ". */
    public static String render(MessageKey pattern, String stored, Locale locale) {
        List<String> parts = parts(stored);
        if (pattern == null) {
            return String.join(" · ", parts.stream().map(p -> p.isEmpty() || p.charAt(0) != KEY_MARK ? p
                    : p.substring(p.indexOf('#') + 1)).toList());
        }
        Object[] args = parts.stream().map(p -> argument(pattern, p, locale)).toArray();
        return pattern.format(locale, args);
    }

    /** A stored key part read back through the pattern's class loader: the module that defines both. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object argument(MessageKey pattern, String part, Locale locale) {
        if (part.isEmpty() || part.charAt(0) != KEY_MARK) {
            return part;
        }
        int hash = part.indexOf('#');
        String name = part.substring(hash + 1);
        try {
            Class<?> type = Class.forName(part.substring(1, hash), false, pattern.getClass().getClassLoader());
            if (type.isEnum() && MessageKey.class.isAssignableFrom(type)) {
                return ((MessageKey) Enum.valueOf((Class) type, name)).format(locale);
            }
        } catch (ClassNotFoundException | IllegalArgumentException | LinkageError unknown) {
            // a key the module no longer has: its name is still better than nothing
        }
        return name;
    }
}
