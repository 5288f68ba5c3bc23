package org.xueji.dropout.api.risk;

import org.xueji.platform.api.MessageKey;

/** The indicators of the early-warning score; each adds its configured weight when it applies. */
public enum RiskIndicator implements MessageKey {
    /** Unexplained absences (旷课) in the term at or above {@code absences.minDays}. */
    ABSENCES,
    /** Absence rate of the term (all absences / school days) at or above {@code absenceRate.percent}. */
    ABSENCE_RATE,
    /** Discipline records in the term at or above {@code discipline.min}. */
    DISCIPLINE,
    /** Failing core subjects in the latest imported term at or above {@code failing.minSubjects}. */
    FAILING,
    /** 留守, 随迁, 孤儿 or 残疾 on the registry record. */
    PRIORITY_GROUP,
    /** At least {@code overAge.years} older than the grade's usual age (grade + 5 on 1 September). */
    OVER_AGE,
    /** A 留级 mark on the record. */
    REPEATED,
    /** A transfer or a suspension within {@code recentChange.days}. */
    RECENT_CHANGE,
    /** Grade 8 or 9. */
    UPPER_GRADE;

    @Override
    public String key() {
        return "indicator." + name();
    }
}
