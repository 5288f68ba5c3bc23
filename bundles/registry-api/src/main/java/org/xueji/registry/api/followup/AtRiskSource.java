package org.xueji.registry.api.followup;

/** Where a sign that a child may be out of school came from (discovery source of R23). */
public enum AtRiskSource {
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
    REPORT
}
