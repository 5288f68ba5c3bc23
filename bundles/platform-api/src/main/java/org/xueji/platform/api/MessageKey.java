package org.xueji.platform.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A translatable message. Each module declares an enum implementing this interface next
 * to a {@code messages.properties} (Chinese, the default) and {@code messages_en.properties}
 * in the same package; the enum's class loader finds them, so this works across bundles.
 * An argument that is itself a {@code MessageKey} is localised in the same language.
 */
public interface MessageKey {

    /** The property key, by default the enum constant's name. */
    String key();

    /** Base name of the resource bundle, by default {@code <package>.messages}. */
    default String bundleBaseName() {
        return getClass().getPackageName() + ".messages";
    }

    default String format(Locale locale, Object... args) {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    bundleBaseName(), locale == null ? Locale.SIMPLIFIED_CHINESE : locale,
                    getClass().getClassLoader(), noFallback);
            pattern = bundle.getString(key());
        } catch (MissingResourceException e) {
            return key();
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] localised = args.clone();
        for (int i = 0; i < localised.length; i++) {
            if (localised[i] instanceof MessageKey nested) {
                localised[i] = nested.format(locale); // e.g. "a PNG image" inside "not a spreadsheet: {1}"
            }
        }
        return new MessageFormat(pattern, locale).format(localised);
    }
}
