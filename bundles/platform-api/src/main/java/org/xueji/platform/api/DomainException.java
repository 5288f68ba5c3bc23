package org.xueji.platform.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * An error a user can cause (bad input, a rule of the notice, a missing permission).
 * Carries a message key, never shown as a stack trace; {@link #getMessage()} is Chinese.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MessageKey messageKey;
    private final Object[] args;

    public DomainException(MessageKey messageKey, Object... args) {
        super(messageKey.format(Locale.SIMPLIFIED_CHINESE, args));
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public MessageKey messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the user's language. */
    public String message(Locale locale) {
        return messageKey.format(locale, args);
    }

    /**
     * The key is transient: an exception serialized to another JVM (a Pax Exam test's failure sent
     * back to Maven) arrives without it, and must still print, or the failure it reports is lost.
     */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + (messageKey == null ? "?" : messageKey.key()) + " "
                + Arrays.toString(args) + "]: " + getMessage();
    }
}
