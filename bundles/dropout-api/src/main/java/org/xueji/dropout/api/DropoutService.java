package org.xueji.dropout.api;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * The suspected-dropout and dropout ledgers (R22, R23). Permission (VIEW_DROPOUT,
 * RECORD_DROPOUT, MANAGE_DROPOUT) and scope are checked here: school accounts their school,
 * teachers and head teachers their classes' children and the children they answer for,
 * 乡镇/村干部 their towns and villages (AccountAreas), district accounts everything.
 */
public interface DropoutService {

    /** A person reports a child (or a survey finds one): one open entry per child, a second finding adds a source. */
    Entry report(Actor actor, NewEntry entry);

    Entry get(Actor actor, long entryId);

    List<Entry> list(Actor actor, EntryQuery query, int offset, int limit);

    LedgerCounts counts(Actor actor);

    /** Suspected → dropout: a person confirms that the child is out of school (R23). */
    Entry confirm(Actor actor, long entryId, ReasonCategory reason, String note);

    /** Names a responsible person on a line (R22); the government line must cover the child's town/village. */
    Entry assign(Actor actor, long entryId, ResponsibleLine line, String username);

    /** Records a 劝返 visit (date not in the future; evidence judged on the server). */
    Visit recordVisit(Actor actor, long entryId, NewVisit visit);

    List<Visit> visits(Actor actor, long entryId);

    Evidence evidence(Actor actor, long visitId);

    /** Requests 动态销号 with an outcome; the district approves it through the workflow (type {@code dropout-close}). */
    Entry requestClose(Actor actor, long entryId, Closing closing);

    /**
     * Imports a class's attendance sheet for a month (first column the ID number, second the name,
     * then one column per day 1–31; marks: blank or √ present/no school, 病/事/假 explained, 旷/×/缺
     * unexplained). A student with at least {@code absenceDays} consecutive unexplained absences
     * (blank days skipped, explained absences and presence break the run) becomes a suspected
     * entry (source ATTENDANCE). Unknown students, duplicate rows, unknown marks or a month in the
     * future refuse the whole file; nothing is stored.
     */
    AttendanceResult importAttendance(Actor actor, long classId, java.time.YearMonth month, String fileName,
                                      java.io.InputStream content);

    /**
     * Refers the entry's child to the special-needs module for assessment (送教上门, issue 11 item 6),
     * when that module is installed ({@link DropoutMessages#HOME_TEACHING_UNAVAILABLE} otherwise).
     * Needs RECORD_DROPOUT in the entry's scope; the special-needs module checks its own permission
     * (RECORD_SPECIAL_NEEDS) and answers the id of the child in its register. When the district
     * approves a home-teaching placement there, the entry closes with outcome HOME_TEACHING.
     */
    long referToHomeTeaching(Actor actor, long entryId);
}
