package org.xueji.dropout.api.risk;

import java.util.List;

/**
 * One student's early-warning score with the indicators that make it and the figures behind them.
 *
 * @param idNumber         masked ID number
 * @param unexplainedDays  unexplained absences in the term
 * @param absencePercent   all absences / school days of the term, percent (rounded down)
 * @param disciplineCount  discipline records in the term
 * @param failingSubjects  failing core subjects in the latest imported term
 * @param openEntryId      the child's open ledger entry, if any
 */
public record StudentRisk(long studentId, String name, String idNumber, long schoolId, Long classId,
                          Integer gradeLevel, int score, List<RiskIndicator> indicators, int unexplainedDays,
                          int absencePercent, int disciplineCount, int failingSubjects, Long openEntryId) {

    public StudentRisk {
        indicators = List.copyOf(indicators);
    }
}
