package org.xueji.enrollment.service.internal.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.MessageKey;

/** Renders {@link ChangeLine}s in a language (the printed form is Chinese; the texts exist in English too). */
public final class ChangeLineText {

    public static String render(ChangeLine line, Locale locale) {
        String kind = line.kind() == ChangeText.KIND_STATUS && line.status() != null
                ? line.status().format(locale) : line.kind().format(locale);
        String reference = line.reference() == null ? "" : ChangeText.REFERENCE.format(locale, line.reference());
        List<String> parts = new ArrayList<>();
        for (ChangeLine.Part p : line.parts()) {
            if (p.label() == ChangeText.PART_CORRECTED) {
                List<String> names = p.fields().stream().map(f -> fieldName(f, locale)).toList();
                parts.add(p.label().format(locale, String.join(ChangeText.FIELD_SEPARATOR.format(locale), names)));
            } else {
                parts.add(p.label().format(locale, value(p.before(), locale), value(p.after(), locale)));
            }
        }
        String joined = parts.isEmpty() ? ""
                : ChangeText.PARTS.format(locale, String.join(ChangeText.PART_SEPARATOR.format(locale), parts));
        return ChangeText.LINE.format(locale, kind, reference, joined);
    }

    private static String value(Object v, Locale locale) {
        if (v == null) {
            return ChangeText.NONE.format(locale);
        }
        return v instanceof MessageKey key ? key.format(locale) : v.toString();
    }

    /** A record field's name; an unknown field shows as stored. */
    static String fieldName(String field, Locale locale) {
        MessageKey key = new FieldName(field);
        String text = key.format(locale);
        return text.equals(key.key()) ? field : text;
    }

    private record FieldName(String field) implements MessageKey {
        @Override
        public String key() {
            return "field." + field;
        }

        @Override
        public String bundleBaseName() {
            return ChangeText.class.getPackageName() + ".messages";
        }
    }

    private ChangeLineText() {
    }
}
