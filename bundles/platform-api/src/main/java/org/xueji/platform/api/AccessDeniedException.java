package org.xueji.platform.api;

/** The actor lacks the permission or the school scope for the call (R1). */
public class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(MessageKey messageKey, Object... args) {
        super(messageKey, args);
    }
}
