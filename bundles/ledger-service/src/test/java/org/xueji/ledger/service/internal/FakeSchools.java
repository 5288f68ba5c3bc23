package org.xueji.ledger.service.internal;

import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.RegistryCounts;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.SchoolYear;

/** The registry's schools as the ledger reads them: scoped like the real service; the rest is not used. */
final class FakeSchools implements SchoolService {

    static final School A = school(1, "S001", "甲校");
    static final School B = school(2, "S002", "乙校");
    static final School C = school(3, "S003", "丙校");
    private final List<School> all = List.of(A, B, C);

    private static School school(long id, String code, String name) {
        return new School(id, code, name, SchoolType.PRIMARY, "含浦街道", List.of(), false, null, null);
    }

    @Override
    public List<School> listSchools(Actor actor) {
        return all.stream().filter(s -> actor.isDistrictWide() || actor.schoolId() == s.id()).toList();
    }

    @Override
    public School getSchool(Actor actor, long schoolId) {
        actor.requireSchool(schoolId);
        return all.stream().filter(s -> s.id() == schoolId).findFirst()
                .orElseThrow(() -> new NotFoundException(RegistryMessages.SCHOOL_NOT_FOUND, schoolId));
    }

    @Override
    public School createSchool(Actor actor, SchoolData data) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public School updateSchool(Actor actor, long schoolId, SchoolData data) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public List<SchoolYear> listSchoolYears(Actor actor) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public SchoolYear saveSchoolYear(Actor actor, SchoolYear schoolYear) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public List<SchoolClass> listClasses(Actor actor, long schoolId) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public SchoolClass getClass(Actor actor, long classId) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public SchoolClass createClass(Actor actor, long schoolId, ClassData data) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public SchoolClass grantExtraPlaces(Actor actor, long classId, int places, String reason) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public List<ClassSize> classSizes(Actor actor, Long schoolId, Integer gradeLevel) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public List<EnrollmentPlan> enrollmentPlans(Actor actor, long schoolId) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public EnrollmentPlan saveEnrollmentPlan(Actor actor, EnrollmentPlan plan) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public RegistryCounts counts(Actor actor) {
        throw new AssertionError("not used by the ledger tests");
    }

    @Override
    public int classCap() {
        return 55;
    }
}
