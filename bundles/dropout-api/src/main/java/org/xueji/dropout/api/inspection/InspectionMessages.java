package org.xueji.dropout.api.inspection;

import org.xueji.platform.api.MessageKey;

/** Messages of inspections and awareness activities; texts beside this class in zh and en. */
public enum InspectionMessages implements MessageKey {
    KIND_REQUIRED,
    DATE_REQUIRED,
    /** {0} the date, {1} today. */
    DATE_IN_FUTURE,
    INSPECTORS_REQUIRED,
    /** {0} maximum length. */
    TEXT_TOO_LONG,
    /** {0} maximum number of findings. */
    TOO_MANY_FINDINGS,
    DEADLINE_REQUIRED,
    DEADLINE_BEFORE_INSPECTION,
    /** {0} school id. */
    SCHOOL_UNKNOWN,
    /** {0} inspection id. */
    INSPECTION_NOT_FOUND,
    INSPECTION_CLOSED,
    /** Reporting or closing without follow-up evidence. */
    EVIDENCE_MISSING,
    /** Closing before the school reported the findings corrected. */
    CORRECTION_NOT_REPORTED,
    NO_FINDINGS,
    ALREADY_CORRECTED,
    /** {0} finding id. */
    FINDING_NOT_FOUND,
    INCIDENT_ALREADY_POSTED,
    LEDGER_UNAVAILABLE,
    /** Ledger incident text; {0} inspection id. */
    INCIDENT_INSPECTION,
    /** {0} evidence id. */
    EVIDENCE_NOT_FOUND,
    /** {0} date. */
    NO_SEMESTER,
    TITLE_REQUIRED,
    COUNT_NEGATIVE,
    SIGNED_ABOVE_SENT,
    /** {0} the number of inspections past their correction deadline. */
    REMINDER_CORRECTION_OVERDUE,
    /** Recording, closing and posting inspections is the district's. */
    DISTRICT_ONLY;

    @Override
    public String key() {
        return name();
    }
}
