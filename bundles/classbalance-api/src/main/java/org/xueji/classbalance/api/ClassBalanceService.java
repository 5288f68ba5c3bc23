package org.xueji.classbalance.api;

import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.Actor;

/**
 * Class balancing (阳光分班, R14–R16). Proposing, re-running and submitting need BALANCE_CLASSES
 * (registrar); reading a run needs BALANCE_CLASSES or APPROVE_CHANGE (the principal reviews); the
 * confirmation is the workflow step decided by the school's principal (APPROVE_CHANGE). Every
 * method checks the school scope.
 */
public interface ClassBalanceService {

    /** Balances the school's registered intake with the extras; stores the run as PROPOSED. */
    BalanceRun propose(Actor actor, NewRun run);

    /** A PROPOSED run re-balanced with another seed (refused once submitted or confirmed). */
    BalanceRun rerun(Actor actor, long runId, long seed);

    BalanceRun run(Actor actor, long runId);

    /** The school's runs, newest first (without placements). */
    List<BalanceRun> runs(Actor actor, long schoolId);

    /** Submits a PROPOSED run for the principal's confirmation through the workflow. */
    BalanceRun submit(Actor actor, long runId);

    /** Re-runs a confirmed run from its stored inputs and seed and compares the hash. */
    RunVerification verify(Actor actor, long runId);

    /** The anonymised publication list of a confirmed run, by class then masked name. */
    List<PublishedPlacement> publication(Actor actor, long runId);

    /** Reads a score sheet (.xlsx/.xls/.csv: 学生ID,总分,语文,数学,英语[,同班组,分班组,标记]) into extras. */
    List<StudentExtras> readScores(Actor actor, byte[] sheet, String fileName);

    /** File mode: balances a UTF-8 CSV (issue 9 item 5); nothing is stored. Needs BALANCE_CLASSES. */
    FileBalance balanceFile(Actor actor, byte[] csv, int classes, int cap, long seed);

    /**
     * R14–R16 monitor: classes of starting grades against the cap within the actor's scope
     * (school {@code null}: all in scope); posts an R16 incident to the ledger for each class over
     * the cap, once per class and month.
     */
    List<ClassMonitorRow> monitor(Actor actor, Long schoolId, Integer grade);

    /**
     * Draws the head teachers (班主任) of a confirmed run's classes by lot
     * ({@link org.xueji.platform.api.lottery.SeededDraw}: every candidate's lot is SHA-256 of
     * {@code seed + "\n" + candidate}, the draw is the candidates by lot ascending, class k gets the
     * k-th) from the school's teacher accounts and/or named teachers; the seed is drawn and recorded
     * when none is given. Stored, audited (ids only) and written to the registry's classes in one
     * transaction. Refused with fewer candidates than classes, a candidate twice, an account not a
     * teacher of the school, or a second draw for the run. Needs BALANCE_CLASSES or APPROVE_CHANGE.
     */
    HeadTeacherDraw drawHeadTeachers(Actor actor, long runId, NewHeadTeacherDraw draw);

    /** The run's head-teacher draw, empty when none was made. Needs BALANCE_CLASSES or APPROVE_CHANGE. */
    java.util.Optional<HeadTeacherDraw> headTeachers(Actor actor, long runId);

    /** Redoes the run's head-teacher draw from its stored candidates and seed (refused when there is none). */
    HeadTeacherVerification verifyHeadTeachers(Actor actor, long runId);

    /**
     * R4: a confirmed run's result with full names (班级, 学生ID, 姓名, 性别) as .xlsx carrying the
     * release's watermark; refused without an approved, unexpired data release of the school and
     * grade (one download used, audited). Needs EXPORT_DATA. The anonymised {@link #publication}
     * needs no release. Headings, sheet and file name in {@code language} (the console's).
     */
    ResultExport exportResult(Actor actor, long runId, long releaseId, Locale language);

    /** {@link #exportResult(Actor, long, long, Locale)} in Chinese, the district's working language. */
    default ResultExport exportResult(Actor actor, long runId, long releaseId) {
        return exportResult(actor, runId, releaseId, Locale.SIMPLIFIED_CHINESE);
    }
}
