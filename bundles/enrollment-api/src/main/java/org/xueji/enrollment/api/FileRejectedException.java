package org.xueji.enrollment.api;

import java.util.List;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.MessageKey;

/**
 * An uploaded file (roster) refused as a whole; nothing of it was used. Carries the row
 * report so the person can fix the file.
 */
public class FileRejectedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<ImportIssue> issues;

    public FileRejectedException(List<ImportIssue> issues, MessageKey messageKey, Object... args) {
        super(messageKey, args);
        this.issues = List.copyOf(issues);
    }

    public List<ImportIssue> issues() {
        return issues;
    }
}
