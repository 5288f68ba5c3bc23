package org.xueji.enrollment.api;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.xueji.platform.api.Actor;

/**
 * 人籍一致 verification (R18). The district opens campaigns; each school compares the
 * students actually at school (an uploaded roster, or presence ticked class by class)
 * with its records, resolves every finding, and closes its check.
 */
public interface VerificationService {

    /** District only (audited). */
    VerificationCampaign openCampaign(Actor actor, NewVerificationCampaign campaign);

    /** Newest first. */
    List<VerificationCampaign> campaigns(Actor actor);

    /** Per school: all schools for district actors, their own for school actors (created on first use). */
    List<SchoolVerification> schools(Actor actor, long campaignId);

    SchoolVerification get(Actor actor, long verificationId);

    /** The school's check in a campaign, created when first opened. */
    SchoolVerification forSchool(Actor actor, long campaignId, long schoolId);

    /**
     * Replaces the school's roster with an uploaded file (.xlsx, .xls or .csv with columns
     * 姓名, 身份证件号/身份证号, 年级, 班级) and compares it with the records. A file with any bad
     * row is refused whole, with the row report in the exception.
     */
    SchoolVerification uploadRoster(Actor actor, long verificationId, String fileName, InputStream content);

    /**
     * Records presence for one class: the ticked records are at school, the others are not;
     * {@code extraPeople} are at school in that class without a record. Compares at once,
     * over the classes ticked so far; the check can close once every class is ticked.
     */
    SchoolVerification submitPresence(Actor actor, long verificationId, long classId, Set<Long> presentStudentIds,
                                      List<RosterEntry> extraPeople);

    /** Grades 9, 8 and 6 first, then the other grades; unresolved before resolved. */
    List<Discrepancy> discrepancies(Actor actor, long verificationId);

    Discrepancy resolve(Actor actor, long discrepancyId, ResolutionKind resolution, String note);

    /** Refused while a discrepancy is unresolved or nothing has been compared (audited). */
    SchoolVerification close(Actor actor, long verificationId);

    /** R18 compliance of a semester for every school in scope. */
    List<SemesterCompliance> compliance(Actor actor, int schoolYear, int semester);
}
