package org.xueji.ui.enrollment.verification;

import java.util.List;
import org.xueji.enrollment.api.FileRejectedException;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.platform.api.DomainException;

/**
 * The row report of a refused roster upload (R18: a file with any bad row is refused whole,
 * since comparing half a roster would list students as missing who are not).
 */
final class RosterRejection {

    /** The rows and columns at fault (row 0: the whole file); empty for refusals of another kind. */
    static List<ImportIssue> issues(DomainException e) {
        return e instanceof FileRejectedException rejected ? rejected.issues() : List.of();
    }

    private RosterRejection() {
    }
}
