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

    /** The district class cap of R14 (configurable, default 55). */
    int classCap();
}
