package org.xueji.platform.api;

/** The record asked for does not exist (or is outside the actor's scope). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(MessageKey messageKey, Object... args) {
        super(messageKey, args);
    }
}
