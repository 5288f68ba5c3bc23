package org.xueji.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.StudentData;

class DemoDataLoaderTest {

    private static final Actor ACTOR = Actor.system("test");

    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final DemoDataLoader loader = new DemoDataLoader(registry, registry);

    @Test
    void loadsTheDistrictInBatchesOf2000() {
        List<String> progress = new ArrayList<>();
        DemoDataLoader.Summary s = loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 5_000, false),
                progress::add, () -> false);

        assertThat(s.outcome()).isEqualTo(DemoDataLoader.Outcome.LOADED);
        assertThat(s.schools()).isEqualTo(20);
        assertThat(s.students()).isEqualTo(5_000);
        assertThat(s.batch()).isZero();
        assertThat(registry.schools).hasSize(20);
        assertThat(registry.classes).hasSize(s.classes());
        assertThat(registry.students).hasSize(5_000);
        assertThat(registry.batchSizes).containsExactly(2_000, 2_000, 1_000);
        // issue 15: the current school year and the previous, ended one (for trying the rollover)
        assertThat(registry.years).extracting(org.xueji.registry.api.SchoolYear::startYear)
                .containsExactlyInAnyOrder(2026, 2025);
        assertThat(registry.plans).isNotEmpty().allMatch(p -> p.gradeLevel() == 1 || p.gradeLevel() == 7);
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).contains("已加载 20 所学校").contains("5000 名学生");
        // every student sits in a class of its school with the right grade
        for (StudentData d : registry.students.values()) {
            assertThat(registry.classes.get(d.classId()).schoolId()).isEqualTo(d.schoolId());
        }
    }

    @Test
    void doesNothingWhenTheDistrictHasSchools() {
        loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 1_000, false));
        int schools = registry.schools.size();
        int students = registry.students.size();

        DemoDataLoader.Summary again = loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 1_000, false));

        assertThat(again.outcome()).isEqualTo(DemoDataLoader.Outcome.SKIPPED);
        assertThat(again.describe()).contains("未加载");
        assertThat(registry.schools).hasSize(schools);
        assertThat(registry.students).hasSize(students);
    }

    @Test
    void addsASecondDistrictWithNewCodesNamesAndIdNumbers() {
        loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 3_000, false));

        DemoDataLoader.Summary second = loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 3_000, true));
        DemoDataLoader.Summary third = loader.load(ACTOR, new DemoDataLoader.Request(5L, 2026, 2_000, true));

        assertThat(second.outcome()).isEqualTo(DemoDataLoader.Outcome.LOADED);
        assertThat(second.batch()).isEqualTo(1);
        assertThat(third.batch()).isEqualTo(2);
        assertThat(registry.students).hasSize(8_000);
        assertThat(registry.schools).hasSize(60);
        List<String> codes = registry.schools.values().stream().map(School::code).toList();
        assertThat(codes).doesNotHaveDuplicates().contains("4301040001", "4301040021", "4301040060");
        List<String> names = registry.schools.values().stream().map(School::name).toList();
        assertThat(names).doesNotHaveDuplicates().contains("麓谷小学", "麓谷小学（2）", "麓谷小学（3）");
        assertThat(registry.years).hasSize(2); // 2026 and 2025 (issue 15), saved once
    }

    @Test
    void addingNextToForeignSchoolsContinuesTheirCodes() {
        registry.createSchool(ACTOR, new SchoolData("4301040007", "某校", SchoolType.PRIMARY, "望岳街道",
                List.of("望岳社区"), false, "长沙市岳麓区", "0731-88888888"));
        DemoDataLoader.Summary s = loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 1_000, true));
        assertThat(s.batch()).isZero();
        assertThat(registry.schools.values().stream().map(School::code))
                .contains("4301040008", "4301040027");
    }

    @Test
    void skipsStudentsWhoseIdNumberIsAlreadyRegistered() {
        // a first load, then its records' schools are "forgotten" so the probe sees batch 0 as free
        loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 1_000, false));
        List<String> probes = new DemoDistrictGenerator(1L, 2026).probeIdNumbers(5);
        StudentData taken = registry.students.values().stream().filter(d -> d.idNumber() != null)
                .filter(d -> !probes.contains(d.idNumber())).findFirst().orElseThrow();
        registry.students.clear();
        registry.byIdNumber.clear();
        registry.byIdNumber.put(taken.idNumber(), -1L);

        DemoDataLoader.Summary s = loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 1_000, true));

        // the probe IDs are free, so batch 0 is used again and the one clash is skipped
        assertThat(s.batch()).isZero();
        assertThat(s.students()).isEqualTo(999);
    }

    @Test
    void stopsWhenCancelled() {
        AtomicInteger checks = new AtomicInteger();
        DemoDataLoader.Summary s = loader.load(ACTOR, new DemoDataLoader.Request(1L, 2026, 10_000, false),
                line -> { }, () -> checks.incrementAndGet() > 21);

        assertThat(s.outcome()).isEqualTo(DemoDataLoader.Outcome.CANCELLED);
        assertThat(s.students()).isEqualTo(2_000);
        assertThat(registry.students).hasSize(2_000);
        assertThat(s.describe()).contains("中止");
    }
}
