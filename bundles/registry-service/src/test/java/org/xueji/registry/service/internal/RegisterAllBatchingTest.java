package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.StudentData;

/**
 * A batch registration (an import's write) sends its inserts in JDBC batches. Each 学籍号
 * look-up is an SQL query, and Hibernate flushes pending inserts before every query: when
 * the numbers were handed out between the inserts, a 100,000-row import flushed once per
 * number and its write took twice as long. Counted in flushes, not timed.
 */
class RegisterAllBatchingTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);
    private static final int STUDENTS = 400;

    private final RegistryServices registry = new RegistryServices();

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void studentsWithoutDocumentsAreInsertedInBatchesNotOneFlushPerRegistryNumber() {
        DemoSchool demo = GENERATOR.schools(2000).get(0);
        School school = registry.schools.createSchool(registry.district, demo.data());
        // grade 3: not a starting grade, so the class cap (R14) does not limit the batch
        SchoolClass grade3 = registry.schools.createClass(registry.district, school.id(), new ClassData(3, 1, 2023, 60, null));
        // generated children (never real people) without any document: each gets a J number, whose
        // sequence is looked up per area and birth date, so there are about as many look-ups as birth dates
        List<StudentData> batch = GENERATOR.students(demo, new DemoClass(new ClassData(3, 1, 2023, STUDENTS, null),
                        STUDENTS, 0, STUDENTS), school.id(), grade3.id()).map(d -> RegistryServices.withDocument(d, IdDocumentType.OTHER, null))
                .toList();
        long birthDates = batch.stream().map(StudentData::birthDate).distinct().count();
        assertThat(birthDates).as("the test needs many look-ups").isGreaterThan(100);
        Statistics statistics = registry.store.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        assertThat(registry.students.registerAll(registry.district, batch)).isEqualTo(STUDENTS);

        // one flush per 200 inserts (the batch size) and the last one; a flush per look-up would be > 100
        assertThat(statistics.getFlushCount()).isLessThanOrEqualTo(STUDENTS / 200 + 2);
        assertThat(statistics.getEntityInsertCount()).isEqualTo(STUDENTS);
        // handed out before the inserts, the numbers are still all different and all of kind J
        assertThat(registry.store.count("select count(distinct REGISTRY_NUMBER) from REG_STUDENT"
                + " where REGISTRY_NUMBER like 'J%'")).isEqualTo(STUDENTS);
    }
}
