package org.xueji.registry.api;

/** A value of the national collection form: a code exported to Excel and a Chinese label. */
public interface CodedValue {
    String code();

    String label();

    /** Finds a constant by its code or its label, as national templates accept both. */
    static <E extends Enum<E> & CodedValue> E fromCodeOrLabel(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(t) || e.label().equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + ": " + text);
    }
}
