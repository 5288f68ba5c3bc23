package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.PendingRegistration;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.RolloverPlan;
import org.xueji.registry.api.RolloverResult;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.StudentData;

/**
 * Benchmark runner of the year-end rollover (issue 15), not a test: prints figures, asserts
 * nothing about time. Not run by {@code mvn test} (its name is no test name); run it with
 * {@code mvn -o -pl bundles/registry-service test -Dtest=RolloverBench -Dbench.students=100000}.
 * Loads a generated district of that size into the in-memory Derby of the test kit through
 * the services, then times the dry run and the run of the whole district.
 */
class RolloverBench {

    @Test
    void rolloverOfAGeneratedDistrict() {
        int size = Integer.getInteger("bench.students", 20_000);
        DemoDistrictGenerator generator = new DemoDistrictGenerator(20260901L, 2025);
        try (ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY")) {
            RegistryConfig config = ClassCapRuleTest.defaultConfig();
            SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
                    store.auditService(), store.clock(), config);
            StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(), store.auditTrail(),
                    store.auditService(), store.clock(), config);
            RolloverServiceImpl rollover = new RolloverServiceImpl(store.entityManagerFactory(), store.auditTrail(),
                    store.auditService(), store.clock(), config);
            Actor district = Actor.of("bench", "基准测试", Role.DISTRICT_ADMIN, null, Set.of(), "bench");
            store.clock().setToday(LocalDate.of(2026, 8, 20));
            schools.saveSchoolYear(district, generator.schoolYear());

            long t0 = System.nanoTime();
            int loaded = 0;
            int classes = 0;
            List<DemoSchool> district20 = generator.schools(size);
            for (DemoSchool ds : district20) {
                long schoolId = schools.createSchool(district, ds.data()).id();
                List<PendingRegistration> batch = new ArrayList<>();
                for (DemoClass dc : ds.classes()) {
                    SchoolClass c = schools.createClass(district, schoolId,
                            new org.xueji.registry.api.ClassData(dc.gradeLevel(), dc.classNumber(),
                                    dc.data().entryYear(), Math.min(dc.data().capacity(), 55), null));
                    classes++;
                    for (StudentData d : generator.students(ds, dc, schoolId, c.id()).toList()) {
                        batch.add(new PendingRegistration(d, RegistrationDetails.NONE));
                        if (batch.size() == 2_000) {
                            loaded += students.registerAll(district, batch, BatchControl.NONE);
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    loaded += students.registerAll(district, batch, BatchControl.NONE);
                }
            }
            System.out.printf("[bench-rollover] loaded %,d students in %d schools, %,d classes in %.1f s%n", loaded,
                    district20.size(), classes, (System.nanoTime() - t0) / 1e9);
            // one repeater in every 200 students, as a district marks them during the year
            List<Long> ids = store.transactions().read(em -> em.createQuery(
                    "select s.id from Student s order by s.id", Long.class).getResultList());
            for (int i = 0; i < ids.size(); i += 200) {
                rollover.markRepeating(district, ids.get(i), 2025, true);
            }

            long t1 = System.nanoTime();
            RolloverPlan plan = rollover.plan(district, 2025, null);
            System.out.printf("[bench-rollover] dry run: %d schools, %,d up, %,d graduating, %,d repeating in %.2f s%n",
                    plan.schools().size(), plan.studentsMovingUp(), plan.studentsGraduating(),
                    plan.studentsRepeating(), (System.nanoTime() - t1) / 1e9);

            AtomicLong lastPrint = new AtomicLong(System.nanoTime());
            long t2 = System.nanoTime();
            RolloverResult r = rollover.run(district, 2025, null, new BatchControl(() -> false, n -> {
                long now = System.nanoTime();
                if (now - lastPrint.get() > 5_000_000_000L) {
                    lastPrint.set(now);
                    System.out.printf("[bench-rollover]   %,d students handled after %.1f s%n", n, (now - t2) / 1e9);
                }
            }));
            double seconds = (System.nanoTime() - t2) / 1e9;
            System.out.printf("[bench-rollover] run: %d schools, %,d up, %,d graduated, %,d repeating, %d classes "
                    + "created in %.2f s (%,.0f students/s)%n", r.schoolsRolled(), r.movedUp(), r.graduated(),
                    r.repeating(), r.classesCreated(), seconds, loaded / seconds);
        }
    }
}
