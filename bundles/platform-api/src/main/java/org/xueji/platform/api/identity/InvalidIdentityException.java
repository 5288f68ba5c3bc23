package org.xueji.platform.api.identity;

import org.xueji.platform.api.DomainException;

/**
 * An ID number, 学籍号 or sex code was refused (rule D1). {@link #messageKey()} is an
 * {@link IdentityMessages} constant naming the precise reason; {@link #getMessage()} is
 * Chinese, {@link #message(java.util.Locale)} gives other languages.
 */
public class InvalidIdentityException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidIdentityException(IdentityMessages messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public IdentityMessages messageKey() {
        return (IdentityMessages) super.messageKey();
    }
}
