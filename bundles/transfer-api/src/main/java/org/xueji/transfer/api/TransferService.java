package org.xueji.transfer.api;

import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.workflow.Decision;

/**
 * Registry changes (学籍异动, issue 14). Every method takes the acting {@link Actor} and checks
 * permission and school scope itself (R1); refusals are audited; bad input is refused with
 * message keys and stores nothing.
 */
public interface TransferService {

    /**
     * Finds a record by exact resident ID number or 学籍号 across the district, to start a
     * transfer (EDIT_STUDENT; audited {@code transfer.lookup}; no browsing, R1).
     */
    java.util.Optional<FoundStudent> find(Actor actor, String idOrRegistryNumber);

    /**
     * The automatic checks before submission (R8, R10, R14/R15, pending change, dates): empty when
     * the change may be submitted, else one field error per breached rule (field = the rule id).
     */
    List<org.xueji.platform.api.FieldError> check(Actor actor, NewChange change);

    /**
     * Submits a change: checks, evidence judged by content (stored in this module), the workflow
     * request with R17 deadlines from the working-day calendar, all in one transaction. A blocked
     * change throws a {@code ValidationException} naming each rule.
     */
    ChangeRequest submit(Actor actor, NewChange change);

    /**
     * Withdraws a registration made by mistake (撤销): by its school within the configured days
     * (default 3) at once; later, or by the district, only as a request the district approves.
     */
    ChangeRequest withdraw(Actor actor, long studentId, String reason, List<EvidenceUpload> evidence);

    /** Decides the open step (the kit's workflow checks the decider's scope; R17). */
    ChangeRequest decide(Actor actor, long changeId, Decision decision, String reason);

    /** Transfer out: records the other district's reply (the sending school or the district). */
    ChangeRequest recordReply(Actor actor, long changeId, boolean agreed, String note);

    /** Transfer out: the arrival at the other side is confirmed (stops the TRANSFER_OUT_NOT_ARRIVED follow-up). */
    ChangeRequest confirmArrival(Actor actor, long changeId);

    ChangeRequest get(Actor actor, long changeId);

    /** Changes from or to schools in the actor's scope, newest first. */
    List<ChangeRequest> list(Actor actor, ChangeQuery query, int offset, int limit);

    /** The student's changes (for the student page and the 学籍登记表), oldest first. */
    List<ChangeRequest> ofStudent(Actor actor, long studentId);

    List<Evidence> evidenceOf(Actor actor, long changeId);

    /** The bytes of one piece of evidence (audited). */
    byte[] evidence(Actor actor, long evidenceId);

    /**
     * The printable 转学联系表 (transfer contact form) of a transfer as PDF: ids, schools, class,
     * dates, the decisions and seal boxes; the 学籍号 masked, no other personal data (R4). Audited.
     */
    byte[] contactForm(Actor actor, long changeId);

    /** Monthly statistics of a calendar year: in/out per school and month, approval times, overdue (VIEW_STUDENT, scoped). */
    TransferStatistics statistics(Actor actor, int year);

    /**
     * The start of a transfer from a 人在籍不在 finding of the 人籍一致 check (R18 one-click start; EDIT_STUDENT,
     * the finding's school): the record is looked up by the roster's ID number (throttled and audited like
     * {@link #find}). Submit with {@link NewChange#withFinding}; the finding is resolved when the transfer
     * is approved. Refused when no module holding the findings runs, or the finding is resolved.
     */
    FindingStart fromFinding(Actor actor, long findingId);

    /**
     * The year's statistics as a spreadsheet or PDF (VIEW_STUDENT, the actor's scope as {@link #statistics};
     * audited). Aggregate counts need no data release; with {@link StatisticsExport#releaseId()} the rows of
     * the decided changes are added after the release service used one download of that approved release
     * for the actor's school (R4; refused and audited by it otherwise, nothing produced).
     */
    byte[] exportStatistics(Actor actor, StatisticsExport export);

    /**
     * Starts a transfer in from another district or province (转入, EDIT_STUDENT, the receiving school or the
     * district): the record entered from the sending school's printed 学籍登记表 is validated like a
     * registration; the checks of a transfer apply (R9 evidence, R10 grade, R8 大校额/plan full with the
     * district's override, R14/R15 class cap, R12 class of the receiving school, the date, R17 calendar) and
     * D1: no record with the same ID number in the district ({@code TRANSFER_IN_RECORD_EXISTS}, audited and
     * throttled like {@link #find}), no pending transfer in of it. Steps: receiving principal → district
     * (the sending side's reply recorded first with {@link #recordReply}); on approval the record is created
     * in the target class in the decision's transaction; a rejection creates nothing.
     */
    ChangeRequest submitTransferIn(Actor actor, IncomingTransfer transfer);

    /**
     * The district's own change types from configuration ({@code localTypes} in {@code etc/org.xueji.transfer.cfg})
     * and the entries skipped as malformed (VIEW_STUDENT; configuration only, no personal data). A change of a
     * local type is submitted with {@link NewChange#local}.
     */
    LocalTypes localTypes(Actor actor);

    /**
     * The record entered for a pending transfer in (转入) from the sending school's printed form: name, sex, birth
     * date, the ID number masked, the form's grade and the sending school (VIEW_STUDENT; the change's schools or the
     * district, as {@link #get}; audited {@code transfer.entered-record}, ids only). Empty for any other change and
     * once the transfer in is decided (approved, the registry holds the record: {@link ChangeRequest#studentId}).
     */
    java.util.Optional<EnteredRecord> enteredRecord(Actor actor, long changeId);
}
