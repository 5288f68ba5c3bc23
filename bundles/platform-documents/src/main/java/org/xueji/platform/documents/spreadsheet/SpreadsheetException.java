package org.xueji.platform.documents.spreadsheet;

import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.MessageKey;

/**
 * The whole file is refused (wrong type, too large, a limit passed, no header …): nothing of
 * it may be imported. Carries a message key ({@link org.xueji.platform.documents.DocumentMessages}
 * or one of the reading module's own); {@link #getMessage()} is Chinese.
 */
public final class SpreadsheetException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SpreadsheetException(MessageKey messageKey, Object... args) {
        super(messageKey, args);
    }
}
