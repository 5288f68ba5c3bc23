package org.xueji.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input refused field by field; nothing was stored. */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(PlatformMessages.VALIDATION_FAILED, summary(errors, Locale.SIMPLIFIED_CHINESE));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String message(Locale locale) {
        return PlatformMessages.VALIDATION_FAILED.format(locale, summary(errors, locale));
    }

    private static String summary(List<FieldError> errors, Locale locale) {
        return errors.stream().map(e -> e.field() + ": " + e.message(locale)).collect(Collectors.joining("; "));
    }
}
