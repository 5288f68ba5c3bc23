package org.xueji.dropout.api.crosscheck;

import java.io.InputStream;
import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * 四查三比对 (R29). The district (MANAGE_DROPOUT, district scope) imports the lists and runs the
 * comparisons; everyone with VIEW_DROPOUT sees the findings of their scope (a school its school,
 * 乡镇/村干部 their towns and villages); RECORD_DROPOUT in scope resolves them.
 */
public interface CrossCheckService {

    /**
     * Imports a list, judged by content ({@code SheetReader}); columns 身份证号, 姓名, 乡镇, 村
     * (optional), 备注 (optional), found by their header. The whole file is refused with every
     * row's message (unknown town, malformed ID number, duplicate, outside compulsory-school age,
     * another town than the household register's) and nothing is stored. {@code town}: required
     * for the household register, ignored otherwise.
     */
    ImportedList importList(Actor actor, ListKind kind, String town, String fileName, InputStream content);

    /** The lists in use (without their rows). */
    List<ImportedList> lists(Actor actor);

    /** Runs every comparison on the lists in use, the registry and the ledgers; stores the findings. */
    CrossCheckRun run(Actor actor);

    /** The runs, newest first, with the counts the actor may see. */
    List<CrossCheckRun> runs(Actor actor);

    /** Findings of a run in the actor's scope. */
    List<CrossCheckFinding> findings(Actor actor, FindingQuery query, int offset, int limit);

    /** Resolves an open finding with a reason (audited, the reason not in the audit row). */
    CrossCheckFinding resolve(Actor actor, long findingId, String reason);

    /**
     * For a NOT_ENROLLED finding: opens a suspected ledger entry for the child through the
     * ledger's entry path (one open entry per child), and resolves the finding; returns the entry id.
     */
    long openSuspected(Actor actor, long findingId);
}
