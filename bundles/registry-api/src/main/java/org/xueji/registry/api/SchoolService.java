package org.xueji.registry.api;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Schools, school years, classes and enrollment plans. Every method takes the acting
 * {@link Actor}; reads are limited to the actor's school scope (R1).
 */
public interface SchoolService {

    List<School> listSchools(Actor actor);

    School getSchool(Actor actor, long schoolId);

    School createSchool(Actor actor, SchoolData data);

    School updateSchool(Actor actor, long schoolId, SchoolData data);

    List<SchoolYear> listSchoolYears(Actor actor);

    SchoolYear saveSchoolYear(Actor actor, SchoolYear schoolYear);

    List<SchoolClass> listClasses(Actor actor, long schoolId);

    SchoolClass getClass(Actor actor, long classId);

    SchoolClass createClass(Actor actor, long schoolId, ClassData data);

    /** Live class sizes, optionally for one school and/or grade. */
    List<ClassSize> classSizes(Actor actor, Long schoolId, Integer gradeLevel);

    List<EnrollmentPlan> enrollmentPlans(Actor actor, long schoolId);

    EnrollmentPlan saveEnrollmentPlan(Actor actor, EnrollmentPlan plan);

    RegistryCounts counts(Actor actor);

    /**
     * R14 override: the district grants a starting-grade class places above the cap, with a
     * written reason (audited). {@code places} 0 revokes a grant. Needs MANAGE_SCHOOL and a
     * district-wide actor.
     */
    SchoolClass grantExtraPlaces(Actor actor, long classId, int places, String reason);

    /** The district class cap of R14 (configurable, default 55). */
    int classCap();
}
