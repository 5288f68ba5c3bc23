package org.xueji.enrollment.api.intake;

import java.util.List;
import org.xueji.enrollment.api.NewRegistration;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.Student;

/**
 * Pending registrations of admitted children (issue 12, item 5). Needs EDIT_STUDENT; school actors
 * see and complete their own school's only (R1).
 */
public interface IntakeRegistrationService {

    /** Pending (not yet registered) offers of the actor's school, or of all schools for the district. */
    List<PendingIntake> pending(Actor actor);

    /**
     * Completes a pending registration as a normal registration (every rule of
     * {@code RegistrationService.register} applies), for the admitting school and starting grade;
     * marks it registered and, after the commit, tells the source (IntakeListener).
     */
    Student complete(Actor actor, String source, String reference, NewRegistration registration);
}
