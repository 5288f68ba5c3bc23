package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.util.Set;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.StudentData;

/**
 * The registry's school and student services on a fresh in-memory database with the real schema,
 * default settings (class cap 55), and a district administrator to set things up with. Close it
 * after the test.
 */
final class RegistryServices implements AutoCloseable {

    final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    /** A generated child's record as if it carried another document (or, with type OTHER and no number, none). */
    static StudentData withDocument(StudentData d, IdDocumentType type, String number) {
        return copy(d, d.name(), d.sex(), d.birthDate(), type, number);
    }

    /** A generated child's record with the name, sex and birth date a test needs, and no document at all. */
    static StudentData withoutDocument(StudentData d, String name, Sex sex, LocalDate birthDate) {
        return copy(d, name, sex, birthDate, IdDocumentType.OTHER, null);
    }

    private static StudentData copy(StudentData d, String name, Sex sex, LocalDate birthDate, IdDocumentType type,
                                    String number) {
        return new StudentData(name, sex, birthDate, type, number, d.birthPlace(), d.nativePlace(),
                d.ethnicityCode(), d.nationality(), d.householdAddress(), d.householdType(), d.currentAddress(),
                d.entryYearMonth(), d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(),
                d.migrant(), d.orphan(), d.martyrChild(), d.inclusion(), d.disability(), d.schoolId(), d.classId(),
                d.guardians());
    }

    @Override
    public void close() {
        store.close();
    }
}
