package org.xueji.dropout.service.internal.risk;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.xueji.dropout.api.risk.RiskIndicator;
import org.xueji.dropout.api.risk.RiskWeights;
import org.xueji.registry.api.risk.StudentRiskFacts;

/** The score itself, pure: each indicator that applies adds its weight. */
public final class RiskScoring {

    /** A student's registry facts with the term's imported figures. */
    public record Inputs(StudentRiskFacts facts, int schoolDays, int unexplained, int explained, int discipline,
                         int failing) {

        /** All absences over school days, percent rounded down; 0 without school days. */
        public int absencePercent() {
            return schoolDays == 0 ? 0 : (unexplained + explained) * 100 / schoolDays;
        }
    }

    public record Result(int score, List<RiskIndicator> indicators) {
    }

    private RiskScoring() {
    }

    /**
     * @param septemberFirst 1 September of the school year (the age a grade is measured at)
     */
    public static Result score(Inputs in, RiskWeights w, LocalDate septemberFirst) {
        List<RiskIndicator> on = new ArrayList<>();
        StudentRiskFacts f = in.facts();
        if (in.unexplained() >= w.minUnexplainedDays()) {
            on.add(RiskIndicator.ABSENCES);
        }
        if (in.schoolDays() > 0 && in.absencePercent() >= w.absenceRatePercent()) {
            on.add(RiskIndicator.ABSENCE_RATE);
        }
        if (in.discipline() >= w.minDiscipline()) {
            on.add(RiskIndicator.DISCIPLINE);
        }
        if (in.failing() >= w.minFailing()) {
            on.add(RiskIndicator.FAILING);
        }
        if (f.priorityGroup()) {
            on.add(RiskIndicator.PRIORITY_GROUP);
        }
        if (f.gradeLevel() != null && f.birthDate() != null
                && Period.between(f.birthDate(), septemberFirst).getYears() - (f.gradeLevel() + 5) >= w.overAgeYears()) {
            on.add(RiskIndicator.OVER_AGE);
        }
        if (f.repeated()) {
            on.add(RiskIndicator.REPEATED);
        }
        if (f.recentTransfer() || f.recentSuspension()) {
            on.add(RiskIndicator.RECENT_CHANGE);
        }
        if (f.gradeLevel() != null && (f.gradeLevel() == 8 || f.gradeLevel() == 9)) {
            on.add(RiskIndicator.UPPER_GRADE);
        }
        // an indicator weighted 0 is switched off: it neither scores nor shows
        on.removeIf(i -> w.weight(i) == 0);
        return new Result(on.stream().mapToInt(w::weight).sum(), on);
    }
}
