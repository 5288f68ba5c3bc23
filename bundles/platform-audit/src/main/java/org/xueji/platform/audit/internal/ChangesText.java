package org.xueji.platform.audit.internal;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical, human-readable text of an audit event's changes (R7), for example
 * <pre>name: "张三" → "张叁"; grade: 7 → 8; note: "换班"</pre>
 * <ul>
 *   <li>keys sorted (the same map in any order gives the same text);</li>
 *   <li>a top-level value that is a list or array of two items is a change and reads
 *       {@code before → after};</li>
 *   <li>strings are always quoted, with {@code "} {@code \} and control characters escaped,
 *       so no value can imitate a separator, another entry or {@code null};</li>
 *   <li>numbers, booleans, {@code null}, enum constants and java.time values are written bare;
 *       byte arrays only by their length (file contents do not belong in the audit trail);
 *       other lists as {@code [a, b]}, maps as {@code {k: v}} (sorted), sets sorted.</li>
 * </ul>
 * Pure: no OSGi, no JPA.
 */
public final class ChangesText {

    /** Keys written without quotes; anything else is quoted. */
    private static final Pattern BARE_KEY = Pattern.compile("[\\p{L}\\p{N}_.\\-\\[\\]]+");

    public static final String ARROW = " → ";

    /** Empty text for no changes. */
    public static String of(Map<String, ?> changes) {
        if (changes == null || changes.isEmpty()) {
            return "";
        }
        List<String[]> entries = new ArrayList<>();
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            entries.add(new String[] {key(e.getKey()), topLevel(e.getValue())});
        }
        entries.sort((a, b) -> a[0].compareTo(b[0]));
        StringBuilder text = new StringBuilder();
        for (String[] entry : entries) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(entry[0]).append(": ").append(entry[1]);
        }
        return text.toString();
    }

    private static String topLevel(Object value) {
        List<Object> items = value instanceof List<?> || value != null && value.getClass().isArray()
                && !(value instanceof byte[]) ? asList(value) : null;
        if (items != null && items.size() == 2) {
            return value(items.get(0)) + ARROW + value(items.get(1));
        }
        return value(value);
    }

    static String key(String key) {
        if (key != null && BARE_KEY.matcher(key).matches()) {
            return key;
        }
        return key == null ? "null" : quote(key);
    }

    /** One value, nested values included. */
    public static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return quote(value.toString());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " 字节>";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object k = e.getKey();
                entries.add((k instanceof String s ? key(s) : value(k)) + ": " + value(e.getValue()));
            }
            entries.sort(null);
            return "{" + String.join(", ", entries) + "}";
        }
        List<Object> items = asList(value);
        if (items != null) {
            List<String> rendered = new ArrayList<>(items.size());
            for (Object item : items) {
                rendered.add(value(item));
            }
            if (value instanceof Set<?>) {
                rendered.sort(null);
            }
            return "[" + String.join(", ", rendered) + "]";
        }
        return quote(value.toString());
    }

    private static List<Object> asList(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value != null && value.getClass().isArray()) {
            int n = Array.getLength(value);
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        return null;
    }

    /** {@code "…"} with {@code "} and {@code \} escaped and no control character left. */
    public static String quote(String s) {
        return '"' + escape(s) + '"';
    }

    /**
     * Escapes backslash, double quote and every character that could hide or fake structure:
     * control and format characters (line breaks, bidi overrides …) and lone surrogates
     * become {@code \n}, {@code \t}, {@code \r} or {@code \}{@code uXXXX}.
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A single-line field of an audit row (user name, target id …) as stored: control and
     * format characters and lone surrogates escaped like {@link #escape}, nothing else touched.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        boolean dirty = false;
        for (int i = 0; i < s.length() && !dirty; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                dirty = needsEscape(c);
            }
        }
        if (!dirty) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (needsEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT && c != '\u200D'
                || type == Character.SURROGATE || c == '\u2028' || c == '\u2029';
    }

    private ChangesText() {
    }
}
