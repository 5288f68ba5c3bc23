package org.xueji.classbalance.api;

import java.util.List;
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
}
