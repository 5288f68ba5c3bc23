package org.xueji.registry.api.followup;

import org.xueji.platform.api.MessageKey;

/**
 * Where a sign that a child may be out of school came from (discovery source of R23); its name
 * in the user's language through {@link #format} ({@code messages.properties} of this package).
 */
public enum AtRiskSource implements MessageKey {
    /** R18 人籍一致 check: 籍在人不在 (a record whose student is not at school). */
    R18_NOT_PRESENT,
    /** A transfer out of the district not confirmed as arrived within the configured working days. */
    TRANSFER_OUT_NOT_ARRIVED,
    /** A suspension (休学) past its planned return without resumption. */
    SUSPENSION_OVERDUE,
    /** Consecutive unexplained absences above the threshold (attendance import). */
    ATTENDANCE,
    /** A household survey (拉网式排查) found the child out of school. */
    SURVEY,
    /** Someone reported the child. */
    REPORT,
    /** An early warning (辍学预警) someone at the school looked into and confirmed. */
    EARLY_WARNING,
    /** The district's comparison with other departments' lists (户籍、资助、建档立卡). */
    CROSS_CHECK;

    @Override
    public String key() {
        return "atRiskSource." + name();
    }
}
