package org.xueji.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.Ethnicity;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentValidator;

class DemoDistrictGeneratorTest {

    private static final int YEAR = 2026;
    private static final LocalDate TODAY = LocalDate.now();

    private static DemoDistrictGenerator generator;
    private static List<DemoSchool> district;
    private static List<Placed> students;

    /** A generated student with the class it belongs to. */
    record Placed(DemoSchool school, DemoClass cls, StudentData data) {
    }

    @BeforeAll
    static void generateDefaultDistrict() {
        generator = new DemoDistrictGenerator(DemoDistrictGenerator.DEFAULT_SEED, YEAR);
        district = generator.schools(DemoDistrictGenerator.DEFAULT_STUDENTS);
        students = all(generator, district).toList();
    }

    /** Every student of the district; school id = index + 1, class id = running number. */
    static Stream<Placed> all(DemoDistrictGenerator g, List<DemoSchool> schools) {
        List<Stream<Placed>> parts = new ArrayList<>();
        long classId = 1;
        for (DemoSchool s : schools) {
            for (DemoClass c : s.classes()) {
                long id = classId++;
                parts.add(g.students(s, c, s.index() + 1L, id).map(d -> new Placed(s, c, d)));
            }
        }
        return parts.stream().flatMap(p -> p);
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void sameSeedGivesIdenticalOutput() {
        DemoDistrictGenerator other = new DemoDistrictGenerator(DemoDistrictGenerator.DEFAULT_SEED, YEAR);
        List<DemoSchool> again = other.schools(DemoDistrictGenerator.DEFAULT_STUDENTS);
        assertThat(again).isEqualTo(district);
        assertThat(all(other, again).map(Placed::data).toList())
                .isEqualTo(students.stream().map(Placed::data).toList());
        assertThat(other.schoolYear()).isEqualTo(generator.schoolYear());
    }

    @Test
    void classesCanBeGeneratedInAnyOrderAndInParallel() {
        DemoSchool s = district.get(3);
        DemoClass c = s.classes().get(s.classes().size() - 1);
        List<StudentData> sequential = generator.students(s, c, 4, 99).toList();
        List<StudentData> parallel = generator.students(s, c, 4, 99).parallel().toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void differentSeedGivesDifferentOutput() {
        DemoDistrictGenerator other = new DemoDistrictGenerator(42L, YEAR);
        List<DemoSchool> schools = other.schools(DemoDistrictGenerator.DEFAULT_STUDENTS);
        List<String> names = all(other, schools).map(p -> p.data().name()).toList();
        List<String> defaultNames = students.stream().map(p -> p.data().name()).toList();
        assertThat(names).isNotEqualTo(defaultNames);
        long same = 0;
        for (int i = 0; i < Math.min(names.size(), defaultNames.size()); i++) {
            same += names.get(i).equals(defaultNames.get(i)) ? 1 : 0;
        }
        assertThat(same).isLessThan(names.size() / 20);
        // the district's schools are the same; phones and head teachers differ
        assertThat(schools.stream().map(s -> s.data().name()).toList())
                .isEqualTo(district.stream().map(s -> s.data().name()).toList());
        assertThat(schools.stream().map(s -> s.data().phone()).toList())
                .isNotEqualTo(district.stream().map(s -> s.data().phone()).toList());
    }

    // ------------------------------------------------------------------ schools

    @Test
    void aboutTwentySchoolsOfTheDistrict() {
        assertThat(district).hasSize(20);
        Map<SchoolType, Long> byType = district.stream()
                .collect(Collectors.groupingBy(s -> s.data().type(), Collectors.counting()));
        assertThat(byType.get(SchoolType.NINE_YEAR)).isBetween(2L, 3L);
        assertThat(byType.get(SchoolType.PRIMARY)).isGreaterThan(byType.get(SchoolType.JUNIOR));
        assertThat(byType.get(SchoolType.JUNIOR)).isGreaterThanOrEqualTo(4L);
        assertThat(byType).doesNotContainKey(SchoolType.SENIOR);
        assertThat(district.stream().filter(s -> s.data().oversize()).count()).isBetween(1L, 2L);

        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (DemoSchool s : district) {
            SchoolData d = s.data();
            assertThat(d.code()).matches("430104\\d{4}");
            assertThat(codes.add(d.code())).as("unique code %s", d.code()).isTrue();
            assertThat(names.add(d.name())).as("unique name %s", d.name()).isTrue();
            assertThat(d.serviceAreas()).hasSizeBetween(2, 4);
            assertThat(d.serviceAreas()).allMatch(a -> a.endsWith("社区") || a.endsWith("村"));
            assertThat(DemoDistrictGenerator.towns()).contains(d.town());
            assertThat(d.address()).startsWith("长沙市岳麓区");
            assertThat(d.phone()).matches("0731-8\\d{7}");
            assertThat(s.classes()).isNotEmpty();
        }
        assertThat(district.get(0).data().code()).isEqualTo("4301040001");
        assertThat(names).contains("麓谷小学", "含浦中学", "莲花镇中心小学", "雨敞坪镇九年一贯制学校");
    }

    @Test
    void codesStartAtTheGivenSerial() {
        List<DemoSchool> later = generator.schools(1000, 21);
        assertThat(later.get(0).data().code()).isEqualTo("4301040021");
        assertThat(later.get(19).data().code()).isEqualTo("4301040040");
        assertThatThrownBy(() -> generator.schools(1000, 9990)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largeDistrictsGetMoreSchoolsWithUniqueNames() {
        List<DemoSchool> big = generator.schools(200_000);
        assertThat(big).hasSize(80);
        assertThat(big.stream().map(s -> s.data().name()).distinct().count()).isEqualTo(80);
        assertThat(big.stream().map(s -> s.data().code()).distinct().count()).isEqualTo(80);
        assertThat(big.get(20).data().name()).isEqualTo("岳麓区第三小学");
        assertThat(big.stream().mapToInt(DemoSchool::studentCount).sum()).isEqualTo(200_000);
    }

    // ------------------------------------------------------------------ classes

    @Test
    void classesCoverTheGradesOfEachSchool() {
        for (DemoSchool s : district) {
            SchoolType type = s.data().type();
            Set<Integer> grades = s.classes().stream().map(DemoClass::gradeLevel).collect(Collectors.toSet());
            for (int g = type.firstGrade(); g <= type.lastGrade(); g++) {
                assertThat(grades).as("%s grade %d", s.data().name(), g).contains(g);
            }
            assertThat(grades).allMatch(type::teaches);
            Map<Integer, List<Integer>> numbers = s.classes().stream().collect(Collectors.groupingBy(
                    DemoClass::gradeLevel, Collectors.mapping(DemoClass::classNumber, Collectors.toList())));
            numbers.values().forEach(n -> assertThat(n).isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, n.size()).boxed().toList()));
            for (DemoClass c : s.classes()) {
                assertThat(c.data().capacity()).isEqualTo(c.gradeLevel() <= 6 ? 45 : 50);
                assertThat(c.data().entryYear()).isEqualTo(YEAR - (c.gradeLevel() - type.firstGrade()));
                assertThat(c.data().headTeacher()).isNotBlank();
            }
        }
    }

    @Test
    void twoOrThreeDeliberateOverSizeClassesAndAllOthersWithinCapacity() {
        List<DemoClass> classes = district.stream().flatMap(s -> s.classes().stream()).toList();
        List<DemoClass> over = classes.stream().filter(c -> c.studentCount() > 55).toList();
        assertThat(over).hasSizeBetween(2, 3);
        assertThat(over).allMatch(c -> c.studentCount() >= 56 && c.studentCount() <= 58);
        assertThat(over).noneMatch(c -> c.gradeLevel() == 1 || c.gradeLevel() == 7);
        assertThat(classes.stream().filter(c -> !over.contains(c)))
                .allMatch(c -> c.studentCount() <= c.data().capacity() && c.studentCount() > 0);
        assertThat(classes.stream().filter(DemoClass::overCapacity).toList()).isEqualTo(over);
        // typical sizes: most classes hold 35–52 students
        long typical = classes.stream().filter(c -> c.studentCount() >= 30 && c.studentCount() <= 52).count();
        assertThat(typical).isGreaterThan(classes.size() * 8L / 10);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 2_000, 10_000, 33_333, 60_000})
    void totalStudentsMatchTheRequest(int requested) {
        List<DemoSchool> schools = generator.schools(requested);
        int total = schools.stream().mapToInt(DemoSchool::studentCount).sum();
        assertThat(total).isBetween((int) (requested * 0.98), (int) (requested * 1.02));
        assertThat(schools.stream().flatMap(s -> s.classes().stream()))
                .allMatch(c -> c.studentCount() <= c.data().capacity() || c.studentCount() <= 58);
    }

    @Test
    void gradeOffsetsNumberTheStudentsOfEachGrade() {
        Map<Integer, List<DemoClass>> byGrade = district.stream().flatMap(s -> s.classes().stream())
                .collect(Collectors.groupingBy(DemoClass::gradeLevel));
        byGrade.forEach((grade, classes) -> {
            int next = 0;
            int total = classes.stream().mapToInt(DemoClass::studentCount).sum();
            for (DemoClass c : classes) {
                assertThat(c.gradeOffset()).isEqualTo(next);
                assertThat(c.gradeTotal()).isEqualTo(total);
                next += c.studentCount();
            }
        });
    }

    @Test
    void enrollmentPlansForStartingGrades() {
        for (DemoSchool s : district) {
            List<EnrollmentPlan> plans = generator.enrollmentPlans(s, 7L);
            Set<Integer> expected = new HashSet<>();
            if (s.data().type().teaches(1)) {
                expected.add(1);
            }
            if (s.data().type().teaches(7)) {
                expected.add(7);
            }
            assertThat(plans.stream().map(EnrollmentPlan::gradeLevel).collect(Collectors.toSet())).isEqualTo(expected);
            for (EnrollmentPlan p : plans) {
                assertThat(p.schoolId()).isEqualTo(7L);
                assertThat(p.schoolYear()).isEqualTo(YEAR);
                List<DemoClass> classes = s.classes().stream().filter(c -> c.gradeLevel() == p.gradeLevel()).toList();
                assertThat(p.plannedClasses()).isEqualTo(classes.size());
                assertThat(p.plannedStudents()).isGreaterThanOrEqualTo(
                        classes.stream().mapToInt(DemoClass::studentCount).sum());
            }
        }
    }

    @Test
    void schoolYearSemesters() {
        SchoolYear y = generator.schoolYear();
        assertThat(y.startYear()).isEqualTo(YEAR);
        assertThat(y.firstSemesterStart()).isEqualTo(LocalDate.of(YEAR, 9, 1));
        assertThat(y.firstSemesterEnd()).isBetween(LocalDate.of(YEAR + 1, 1, 15), LocalDate.of(YEAR + 1, 1, 31));
        assertThat(y.secondSemesterStart()).isBetween(LocalDate.of(YEAR + 1, 2, 14), LocalDate.of(YEAR + 1, 2, 28));
        assertThat(y.secondSemesterEnd()).isBetween(LocalDate.of(YEAR + 1, 7, 1), LocalDate.of(YEAR + 1, 7, 15));
        assertThat(y.firstSemesterEnd()).isBefore(y.secondSemesterStart());
    }

    /** Issue 15: the previous school year (for trying the rollover) ends before this one starts. */
    @Test
    void thePreviousSchoolYearEndsBeforeThisOneStarts() {
        SchoolYear previous = generator.previousSchoolYear();
        assertThat(previous.startYear()).isEqualTo(YEAR - 1);
        assertThat(previous.firstSemesterStart()).isEqualTo(LocalDate.of(YEAR - 1, 9, 1));
        assertThat(previous.secondSemesterEnd()).isBetween(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 7, 15))
                .isBefore(generator.schoolYear().firstSemesterStart());
    }

    // ------------------------------------------------------------------ students

    @Test
    void everyStudentPassesTheValidator() {
        Map<String, Integer> problems = new HashMap<>();
        for (Placed p : students) {
            List<FieldError> errors = StudentValidator.validate(StudentValidator.normalise(p.data()), TODAY);
            errors.forEach(e -> problems.merge(e.field() + " " + e.messageKey().key(), 1, Integer::sum));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void normalisingChangesNothing() {
        assertThat(students.stream().map(Placed::data).filter(d -> !StudentValidator.normalise(d).equals(d)))
                .isEmpty();
    }

    @Test
    void idNumbersAreValidUniqueAndAgreeWithBirthDateAndSex() {
        Set<String> seen = new HashSet<>();
        for (Placed p : students) {
            StudentData d = p.data();
            if (d.idType() == IdDocumentType.OTHER) {
                assertThat(d.idNumber()).isNull();
                assertThat(d.guardians()).anyMatch(g -> g.idNumber() != null);
                continue;
            }
            assertThat(d.idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
            ChineseIdNumber id = ChineseIdNumber.parse(d.idNumber());
            assertThat(id.value()).isEqualTo(d.idNumber());
            assertThat(id.birthDate()).isEqualTo(d.birthDate());
            assertThat(id.sex()).isEqualTo(d.sex());
            assertThat(seen.add(d.idNumber())).as("duplicate %s", id.masked()).isTrue();
        }
        long withoutId = students.stream().filter(p -> p.data().idType() == IdDocumentType.OTHER).count();
        assertThat(withoutId).isBetween(students.size() / 100L, students.size() * 4L / 100);
    }

    @Test
    void mostIdNumbersAreFromYueluDistrictAndMigrantsFromTheirHomeCounty() {
        long local = students.stream().filter(p -> p.data().idNumber() != null)
                .filter(p -> p.data().idNumber().startsWith("430104")).count();
        long withId = students.stream().filter(p -> p.data().idNumber() != null).count();
        assertThat(local).isGreaterThan(withId * 9 / 10);
        for (Placed p : students) {
            StudentData d = p.data();
            if (d.idNumber() == null) {
                continue;
            }
            if (d.migrant()) {
                assertThat(d.idNumber()).doesNotStartWith("430104");
                assertThat(d.householdAddress()).doesNotContain("岳麓区");
            } else {
                assertThat(d.idNumber()).startsWith("430104");
            }
        }
    }

    @Test
    void birthDatesFitTheGrades() {
        for (Placed p : students) {
            int g = p.cls().gradeLevel();
            LocalDate from = LocalDate.of(YEAR - 6 - g, 9, 1);
            LocalDate to = LocalDate.of(YEAR - 5 - g, 8, 31);
            assertThat(p.data().birthDate()).isBetween(from, to);
            assertThat(p.data().entryYearMonth()).isEqualTo(YearMonth.of(p.cls().data().entryYear(), 9));
            assertThat(p.data().classId()).isNotNull();
            assertThat(p.data().schoolId()).isEqualTo(p.school().index() + 1L);
        }
        // spread over the whole window, not bunched
        Map<Integer, Long> months = students.stream()
                .collect(Collectors.groupingBy(p -> p.data().birthDate().getMonthValue(), Collectors.counting()));
        assertThat(months).hasSize(12);
        assertThat(months.values()).allMatch(n -> n > students.size() / 24);
    }

    @Test
    void namesAndSexes() {
        for (Placed p : students) {
            assertThat(p.data().name()).matches("\\p{IsHan}{2,4}");
        }
        long boys = students.stream().filter(p -> p.data().sex() == Sex.MALE).count();
        assertThat(boys).isBetween(students.size() * 45L / 100, students.size() * 55L / 100);
        Map<String, Long> surnames = students.stream()
                .collect(Collectors.groupingBy(p -> p.data().name().substring(0, 1), Collectors.counting()));
        assertThat(surnames.get("王")).isGreaterThan(surnames.get("周"));
        assertThat(surnames.get("李")).isGreaterThan(surnames.getOrDefault("邹", 0L));
        assertThat(students.stream().map(p -> p.data().name()).distinct().count()).isGreaterThan(students.size() / 3L);
    }

    @Test
    void flagsHavePlausibleRates() {
        int n = students.size();
        assertRate(p -> p.leftBehind() == LeftBehindStatus.ONE_PARENT, 0.06, 0.10);
        assertRate(p -> p.leftBehind() == LeftBehindStatus.BOTH_PARENTS, 0.02, 0.045);
        assertRate(StudentData::migrant, 0.045, 0.075);
        assertRate(StudentData::orphan, 0.0003, 0.005);
        assertRate(p -> p.disability() != DisabilityType.NONE, 0.002, 0.01);
        assertRate(StudentData::onlyChild, 0.31, 0.39);
        assertRate(StudentData::preschool, 0.95, 0.99);
        assertRate(p -> "01".equals(p.ethnicityCode()), 0.92, 0.98);
        assertRate(p -> p.studyMode() == org.xueji.registry.api.StudyMode.DAY, 0.95, 1.0);
        assertRate(p -> p.idType() == IdDocumentType.RESIDENT_ID, 0.97, 0.99);
        long inclusion = students.stream().filter(p -> p.data().inclusion()).count();
        long disabled = students.stream().filter(p -> p.data().disability() != DisabilityType.NONE).count();
        assertThat(inclusion).isLessThanOrEqualTo(disabled).isGreaterThanOrEqualTo(disabled / 2);
        assertThat(students).allMatch(p -> !p.data().inclusion() || p.data().disability() != DisabilityType.NONE);
        assertThat(students).allMatch(p -> !p.data().migrant() || p.data().leftBehind() == LeftBehindStatus.NONE);
        assertThat(students).allMatch(p -> Ethnicity.isValidCode(p.data().ethnicityCode()));
        assertThat(students.stream().map(p -> p.data().ethnicityCode()).distinct().count()).isGreaterThan(3);
        assertThat(n).isEqualTo(DemoDistrictGenerator.DEFAULT_STUDENTS);
    }

    private static void assertRate(Predicate<StudentData> flag, double min, double max) {
        long count = students.stream().map(Placed::data).filter(flag).count();
        assertThat((double) count / students.size()).isBetween(min, max);
    }

    @Test
    void guardiansAreFamilyWithValidIdsAndMobiles() {
        for (Placed p : students) {
            StudentData d = p.data();
            List<Guardian> gs = d.guardians();
            assertThat(gs).hasSizeBetween(1, 2);
            assertThat(gs.get(0).phone()).isNotNull();
            String surname = d.name().startsWith("欧阳") ? "欧阳" : d.name().substring(0, 1);
            for (Guardian g : gs) {
                assertThat(g.name()).matches("\\p{IsHan}{2,4}");
                if (g.phone() != null) {
                    assertThat(g.phone()).matches("1[358]\\d{9}");
                }
                ChineseIdNumber id = ChineseIdNumber.parse(g.idNumber());
                long years = ChronoUnit.YEARS.between(id.birthDate(), d.birthDate());
                switch (g.relation()) {
                    case "父亲" -> {
                        assertThat(years).isBetween(25L, 45L);
                        assertThat(id.sex()).isEqualTo(Sex.MALE);
                        assertThat(g.name()).startsWith(surname);
                    }
                    case "母亲" -> {
                        assertThat(years).isBetween(25L, 45L);
                        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
                    }
                    case "祖父", "外祖父" -> {
                        assertThat(years).isBetween(45L, 70L);
                        assertThat(id.sex()).isEqualTo(Sex.MALE);
                    }
                    case "祖母", "外祖母" -> {
                        assertThat(years).isBetween(45L, 70L);
                        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
                    }
                    case "其他亲属" -> assertThat(d.orphan()).isTrue();
                    default -> throw new AssertionError("relation " + g.relation());
                }
            }
            if (d.leftBehind() == LeftBehindStatus.BOTH_PARENTS) {
                assertThat(gs).noneMatch(g -> g.relation().equals("父亲") || g.relation().equals("母亲"));
            }
        }
    }

    @Test
    void addressesAreInTheDistrict() {
        for (Placed p : students) {
            assertThat(p.data().currentAddress()).startsWith("湖南省长沙市岳麓区" + p.school().data().town());
            assertThat(p.school().data().serviceAreas()).anyMatch(a -> p.data().currentAddress().contains(a));
            assertThat(p.data().nationality()).isEqualTo("CHN");
        }
    }

    // ------------------------------------------------------------------ scale, batches

    @Test
    void idNumbersStayUniqueFor200000Students() {
        DemoDistrictGenerator g = new DemoDistrictGenerator(7L, YEAR);
        List<DemoSchool> schools = g.schools(200_000);
        Set<String> ids = new HashSet<>(400_000);
        long[] count = {0, 0, 0};
        all(g, schools).forEach(p -> {
            count[0]++;
            String id = p.data().idNumber();
            if (id != null) {
                if (!ids.add(id)) {
                    count[1]++;
                }
                if (!ChineseIdNumber.isValid(id)) {
                    count[2]++;
                }
            }
        });
        assertThat(count[0]).isEqualTo(200_000);
        assertThat(count[1]).as("duplicates").isZero();
        assertThat(count[2]).as("invalid").isZero();
        assertThat(ids.size()).isGreaterThan(190_000);
        // spot-check full validation on a sample
        all(g, schools).filter(p -> p.data().name().hashCode() % 50 == 0).limit(2_000).forEach(p -> assertThat(
                StudentValidator.validate(StudentValidator.normalise(p.data()), TODAY)).isEmpty());
    }

    @Test
    void slotsAreUniqueUpToAMillionStudentsPerGrade() {
        // one grade of 400,000 students needs a second area code (998 sequences × 365 days < 400,000)
        DemoDistrictGenerator g = new DemoDistrictGenerator(1L, YEAR);
        Set<String> keys = new HashSet<>();
        int total = 400_000;
        for (int k = 0; k < total; k++) {
            DemoDistrictGenerator.Slot s = g.slot(3, total, k);
            assertThat(s.sequence()).isBetween(1, 998);
            keys.add(s.areaCode() + s.birthDate() + s.sequence());
        }
        assertThat(keys).hasSize(total);
        assertThat(keys.stream().filter(k -> !k.startsWith("430104")).count()).isPositive();
        assertThatThrownBy(() -> g.slot(3, 1_200_000, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void batchesUseDisjointAreaCodes() {
        Set<String> codes = new HashSet<>();
        for (String c : DemoDistrictGenerator.BATCH_AREAS) {
            assertThat(codes.add(c)).isTrue();
        }
        for (String c : DemoDistrictGenerator.OVERFLOW_AREAS) {
            assertThat(codes.add(c)).isTrue();
        }
        assertThat(codes).doesNotContain("431121", "430621", "522401", "510122", "433101", "430922");

        DemoDistrictGenerator second = new DemoDistrictGenerator(DemoDistrictGenerator.DEFAULT_SEED, YEAR, 1);
        Set<String> first = students.stream().map(p -> p.data().idNumber()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<DemoSchool> schools = second.schools(DemoDistrictGenerator.DEFAULT_STUDENTS, 21);
        List<String> secondIds = all(second, schools).map(p -> p.data().idNumber())
                .filter(java.util.Objects::nonNull).toList();
        assertThat(secondIds).isNotEmpty().allMatch(id -> id.startsWith("430102"));
        assertThat(secondIds.stream().filter(first::contains).count()).isZero();
        assertThatThrownBy(() -> new DemoDistrictGenerator(1L, YEAR, DemoDistrictGenerator.batchCount()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void probeIdNumbersAreIssuedWhateverTheSeedAndSize() {
        Set<String> ids = students.stream().map(p -> p.data().idNumber()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<String> probes = new DemoDistrictGenerator(99L, YEAR).probeIdNumbers(5);
        assertThat(probes).hasSize(45);
        assertThat(probes.stream().filter(ids::contains).count()).isGreaterThan(30);
        List<String> otherBatch = new DemoDistrictGenerator(99L, YEAR, 1).probeIdNumbers(5);
        assertThat(otherBatch).noneMatch(ids::contains);
        // a load for the previous school year shares eight birth cohorts, and is detected
        List<String> lastYear = new DemoDistrictGenerator(99L, YEAR - 1).probeIdNumbers(5);
        assertThat(lastYear.stream().filter(ids::contains).count()).isGreaterThan(25);
    }

    @Test
    void aBirthCohortTakesTheSameSlotsInEverySchoolYear() {
        // so a load for another school year is seen by the probe, and the loader moves to a new batch
        DemoDistrictGenerator lastYear = new DemoDistrictGenerator(3L, YEAR - 1);
        for (int grade = 1; grade <= 8; grade++) {
            for (int k = 0; k < 200; k++) {
                assertThat(lastYear.slot(grade, 1_000, k)).isEqualTo(generator.slot(grade + 1, 1_000, k));
            }
        }
    }

    @Test
    void permutationIsABijection() {
        for (long n : new long[] {1, 2, 3, 17, 1000, 4097}) {
            Set<Long> seen = new HashSet<>();
            for (long x = 0; x < n; x++) {
                long y = DemoDistrictGenerator.permute(x, n, 12345L);
                assertThat(y).isBetween(0L, n - 1);
                seen.add(y);
            }
            assertThat(seen).hasSize((int) n);
        }
    }

    @Test
    void chineseNumerals() {
        assertThat(DemoDistrictGenerator.chinese(3)).isEqualTo("三");
        assertThat(DemoDistrictGenerator.chinese(10)).isEqualTo("十");
        assertThat(DemoDistrictGenerator.chinese(12)).isEqualTo("十二");
        assertThat(DemoDistrictGenerator.chinese(20)).isEqualTo("二十");
        assertThat(DemoDistrictGenerator.chinese(105)).isEqualTo("一百零五");
        assertThat(DemoDistrictGenerator.chinese(110)).isEqualTo("一百一十");
        assertThat(DemoDistrictGenerator.chinese(1001)).isEqualTo("一千零一");
    }

    @Test
    void refusesSchoolYearsWithUnbornFirstGraders() {
        assertThatThrownBy(() -> new DemoDistrictGenerator(1L, TODAY.getYear() + 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
