package org.xueji.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Ethnicity;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;

/**
 * Deterministic generator of the demo district 长沙市岳麓区 (area code 430104): schools,
 * classes, enrollment plans and students. Pure Java, no services: the same seed, school
 * year and batch always give identical output in identical order.
 *
 * <p>Students are produced class by class ({@link #students}) from per-student random
 * streams, so a million students never need to be held in memory and the classes may be
 * generated in any order. ID numbers are unique in the whole district for any size: the
 * students of one grade are born in that grade's disjoint birth window (September to
 * August), and a keyed pseudo-random permutation maps the <i>k</i>-th student of a grade to
 * its own (birth date, sequence) slot. Migrant children take the area code of their home
 * county instead, which keeps the number unique since those codes are not used otherwise.
 *
 * <p>The {@code batch} selects the base area code; a second district loaded next to the
 * first one ({@code xueji:demo-load} on a populated system) uses batch 1, 2 … so that its
 * ID numbers never collide with earlier batches. The slot permutation depends on the batch
 * and the birth cohort only (not on the seed or school year), which lets
 * {@link #probeIdNumbers} tell whether a batch is already in use.
 */
public final class DemoDistrictGenerator {

    public static final String DISTRICT = "长沙市岳麓区";
    public static final String AREA_CODE = "430104";
    public static final int DEFAULT_STUDENTS = 10_000;
    public static final long DEFAULT_SEED = 20260901L;
    /** Number of schools of the district up to {@value #STUDENTS_PER_EXTRA_SCHOOL} × 20 students. */
    public static final int BASE_SCHOOLS = 20;
    /** Above 20 × this many students, further schools are added (benchmark loads). */
    public static final int STUDENTS_PER_EXTRA_SCHOOL = 2_500;
    public static final int PRIMARY_CAPACITY = 45;
    public static final int JUNIOR_CAPACITY = 50;

    /** Sequence numbers used per birth date and area code: 001–998 (odd male, even female). */
    static final int SEQUENCES = 998;
    /** Area codes one batch may use for its slots when a grade outgrows 998 per day. */
    static final int MAX_AREAS_PER_BATCH = 3;

    /** Base area code of each batch: 岳麓区 first, then other districts of Changsha and Hunan. */
    static final String[] BATCH_AREAS = {
        "430104", "430102", "430103", "430105", "430111", "430112", "430121", "430181", "430182",
        "430202", "430203", "430204", "430211", "430302", "430304", "430402"};
    /** Overflow codes, {@code MAX_AREAS_PER_BATCH - 1} per batch, disjoint from all others. */
    static final String[] OVERFLOW_AREAS = {
        "430406", "430407", "430408", "430412", "430502", "430503", "430511", "430602",
        "430603", "430611", "430702", "430703", "430802", "430811", "430902", "430903",
        "431002", "431003", "431102", "431103", "431202", "431302", "431321", "431322",
        "430223", "430224", "430225", "430281", "430321", "430381", "430382", "430421"};

    /** Home counties of migrant children (随迁子女): real codes, none used for slots. */
    private static final Origin[] ORIGINS = {
        new Origin("431121", "湖南省永州市祁阳县", new String[] {"白水镇", "黎家坪镇", "文富市镇"},
                new String[] {"新塘村", "石门村", "枫树村"}, 0),
        new Origin("430621", "湖南省岳阳市岳阳县", new String[] {"荣家湾镇", "新墙镇", "筻口镇"},
                new String[] {"相思村", "清水村", "潼溪村"}, 0),
        new Origin("522401", "贵州省毕节市", new String[] {"小坝镇", "朱昌镇", "清水铺镇"},
                new String[] {"龙场村", "双堰村", "大屯村"}, 15),
        new Origin("510122", "四川省成都市双流县", new String[] {"黄甲镇", "永安镇", "黄水镇"},
                new String[] {"双林村", "白塔村", "花园村"}, 0),
        new Origin("433101", "湖南省湘西土家族苗族自治州吉首市", new String[] {"马颈坳镇", "矮寨镇", "己略乡"},
                new String[] {"隘口村", "坪朗村", "德夯村"}, 60),
        new Origin("430922", "湖南省益阳市桃江县", new String[] {"桃花江镇", "修山镇", "灰山港镇"},
                new String[] {"花果山村", "罗溪村", "竹金坪村"}, 0)};

    /** Other Hunan codes for guardians born outside 岳麓区. */
    private static final String[] GUARDIAN_AREAS = {
        "430104", "430104", "430104", "430102", "430103", "430105", "430111", "430121", "430181", "430182",
        "430321", "430921", "431022", "430524", "431121", "430621"};
    private static final String[] NATIVE_PLACES = {
        "湖南省长沙市", "湖南省长沙市", "湖南省长沙市", "湖南省湘潭市", "湖南省益阳市", "湖南省娄底市",
        "湖南省邵阳市", "湖南省常德市", "湖南省衡阳市", "湖南省岳阳市"};
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
        "156", "157", "158", "159", "180", "181", "182", "183", "185", "186", "187", "188", "189"};

    private static final String ETH_HAN = "01";
    private static final String ETH_TUJIA = Ethnicity.toCode("土家族");
    private static final String ETH_MIAO = Ethnicity.toCode("苗族");
    private static final String ETH_DONG = Ethnicity.toCode("侗族");
    private static final String ETH_YAO = Ethnicity.toCode("瑶族");
    private static final String ETH_HUI = Ethnicity.toCode("回族");

    private static final String[] TOWNS = {"望岳街道", "麓谷街道", "梅溪湖街道", "观沙岭街道", "含浦街道", "坪塘街道",
        "莲花镇", "雨敞坪镇"};
    private static final Map<String, String[]> TOWN_ROADS = Map.of(
            "望岳街道", new String[] {"岳麓大道", "望岳路", "银杉路"},
            "麓谷街道", new String[] {"麓谷大道", "桐梓坡西路", "麓松路"},
            "梅溪湖街道", new String[] {"梅溪湖路", "枫林三路", "桃花岭路"},
            "观沙岭街道", new String[] {"茶子山东路", "潇湘北路", "滨江路"},
            "含浦街道", new String[] {"含浦大道", "学士路", "九峰路"},
            "坪塘街道", new String[] {"坪塘大道", "新宇路", "白泉路"},
            "莲花镇", new String[] {"莲花大道", "龙洞路"},
            "雨敞坪镇", new String[] {"嘉顺路", "雨敞路"});

    /** The district's schools: name, type, town, service area, per-grade size weight, 大校额. */
    private static final List<Template> TEMPLATES = List.of(
            new Template("岳麓区第一小学", SchoolType.PRIMARY, "望岳街道", List.of("望岳社区", "金峰社区", "银杉社区"), 6,
                    false, "长沙市岳麓区望岳路58号"),
            new Template("麓谷小学", SchoolType.PRIMARY, "麓谷街道", List.of("麓谷社区", "桐梓坡社区", "麓松社区", "信息港社区"),
                    10, true, "长沙市岳麓区麓谷大道268号"),
            new Template("麓谷第二小学", SchoolType.PRIMARY, "麓谷街道", List.of("白鹤社区", "岳华社区"), 5, false,
                    "长沙市岳麓区麓松路119号"),
            new Template("梅溪湖小学", SchoolType.PRIMARY, "梅溪湖街道", List.of("梅溪湖社区", "桃花岭社区", "象鼻窝社区"), 8,
                    false, "长沙市岳麓区梅溪湖路333号"),
            new Template("岳麓区实验小学", SchoolType.PRIMARY, "梅溪湖街道", List.of("梅岭社区", "金茂社区"), 6, false,
                    "长沙市岳麓区枫林三路1099号"),
            new Template("观沙岭小学", SchoolType.PRIMARY, "观沙岭街道", List.of("观沙岭社区", "茶子山社区", "滨江社区"), 5,
                    false, "长沙市岳麓区茶子山东路56号"),
            new Template("岳麓区第二小学", SchoolType.PRIMARY, "观沙岭街道", List.of("杜鹃社区", "西湖社区"), 4, false,
                    "长沙市岳麓区潇湘北路二段88号"),
            new Template("含浦小学", SchoolType.PRIMARY, "含浦街道", List.of("含浦社区", "九峰社区", "黄桥村"), 5, false,
                    "长沙市岳麓区含浦大道16号"),
            new Template("坪塘小学", SchoolType.PRIMARY, "坪塘街道", List.of("坪塘社区", "新宇村", "白泉村"), 4, false,
                    "长沙市岳麓区坪塘大道92号"),
            new Template("莲花镇中心小学", SchoolType.PRIMARY, "莲花镇", List.of("莲花村", "龙洞村", "华山村"), 3, false,
                    "长沙市岳麓区莲花镇莲花大道8号"),
            new Template("莲花镇桐木小学", SchoolType.PRIMARY, "莲花镇", List.of("桐木村", "金华村"), 2, false,
                    "长沙市岳麓区莲花镇桐木村"),
            new Template("雨敞坪镇九年一贯制学校", SchoolType.NINE_YEAR, "雨敞坪镇", List.of("雨敞坪村", "嘉顺村", "麻田村", "乌山村"),
                    2, false, "长沙市岳麓区雨敞坪镇嘉顺路3号"),
            new Template("坪塘九年一贯制学校", SchoolType.NINE_YEAR, "坪塘街道", List.of("山塘村", "桐溪村", "百合村"), 3, false,
                    "长沙市岳麓区坪塘街道白泉路21号"),
            new Template("望岳九年一贯制学校", SchoolType.NINE_YEAR, "望岳街道", List.of("高叶塘社区", "望岳村"), 3, false,
                    "长沙市岳麓区银杉路200号"),
            new Template("含浦中学", SchoolType.JUNIOR, "含浦街道", List.of("含浦社区", "九峰社区", "黄桥村", "学士村"), 9, false,
                    "长沙市岳麓区学士路456号"),
            new Template("岳麓区第一中学", SchoolType.JUNIOR, "望岳街道", List.of("望岳社区", "金峰社区", "银杉社区"), 12, false,
                    "长沙市岳麓区岳麓大道1号"),
            new Template("麓谷中学", SchoolType.JUNIOR, "麓谷街道", List.of("麓谷社区", "桐梓坡社区", "白鹤社区"), 12, false,
                    "长沙市岳麓区桐梓坡西路229号"),
            new Template("梅溪湖中学", SchoolType.JUNIOR, "梅溪湖街道", List.of("梅溪湖社区", "桃花岭社区", "梅岭社区", "金茂社区"),
                    14, true, "长沙市岳麓区桃花岭路77号"),
            new Template("莲花中学", SchoolType.JUNIOR, "莲花镇", List.of("莲花村", "龙洞村", "桐木村", "金华村"), 5, false,
                    "长沙市岳麓区莲花镇龙洞路15号"),
            new Template("观沙岭中学", SchoolType.JUNIOR, "观沙岭街道", List.of("观沙岭社区", "茶子山社区", "杜鹃社区"), 6, false,
                    "长沙市岳麓区滨江路180号"));

    private final long seed;
    private final int schoolYearStart;
    private final int batch;

    /** Batch 0: the district's own students, area code 430104. */
    public DemoDistrictGenerator(long seed, int schoolYearStart) {
        this(seed, schoolYearStart, 0);
    }

    /**
     * @param batch 0 for the district itself; 1, 2 … for further districts loaded next to it
     *              (different base area code, so ID numbers never collide)
     * @throws IllegalArgumentException for an unknown batch, or a school year whose first
     *         graders would not be born yet
     */
    public DemoDistrictGenerator(long seed, int schoolYearStart, int batch) {
        if (batch < 0 || batch >= batchCount()) {
            throw new IllegalArgumentException("batch must be 0.." + (batchCount() - 1) + ": " + batch);
        }
        if (schoolYearStart < 1960 || LocalDate.of(schoolYearStart - 6, 8, 31).isAfter(LocalDate.now())) {
            throw new IllegalArgumentException("school year " + schoolYearStart
                    + ": its first graders must be born by today");
        }
        this.seed = seed;
        this.schoolYearStart = schoolYearStart;
        this.batch = batch;
    }

    /** How many batches (non-overlapping ID ranges) the generator offers. */
    public static int batchCount() {
        return Math.min(BATCH_AREAS.length, OVERFLOW_AREAS.length / (MAX_AREAS_PER_BATCH - 1));
    }

    public long seed() {
        return seed;
    }

    public int schoolYearStart() {
        return schoolYearStart;
    }

    public int batch() {
        return batch;
    }

    // ------------------------------------------------------------------ school year

    /**
     * The school year: 第一学期 from 1 September to the Friday of the week of 20 January,
     * 第二学期 from the Monday on or after 17 February to the Friday on or before 10 July.
     */
    public SchoolYear schoolYear() {
        int y = schoolYearStart;
        return new SchoolYear(y,
                LocalDate.of(y, 9, 1),
                LocalDate.of(y + 1, 1, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)),
                LocalDate.of(y + 1, 2, 17).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                LocalDate.of(y + 1, 7, 10).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)));
    }

    /**
     * The school year before {@link #schoolYear()}, same calendar (issue 15): it has ended, so
     * the year-end rollover can be tried on the demo district ({@code xueji:rollover --dry-run
     * 2025} with the default 2026 data). The district's classes and students are not changed.
     */
    public SchoolYear previousSchoolYear() {
        return new DemoDistrictGenerator(seed, schoolYearStart - 1, batch).schoolYear();
    }

    // ------------------------------------------------------------------ schools and classes

    /** The district for about {@code totalStudents} students, school codes from 4301040001. */
    public List<DemoSchool> schools(int totalStudents) {
        return schools(totalStudents, 1);
    }

    /**
     * The district for {@code totalStudents} students (the class sizes add up to exactly
     * that number). About 20 schools; above 50,000 students one more school per 2,500.
     *
     * @param firstSerial serial of the first school code: codes are {@code 430104} followed
     *                    by four digits {@code firstSerial, firstSerial + 1, …}
     */
    public List<DemoSchool> schools(int totalStudents, int firstSerial) {
        if (totalStudents < 0) {
            throw new IllegalArgumentException("totalStudents " + totalStudents);
        }
        List<Template> templates = templates(totalStudents);
        if (firstSerial < 1 || firstSerial + templates.size() - 1 > 9999) {
            throw new IllegalArgumentException("school codes would leave 4301040001..4301049999: first serial "
                    + firstSerial + ", " + templates.size() + " schools");
        }
        SplittableRandom rng = new SplittableRandom(mix(seed ^ 0x5C4001L));

        // 1. classes per (school, grade): expected students by weight × jitter, over a typical class size
        List<int[]> groups = new ArrayList<>(); // {schoolIndex, grade}
        List<Double> expected = new ArrayList<>();
        double weightSum = 0;
        for (int s = 0; s < templates.size(); s++) {
            Template t = templates.get(s);
            for (int g = t.type().firstGrade(); g <= t.type().lastGrade(); g++) {
                groups.add(new int[] {s, g});
                double w = t.weight() * (0.88 + 0.24 * rng.nextDouble());
                expected.add(w);
                weightSum += w;
            }
        }
        int[] classCounts = new int[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            expected.set(i, totalStudents * expected.get(i) / weightSum);
            classCounts[i] = (int) Math.round(expected.get(i) / typicalSize(groups.get(i)[1]));
        }
        // enough room: the total must fit 2 below capacity on average
        while (totalStudents > roomFor(groups, classCounts)) {
            int best = 0;
            double bestGap = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < groups.size(); i++) {
                double gap = expected.get(i) - classCounts[i] * typicalSize(groups.get(i)[1]);
                if (gap > bestGap) {
                    bestGap = gap;
                    best = i;
                }
            }
            classCounts[best]++;
        }

        // 2. students per class: the total spread over all classes by typical size ±12 %, within capacity
        List<Double> classWeights = new ArrayList<>();
        List<Integer> classCaps = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int c = 0; c < classCounts[i]; c++) {
                classWeights.add(typicalSize(groups.get(i)[1]) * (0.88 + 0.24 * rng.nextDouble()));
                classCaps.add(capacity(groups.get(i)[1]));
            }
        }
        int[] classSizes = classWeights.isEmpty() ? new int[0] : apportion(totalStudents, classWeights);
        int overflow = 0;
        for (int j = 0; j < classSizes.length; j++) {
            if (classSizes[j] > classCaps.get(j)) {
                overflow += classSizes[j] - classCaps.get(j);
                classSizes[j] = classCaps.get(j);
            }
        }
        for (int j = 0; overflow > 0; j = (j + 1) % classSizes.length) {
            if (classSizes[j] < classCaps.get(j) - 1) {
                classSizes[j]++;
                overflow--;
            }
        }
        List<List<Integer>> sizes = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < groups.size(); i++) {
            List<Integer> group = new ArrayList<>();
            for (int c = 0; c < classCounts[i]; c++) {
                group.add(classSizes[next++]);
            }
            sizes.add(group);
        }

        // 3. two or three deliberate 大班额 classes (56–58) in non-starting grades
        makeOversizeClasses(templates, groups, sizes, rng);

        // 4. build records, numbering students within each grade across the district
        int[] gradeTotals = new int[10];
        for (int i = 0; i < groups.size(); i++) {
            gradeTotals[groups.get(i)[1]] += sizes.get(i).stream().mapToInt(Integer::intValue).sum();
        }
        int[] gradeOffsets = new int[10];
        List<List<DemoClass>> classesBySchool = new ArrayList<>();
        for (int s = 0; s < templates.size(); s++) {
            classesBySchool.add(new ArrayList<>());
        }
        for (int i = 0; i < groups.size(); i++) {
            int s = groups.get(i)[0];
            int g = groups.get(i)[1];
            Template t = templates.get(s);
            int entryYear = schoolYearStart - (g - t.type().firstGrade());
            int number = 1;
            for (int size : sizes.get(i)) {
                ClassData data = new ClassData(g, number++, entryYear, capacity(g),
                        DemoNames.adult(rng, rng.nextInt(100) < 30));
                classesBySchool.get(s).add(new DemoClass(data, size, gradeOffsets[g], gradeTotals[g]));
                gradeOffsets[g] += size;
            }
        }
        List<DemoSchool> result = new ArrayList<>(templates.size());
        for (int s = 0; s < templates.size(); s++) {
            Template t = templates.get(s);
            String code = AREA_CODE + String.format("%04d", firstSerial + s);
            String phone = "0731-8" + digits(rng, 7);
            result.add(new DemoSchool(s, new SchoolData(code, t.name(), t.type(), t.town(), t.areas(), t.oversize(),
                    t.address(), phone), classesBySchool.get(s)));
        }
        return List.copyOf(result);
    }

    /** 招生控制计划 of the school's starting grades (1 and 7) for this school year. */
    public List<EnrollmentPlan> enrollmentPlans(DemoSchool school, long schoolId) {
        List<EnrollmentPlan> plans = new ArrayList<>();
        for (int grade : new int[] {1, 7}) {
            long classes = school.classes().stream().filter(c -> c.gradeLevel() == grade).count();
            if (classes > 0) {
                plans.add(new EnrollmentPlan(schoolId, schoolYearStart, grade, (int) classes,
                        (int) classes * capacity(grade)));
            }
        }
        return plans;
    }

    /** Planned capacity of a class: 45 in primary grades, 50 in junior middle grades. */
    public static int capacity(int grade) {
        return grade <= 6 ? PRIMARY_CAPACITY : JUNIOR_CAPACITY;
    }

    private List<Template> templates(int totalStudents) {
        int wanted = Math.max(BASE_SCHOOLS, (int) Math.ceil(totalStudents / (double) STUDENTS_PER_EXTRA_SCHOOL));
        List<Template> list = new ArrayList<>(TEMPLATES.subList(0, Math.min(BASE_SCHOOLS, TEMPLATES.size())));
        int primary = 3; // 岳麓区第三小学 …
        int junior = 2;  // 岳麓区第二中学 …
        for (int i = 0; list.size() < wanted; i++) {
            String town = TOWNS[i % TOWNS.length];
            List<String> areas = townAreas(town);
            String road = TOWN_ROADS.get(town)[(i / TOWNS.length) % TOWN_ROADS.get(town).length];
            String address = "长沙市岳麓区" + (town.endsWith("镇") ? town : "") + road + (10 + (i * 37) % 490) + "号";
            List<String> served = List.of(areas.get(i % areas.size()), areas.get((i + 1) % areas.size()));
            if (i % 3 == 2) {
                list.add(new Template("岳麓区第" + chinese(junior++) + "中学", SchoolType.JUNIOR, town, served, 10, false,
                        address));
            } else {
                list.add(new Template("岳麓区第" + chinese(primary++) + "小学", SchoolType.PRIMARY, town, served, 5, false,
                        address));
            }
        }
        return list;
    }

    private static List<String> townAreas(String town) {
        return TEMPLATES.stream().filter(t -> t.town().equals(town)).flatMap(t -> t.areas().stream()).distinct()
                .toList();
    }

    /** Average class size aimed at: 41 in primary grades, 45 in junior middle grades. */
    private static int typicalSize(int grade) {
        return grade <= 6 ? 41 : 45;
    }

    private static long roomFor(List<int[]> groups, int[] classCounts) {
        long room = 0;
        for (int i = 0; i < groups.size(); i++) {
            room += (long) classCounts[i] * (capacity(groups.get(i)[1]) - 2);
        }
        return room;
    }

    private static void makeOversizeClasses(List<Template> templates, List<int[]> groups, List<List<Integer>> sizes,
                                            SplittableRandom rng) {
        int wanted = 2 + rng.nextInt(2);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int g = groups.get(i)[1];
            List<Integer> s = sizes.get(i);
            int n = s.stream().mapToInt(Integer::intValue).sum();
            if (!Grades.isStartingGrade(g) && s.size() >= 3 && n - 58 >= (s.size() - 1) * 30) {
                candidates.add(i);
            }
        }
        // over-size schools first, then the biggest groups; one class per school
        candidates.sort(Comparator.<Integer, Boolean>comparing(i -> !templates.get(groups.get(i)[0]).oversize())
                .thenComparing(i -> -sizes.get(i).stream().mapToInt(Integer::intValue).sum())
                .thenComparing(i -> i));
        List<Integer> usedSchools = new ArrayList<>();
        int made = 0;
        for (int i : candidates) {
            if (made == wanted) {
                break;
            }
            int school = groups.get(i)[0];
            if (usedSchools.contains(school)) {
                continue;
            }
            List<Integer> s = sizes.get(i);
            int target = 56 + rng.nextInt(3);
            int victim = rng.nextInt(s.size());
            int missing = target - s.get(victim);
            s.set(victim, target);
            for (int j = 0; missing > 0; j = (j + 1) % s.size()) {
                if (j != victim && s.get(j) > 30) {
                    s.set(j, s.get(j) - 1);
                    missing--;
                }
            }
            usedSchools.add(school);
            made++;
        }
    }

    /** Largest-remainder apportionment of {@code total} to the weights. */
    private static int[] apportion(int total, List<Double> weights) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        int[] result = new int[weights.size()];
        double[] remainders = new double[weights.size()];
        int given = 0;
        for (int i = 0; i < result.length; i++) {
            double exact = total * weights.get(i) / sum;
            result[i] = (int) Math.floor(exact);
            remainders[i] = exact - result[i];
            given += result[i];
        }
        Integer[] order = IntStream.range(0, result.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparing(i -> i));
        for (int i = 0; given < total; i = (i + 1) % order.length) {
            result[order[i]]++;
            given++;
        }
        return result;
    }

    // ------------------------------------------------------------------ students

    /**
     * The students of one class, in a fixed order. Each student comes from its own random
     * stream, so the stream may be consumed lazily, in parallel, or class by class in any
     * order, with identical results.
     */
    public Stream<StudentData> students(DemoSchool school, DemoClass cls, long schoolId, long classId) {
        return IntStream.range(0, cls.studentCount()).mapToObj(i -> student(school, cls, i, schoolId, classId));
    }

    /**
     * Resident ID numbers the first {@code perGrade} students of every grade receive in this
     * batch (before migrant area codes are applied), whatever the seed and district size up
     * to ~3 million students; a load for a neighbouring school year shares eight of the nine
     * birth cohorts and so most of these numbers. A loader checks them to see whether the
     * batch is already used.
     */
    public List<String> probeIdNumbers(int perGrade) {
        List<String> ids = new ArrayList<>();
        for (int g = 1; g <= 9; g++) {
            for (int k = 0; k < perGrade; k++) {
                Slot slot = slot(g, Math.max(perGrade, 1), k);
                ids.add(ChineseIdNumber.of(slot.areaCode(), slot.birthDate(), slot.sequence()).value());
            }
        }
        return ids;
    }

    /** Birth window of a grade in this school year: 1 September (Y-6-g) to 31 August (Y-5-g). */
    public LocalDate[] birthWindow(int grade) {
        LocalDate from = LocalDate.of(schoolYearStart - 6 - grade, 9, 1);
        return new LocalDate[] {from, from.plusYears(1).minusDays(1)};
    }

    private StudentData student(DemoSchool school, DemoClass cls, int i, long schoolId, long classId) {
        int grade = cls.gradeLevel();
        int k = cls.gradeOffset() + i;
        Slot slot = slot(grade, cls.gradeTotal(), k);
        SplittableRandom rng = new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + batch) ^ (grade * 0x1_0000_0000L + k)));
        Sex sex = slot.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        boolean male = sex == Sex.MALE;
        SchoolData sd = school.data();
        boolean rural = sd.town().endsWith("镇");

        // --- origin, migration
        boolean migrant = rng.nextInt(1000) < 60;
        Origin origin = migrant ? ORIGINS[rng.nextInt(ORIGINS.length)] : null;
        String idArea = migrant && slot.areaIndex() == 0 && batch == 0 ? origin.code() : slot.areaCode();

        // --- ID document
        boolean hasId = rng.nextInt(1000) >= 20;
        String idNumber = hasId ? ChineseIdNumber.of(idArea, slot.birthDate(), slot.sequence()).value() : null;

        // --- ethnicity
        String ethnicity = ethnicity(rng, origin);

        // --- names
        String surname = DemoNames.surname(rng);
        String name = surname + DemoNames.childGiven(rng, male);

        // --- addresses
        String current = localAddress(rng, sd);
        String household;
        HouseholdType householdType;
        String birthPlace;
        String nativePlace;
        if (migrant) {
            household = origin.prefix() + origin.towns()[rng.nextInt(origin.towns().length)]
                    + origin.villages()[rng.nextInt(origin.villages().length)] + (1 + rng.nextInt(12)) + "组"
                    + (1 + rng.nextInt(60)) + "号";
            householdType = rng.nextInt(100) < 75 ? HouseholdType.AGRICULTURAL : HouseholdType.NON_AGRICULTURAL;
            birthPlace = rng.nextInt(100) < 70 ? origin.prefix() : "湖南省长沙市";
            nativePlace = origin.prefix();
        } else {
            household = rng.nextInt(100) < 80 ? current : localAddress(rng, sd);
            householdType = rural == (rng.nextInt(100) < 70) ? HouseholdType.AGRICULTURAL
                    : HouseholdType.NON_AGRICULTURAL;
            birthPlace = "湖南省长沙市";
            nativePlace = NATIVE_PLACES[rng.nextInt(NATIVE_PLACES.length)];
        }

        // --- flags
        boolean orphan = rng.nextInt(10_000) < 20;
        LeftBehindStatus leftBehind = LeftBehindStatus.NONE;
        int lb = rng.nextInt(1000);
        if (!migrant && !orphan) {
            // rates over all students (8 % / 3 %), concentrated on the non-migrants
            if (lb < 85) {
                leftBehind = LeftBehindStatus.ONE_PARENT;
            } else if (lb < 117) {
                leftBehind = LeftBehindStatus.BOTH_PARENTS;
            }
        }
        DisabilityType disability = DisabilityType.NONE;
        boolean inclusion = false;
        if (rng.nextInt(1000) < 5) {
            disability = disability(rng);
            inclusion = rng.nextInt(100) < 85;
        }
        boolean onlyChild = rng.nextInt(100) < 35;
        boolean preschool = rng.nextInt(100) < 97;
        boolean martyrChild = rng.nextInt(10_000) < 3;
        StudyMode studyMode = rng.nextInt(1000) < (grade >= 7 && rural ? 300 : 8) ? StudyMode.BOARDING : StudyMode.DAY;

        // --- guardians
        List<Guardian> guardians = guardians(rng, surname, slot.birthDate(), orphan, leftBehind, origin);

        YearMonth entry = YearMonth.of(cls.data().entryYear(), 9);
        return new StudentData(name, sex, slot.birthDate(), hasId ? IdDocumentType.RESIDENT_ID : IdDocumentType.OTHER,
                idNumber, birthPlace, nativePlace, ethnicity, "CHN", household, householdType, current, entry,
                EntryWay.NEARBY, studyMode, onlyChild, preschool, leftBehind, migrant, orphan, martyrChild, inclusion,
                disability, schoolId, classId, guardians);
    }

    private static String ethnicity(SplittableRandom rng, Origin origin) {
        int r = rng.nextInt(1000);
        if (origin != null && r < origin.minorityPercent() * 10) {
            return r % 2 == 0 ? ETH_TUJIA : ETH_MIAO;
        }
        if (r < 20) {
            return ETH_TUJIA;
        }
        if (r < 35) {
            return ETH_MIAO;
        }
        if (r < 43) {
            return ETH_DONG;
        }
        if (r < 47) {
            return ETH_YAO;
        }
        if (r < 50) {
            return ETH_HUI;
        }
        return ETH_HAN;
    }

    private static DisabilityType disability(SplittableRandom rng) {
        int r = rng.nextInt(100);
        if (r < 35) {
            return DisabilityType.INTELLECTUAL;
        }
        if (r < 55) {
            return DisabilityType.PHYSICAL;
        }
        if (r < 70) {
            return DisabilityType.SPEECH;
        }
        if (r < 80) {
            return DisabilityType.HEARING;
        }
        if (r < 90) {
            return DisabilityType.VISUAL;
        }
        if (r < 95) {
            return DisabilityType.MENTAL;
        }
        return DisabilityType.MULTIPLE;
    }

    private static String localAddress(SplittableRandom rng, SchoolData school) {
        List<String> areas = school.serviceAreas();
        String area = areas.get(rng.nextInt(areas.size()));
        StringBuilder b = new StringBuilder(48).append("湖南省").append(DISTRICT).append(school.town()).append(area);
        if (area.endsWith("村")) {
            b.append(1 + rng.nextInt(12)).append("组").append(1 + rng.nextInt(60)).append("号");
        } else {
            b.append(1 + rng.nextInt(36)).append("栋").append(1 + rng.nextInt(4)).append("单元")
                    .append(1 + rng.nextInt(32)).append('0').append(1 + rng.nextInt(4)).append("室");
        }
        return b.toString();
    }

    private List<Guardian> guardians(SplittableRandom rng, String surname, LocalDate childBirth, boolean orphan,
                                     LeftBehindStatus leftBehind, Origin origin) {
        String motherSurname = DemoNames.otherSurname(rng, surname);
        List<Guardian> list = new ArrayList<>(2);
        if (orphan) {
            if (rng.nextInt(100) < 70) {
                list.add(elder(rng, surname, true, "祖父", childBirth, origin));
                if (rng.nextBoolean()) {
                    list.add(elder(rng, DemoNames.otherSurname(rng, surname), false, "祖母", childBirth, origin));
                }
            } else {
                list.add(adult(rng, surname, true, "其他亲属", childBirth, origin, 28, 50));
            }
        } else if (leftBehind == LeftBehindStatus.BOTH_PARENTS) {
            boolean paternal = rng.nextInt(100) < 75;
            String grandpaSurname = paternal ? surname : motherSurname;
            String grandmaSurname = DemoNames.otherSurname(rng, grandpaSurname);
            if (rng.nextBoolean()) {
                list.add(elder(rng, grandmaSurname, false, paternal ? "祖母" : "外祖母", childBirth, origin));
                list.add(elder(rng, grandpaSurname, true, paternal ? "祖父" : "外祖父", childBirth, origin));
            } else {
                list.add(elder(rng, grandpaSurname, true, paternal ? "祖父" : "外祖父", childBirth, origin));
                if (rng.nextInt(100) < 70) {
                    list.add(elder(rng, grandmaSurname, false, paternal ? "祖母" : "外祖母", childBirth, origin));
                }
            }
        } else if (leftBehind == LeftBehindStatus.ONE_PARENT) {
            boolean motherAtHome = rng.nextInt(100) < 70;
            list.add(motherAtHome ? mother(rng, motherSurname, childBirth, origin) : father(rng, surname, childBirth, origin));
            if (rng.nextInt(100) < 60) {
                list.add(elder(rng, surname, rng.nextBoolean(), null, childBirth, origin));
            }
        } else {
            Guardian father = father(rng, surname, childBirth, origin);
            Guardian mother = mother(rng, motherSurname, childBirth, origin);
            boolean motherFirst = rng.nextInt(100) < 45;
            list.add(motherFirst ? mother : father);
            if (rng.nextInt(100) < 82) {
                list.add(motherFirst ? father : mother);
            }
        }
        Guardian first = list.get(0);
        if (first.phone() == null) { // the first family member must be reachable
            list.set(0, new Guardian(first.name(), first.relation(), mobile(rng), first.idNumber()));
        }
        return list;
    }

    private Guardian father(SplittableRandom rng, String surname, LocalDate childBirth, Origin origin) {
        return adult(rng, surname, true, "父亲", childBirth, origin, 26, 45);
    }

    private Guardian mother(SplittableRandom rng, String surname, LocalDate childBirth, Origin origin) {
        return adult(rng, surname, false, "母亲", childBirth, origin, 25, 42);
    }

    /** A parent-generation adult born {@code minAge}–{@code maxAge} years before the child. */
    private Guardian adult(SplittableRandom rng, String surname, boolean male, String relation, LocalDate childBirth,
                           Origin origin, int minAge, int maxAge) {
        String name = surname + DemoNames.adultGiven(rng, male);
        return person(rng, name, male, relation, childBirth, origin, minAge, maxAge, 100);
    }

    /** A grandparent (relation by sex when {@code relation} is null). */
    private Guardian elder(SplittableRandom rng, String surname, boolean male, String relation, LocalDate childBirth,
                           Origin origin) {
        String name = surname + DemoNames.elderGiven(rng, male);
        String rel = relation != null ? relation : male ? "祖父" : "祖母";
        return person(rng, name, male, rel, childBirth, origin, 48, 68, 85);
    }

    private Guardian person(SplittableRandom rng, String name, boolean male, String relation, LocalDate childBirth,
                            Origin origin, int minAge, int maxAge, int phonePercent) {
        // born minAge..maxAge years before the child (within the last year of the range)
        LocalDate birth = childBirth.minusYears(minAge + rng.nextInt(maxAge - minAge))
                .minusDays(rng.nextInt(365));
        String area = origin != null && rng.nextInt(100) < 85 ? origin.code()
                : GUARDIAN_AREAS[rng.nextInt(GUARDIAN_AREAS.length)];
        int r = rng.nextInt(499);
        int sequence = male ? 2 * r + 1 : 2 * r + 2;
        String id = ChineseIdNumber.of(area, birth, sequence).value();
        String phone = phonePercent >= 100 || rng.nextInt(100) < phonePercent ? mobile(rng) : null;
        return new Guardian(name, relation, phone, id);
    }

    private static String mobile(SplittableRandom rng) {
        return MOBILE_PREFIXES[rng.nextInt(MOBILE_PREFIXES.length)] + digits(rng, 8);
    }

    private static String digits(SplittableRandom rng, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + rng.nextInt(10));
        }
        return new String(c);
    }

    // ------------------------------------------------------------------ ID slots

    /** Birth date, sequence and area code of the k-th student of a grade. */
    Slot slot(int grade, int gradeTotal, int k) {
        LocalDate[] window = birthWindow(grade);
        int days = (int) ChronoUnit.DAYS.between(window[0], window[1]) + 1;
        long perArea = (long) days * SEQUENCES;
        long areas = Math.max(1, (gradeTotal + perArea - 1) / perArea);
        if (areas > MAX_AREAS_PER_BATCH) {
            throw new IllegalArgumentException("grade " + grade + " has " + gradeTotal
                    + " students: more than the ID numbers of " + MAX_AREAS_PER_BATCH + " area codes allow");
        }
        if (k < 0 || k >= gradeTotal) {
            throw new IllegalArgumentException("student " + k + " of " + gradeTotal);
        }
        // keyed by batch and birth cohort (not seed, grade or school year): a cohort always gets the
        // same slots, so loads for other school years or seeds can be probed and never collide
        long p = permute(k, perArea * areas, mix(0xD15EA5EL + batch * 1_000_003L + window[0].getYear()));
        int areaIndex = (int) (p / perArea);
        long r = p % perArea;
        LocalDate birth = window[0].plusDays(r % days);
        int sequence = (int) (r / days) + 1;
        String area = areaIndex == 0 ? BATCH_AREAS[batch]
                : OVERFLOW_AREAS[batch * (MAX_AREAS_PER_BATCH - 1) + areaIndex - 1];
        return new Slot(birth, sequence, areaIndex, area);
    }

    record Slot(LocalDate birthDate, int sequence, int areaIndex, String areaCode) {
    }

    /** A keyed pseudo-random permutation of [0, n): balanced Feistel network with cycle walking. */
    static long permute(long x, long n, long key) {
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
        if (bits % 2 == 1) {
            bits++;
        }
        int half = bits / 2;
        long mask = (1L << half) - 1;
        long v = x;
        do {
            long left = v >>> half;
            long right = v & mask;
            for (int round = 0; round < 4; round++) {
                long f = mix(right ^ (key + round * 0x9E3779B97F4A7C15L)) & mask;
                long next = left ^ f;
                left = right;
                right = next;
            }
            v = (left << half) | right;
        } while (v >= n);
        return v;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Chinese numeral for 1–9999: 三, 十二, 二十, 一百零五. */
    static String chinese(int n) {
        if (n <= 0 || n > 9999) {
            return String.valueOf(n);
        }
        String digits = "零一二三四五六七八九";
        String[] units = {"", "十", "百", "千"};
        String s = String.valueOf(n);
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero && b.length() > 0) {
                b.append('零');
            }
            zero = false;
            if (!(d == 1 && unit == 1 && b.length() == 0)) {
                b.append(digits.charAt(d));
            }
            b.append(units[unit]);
        }
        return b.toString();
    }

    private record Template(String name, SchoolType type, String town, List<String> areas, int weight,
                            boolean oversize, String address) {
    }

    private record Origin(String code, String prefix, String[] towns, String[] villages, int minorityPercent) {
    }

    /** Towns and streets of the district (for tests and UI hints). */
    public static List<String> towns() {
        return List.of(TOWNS);
    }

}
