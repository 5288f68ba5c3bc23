package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.PersonKey;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.registry.api.StudentData;

/**
 * D1 一人一籍 for children without an ID number: a record with the same or a same-sounding
 * name, the same sex and the same birth date is a suspected duplicate; another sex or another
 * birth date is not. Many people are checked in one call (an import), each with its own list,
 * ordered by the other record's name.
 */
class SimilarStudentsTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(5, 2025);
    private static final LocalDate BORN = LocalDate.of(2017, 3, 14);
    private static final LocalDate OTHER_DAY = LocalDate.of(2017, 3, 15);

    private final RegistryServices registry = new RegistryServices();
    private final StudentServiceImpl students = registry.students;
    private final Actor district = registry.district;

    private List<StudentData> generated;

    @BeforeEach
    void setUp() {
        DemoSchool demo = GENERATOR.schools(2000).get(0);
        School school = registry.schools.createSchool(district, demo.data());
        SchoolClass grade3 = registry.schools.createClass(district, school.id(), new ClassData(3, 1, 2023, 45, null));
        // generated children (never real people), given the names, sexes and birth dates the test needs
        generated = GENERATOR.students(demo, new DemoClass(new ClassData(3, 1, 2023, 20, null), 20, 0, 20),
                school.id(), grade3.id()).toList();
        students.registerAll(district, List.of(
                person(0, "张伟", Sex.MALE, BORN),
                person(1, "章玮", Sex.MALE, BORN),
                person(2, "张伟", Sex.FEMALE, BORN),
                person(3, "张伟", Sex.MALE, OTHER_DAY),
                person(4, "李娜", Sex.FEMALE, BORN)));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private StudentData person(int i, String name, Sex sex, LocalDate born) {
        return RegistryServices.withoutDocument(generated.get(i), name, sex, born);
    }

    @Test
    void d1_sameOrSameSoundingNameSameSexSameBirthDateIsSuspectedAndNothingElse() {
        PersonKey boy = new PersonKey("张伟", Sex.MALE, BORN);
        PersonKey girl = new PersonKey("李娜", Sex.FEMALE, BORN);
        PersonKey nobody = new PersonKey("王芳", Sex.FEMALE, BORN);

        Map<PersonKey, List<SimilarStudent>> found = students.similarStudents(district, List.of(boy, girl, nobody));

        // the boy: himself by name and 章玮 by sound, ordered by name; not the girl 张伟, not the boy of another day
        assertThat(found.get(boy)).extracting(SimilarStudent::name, SimilarStudent::sex, SimilarStudent::birthDate,
                        SimilarStudent::sameSoundOnly)
                .containsExactly(tuple("张伟", Sex.MALE, BORN, false),
                        tuple("章玮", Sex.MALE, BORN, true));
        assertThat(found.get(girl)).extracting(SimilarStudent::name).containsExactly("李娜");
        assertThat(found).doesNotContainKey(nobody);
    }

    @Test
    void d1_theGirlWithTheBoysNameAndBirthDateFindsOnlyHerself() {
        PersonKey girl = new PersonKey("张伟", Sex.FEMALE, BORN);

        assertThat(students.similarStudents(district, List.of(girl)).get(girl))
                .extracting(SimilarStudent::name, SimilarStudent::sex).containsExactly(
                        tuple("张伟", Sex.FEMALE));
    }
}
