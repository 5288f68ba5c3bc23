package org.xueji.enrollment.api;

import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;

/**
 * New-student registration and its deadlines (R19, D1). Every method takes the acting
 * {@link Actor}; school actors work on their own school only (R1).
 */
public interface RegistrationService {

    /** Checks a filled-in form without saving: duplicates, 学籍号 kind, due date. */
    RegistrationCheck check(Actor actor, StudentData student, int entryGrade);

    /**
     * Registers a new student. Refuses an ID number recorded anywhere in the district and
     * names the school holding it; refuses a suspected duplicate (no ID: same name or
     * same-sounding name, sex, birth date) without a written justification; flags a late
     * registration. Audited.
     */
    Student register(Actor actor, NewRegistration registration);

    /** The deadlines of a school year (the standard ones unless the district changed them). */
    List<RegistrationDeadline> deadlines(Actor actor, int schoolYear);

    /** District only: sets a deadline of a school year (audited). */
    RegistrationDeadline saveDeadline(Actor actor, RegistrationDeadline deadline);

    /** Progress per school and starting grade: all schools for district actors, their own otherwise. */
    List<DeadlineProgress> progress(Actor actor, int schoolYear);

    /** The school year containing today (from the registry's school years; by 1 September otherwise). */
    int currentSchoolYear();
}
