package org.xueji.enrollment.service.internal.excel;

import java.util.Locale;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.platform.api.DomainException;

/**
 * The whole file is refused (wrong type, too large, no header …): nothing of it may be
 * imported. {@link #getMessage()} is Chinese; {@link #issue()} is the same as a report line.
 */
public final class SpreadsheetException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SpreadsheetException(EnrollmentMessages messageKey, Object... args) {
        super(messageKey, args);
    }

    /** The problem as an import report line (row 0 = the whole file). */
    public ImportIssue issue() {
        return new ImportIssue(0, null, message(Locale.SIMPLIFIED_CHINESE));
    }
}
