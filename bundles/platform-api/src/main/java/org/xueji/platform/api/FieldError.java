package org.xueji.platform.api;

import java.util.Locale;

/**
 * One invalid field: which field (the record component name), and why.
 */
public record FieldError(String field, MessageKey messageKey, Object... args) {

    public String message(Locale locale) {
        return messageKey.format(locale, args);
    }
}
