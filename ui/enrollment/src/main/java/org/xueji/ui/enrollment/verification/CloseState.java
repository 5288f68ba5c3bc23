package org.xueji.ui.enrollment.verification;

import org.xueji.enrollment.api.SchoolVerification;

/** Why a school's check cannot be closed yet (the service has the last word). */
final class CloseState {

    /** {@code null} when the check may be closed. */
    static VerificationUiText reason(SchoolVerification v) {
        if (v.status() == SchoolVerification.Status.CLOSED) {
            return VerificationUiText.CLOSE_BLOCKED_CLOSED;
        }
        if (v.comparedAt() == null) {
            return VerificationUiText.CLOSE_BLOCKED_NOTHING_COMPARED;
        }
        if (v.unresolved() > 0) {
            return VerificationUiText.CLOSE_BLOCKED_UNRESOLVED;
        }
        if (v.untickedClasses() > 0) {
            return VerificationUiText.CLOSE_BLOCKED_CLASSES;
        }
        return null;
    }

    private CloseState() {
    }
}
