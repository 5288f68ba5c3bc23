package org.xueji.dropout.api.risk;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.platform.api.Actor;

/**
 * Early warning (issue 10 item 7). Permission and scope are checked here: VIEW_DROPOUT to read,
 * RECORD_DROPOUT to write; school accounts their school, teachers and head teachers their
 * classes, district accounts every school; area-scoped accounts (乡镇/村干部) are refused.
 */
public interface RiskService {

    /** The weights and thresholds in force (VIEW_DROPOUT). */
    RiskWeights weights(Actor actor);

    /**
     * The school's in-school students at or above the threshold, highest score first (at most
     * {@code top}; 0 for all), each with the indicators that put them there; a teacher sees their
     * classes' students only. Audited with the school and the count.
     */
    List<StudentRisk> atRisk(Actor actor, long schoolId, int top);

    /** The school's students scored and how many reach the threshold, per indicator (VIEW_DROPOUT, scope as above). */
    RiskSummary summary(Actor actor, long schoolId);

    /** One student's score, whatever it is (VIEW_DROPOUT in the student's scope). */
    StudentRisk score(Actor actor, long studentId);

    /**
     * A person confirms that a listed student goes on the suspected ledger (RECORD_DROPOUT): the
     * score is computed again and must still reach the threshold; the entry is opened through the
     * ledger's one-open-entry-per-child path (a child already on a ledger gets one more source).
     */
    Entry confirm(Actor actor, long studentId, ReasonCategory reason, String note);

    /** Records a discipline record of a student (RECORD_DROPOUT in the student's scope; date not in the future). */
    void recordDiscipline(Actor actor, long studentId, LocalDate on, DisciplineKind kind);

    /**
     * Imports a class's term grades (first column the ID number, second the name, then one
     * column per core subject with the score; a blank cell is no score). Unknown students,
     * duplicate rows, rows without an ID number, scores that are not numbers 0–150 refuse the
     * whole file with a message per row; nothing is stored. A re-import replaces the class's term.
     */
    GradesResult importGrades(Actor actor, long classId, int schoolYear, int term, String fileName,
                              InputStream content);
}
