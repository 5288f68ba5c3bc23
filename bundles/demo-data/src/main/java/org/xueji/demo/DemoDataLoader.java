package org.xueji.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentService;

/**
 * Loads a generated demo district through the registry services: school year, schools,
 * classes, enrollment plans, then students in batches of {@value #BATCH_SIZE} (one
 * {@link StudentService#registerAll} transaction each).
 *
 * <p>Idempotent at the district level: unless {@link Request#addToExisting()} is set,
 * nothing is loaded when the district already has schools. When adding to existing data,
 * new school codes follow the highest existing {@code 430104xxxx} code, clashing names get
 * a suffix, and the generator batch is chosen so that ID numbers do not collide with
 * earlier demo loads.
 *
 * <p>Only one load runs at a time in the JVM.
 */
public final class DemoDataLoader {

    public static final int BATCH_SIZE = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final ReentrantLock RUNNING = new ReentrantLock();
    private static final Pattern DEMO_CODE = Pattern.compile(DemoDistrictGenerator.AREA_CODE + "(\\d{4})");
    private static final int PROBES_PER_GRADE = 5;

    /**
     * What to load.
     *
     * @param seed            generator seed (names, sizes, flags)
     * @param schoolYearStart 2026 for the 2026–2027 school year
     * @param students        requested number of students
     * @param addToExisting   load even when the district already has schools
     */
    public record Request(long seed, int schoolYearStart, int students, boolean addToExisting) {
        public Request {
            if (students < 0) {
                throw new IllegalArgumentException("students " + students);
            }
        }
    }

    /** What a load did. */
    public enum Outcome { LOADED, SKIPPED, CANCELLED }

    /**
     * @param batch the generator batch (ID area code range) used
     */
    public record Summary(Outcome outcome, int schools, int classes, long students, long millis, int batch) {

        /** One line for people: "已加载 20 所学校、250 个班级、10000 名学生，用时 12.3 秒". */
        public String describe() {
            String what = schools + " 所学校、" + classes + " 个班级、" + students + " 名学生";
            String time = String.format("%.1f", millis / 1000.0);
            return switch (outcome) {
                case SKIPPED -> "已有学籍数据，未加载演示数据";
                case CANCELLED -> "演示数据加载已中止：已加载 " + what + "，用时 " + time + " 秒";
                case LOADED -> "已加载 " + what + "，用时 " + time + " 秒";
            };
        }
    }

    /** Another demo load is running in this JVM. */
    public static final class AlreadyRunningException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public AlreadyRunningException() {
            super("另一个演示数据加载正在进行");
        }
    }

    private final SchoolService schools;
    private final StudentService students;

    public DemoDataLoader(SchoolService schoolService, StudentService studentService) {
        this.schools = Objects.requireNonNull(schoolService, "schoolService");
        this.students = Objects.requireNonNull(studentService, "studentService");
    }

    /** Loads the district unless it already has schools; progress goes to the log only. */
    public Summary load(Actor actor, Request request) {
        return load(actor, request, line -> { }, () -> false);
    }

    /**
     * Loads a district.
     *
     * @param progress  receives progress lines in Chinese (also logged)
     * @param cancelled checked between schools and between student batches; when it turns
     *                  true the load stops and returns {@link Outcome#CANCELLED}
     * @throws AlreadyRunningException when another load is running
     */
    public Summary load(Actor actor, Request request, Consumer<String> progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(request, "request");
        if (!RUNNING.tryLock()) {
            throw new AlreadyRunningException();
        }
        try {
            return doLoad(actor, request, progress, cancelled);
        } finally {
            RUNNING.unlock();
        }
    }

    private Summary doLoad(Actor actor, Request request, Consumer<String> progress, BooleanSupplier cancelled) {
        long started = System.currentTimeMillis();
        if (!request.addToExisting() && schools.counts(actor).schools() > 0) {
            LOG.info("Demo data: the district already has schools; nothing loaded");
            return new Summary(Outcome.SKIPPED, 0, 0, 0, System.currentTimeMillis() - started, -1);
        }
        List<School> existing = request.addToExisting() ? schools.listSchools(actor) : List.of();
        int batch = existing.isEmpty() ? 0 : chooseBatch(actor, request);
        DemoDistrictGenerator generator = new DemoDistrictGenerator(request.seed(), request.schoolYearStart(), batch);
        int firstSerial = 1 + existing.stream().map(School::code).filter(Objects::nonNull)
                .map(DEMO_CODE::matcher).filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1)))
                .max().orElse(0);
        Set<String> names = new HashSet<>();
        existing.forEach(s -> names.add(s.name()));

        report(progress, "开始加载演示学区 " + DemoDistrictGenerator.DISTRICT + "：约 " + request.students()
                + " 名学生，随机种子 " + request.seed() + "，" + request.schoolYearStart() + " 学年"
                + (batch > 0 ? "，批次 " + batch : ""));

        // school year
        SchoolYear year = generator.schoolYear();
        boolean haveYear = schools.listSchoolYears(actor).stream().anyMatch(y -> y.startYear() == year.startYear());
        if (!haveYear) {
            schools.saveSchoolYear(actor, year);
        }
        // issue 15: the previous, ended school year, so the rollover can be tried on the demo
        SchoolYear previous = generator.previousSchoolYear();
        if (schools.listSchoolYears(actor).stream().noneMatch(y -> y.startYear() == previous.startYear())) {
            schools.saveSchoolYear(actor, previous);
        }

        // schools, classes, plans
        List<DemoSchool> plan = generator.schools(request.students(), firstSerial);
        List<Placed> placed = new ArrayList<>();
        int classCount = 0;
        for (DemoSchool ds : plan) {
            if (cancelled.getAsBoolean()) {
                return cancelled(progress, placed.size(), classCount, 0, started, batch);
            }
            SchoolData data = ds.data();
            String name = uniqueName(data.name(), names);
            if (!name.equals(data.name())) {
                data = new SchoolData(data.code(), name, data.type(), data.town(), data.serviceAreas(), data.oversize(),
                        data.address(), data.phone());
            }
            School school = schools.createSchool(actor, data);
            List<Long> classIds = new ArrayList<>();
            for (DemoClass dc : ds.classes()) {
                SchoolClass created = schools.createClass(actor, school.id(), dc.data());
                classIds.add(created.id());
            }
            classCount += classIds.size();
            for (EnrollmentPlan p : generator.enrollmentPlans(ds, school.id())) {
                schools.saveEnrollmentPlan(actor, p);
            }
            placed.add(new Placed(ds, school.id(), classIds));
        }
        report(progress, "已创建 " + placed.size() + " 所学校、" + classCount + " 个班级，开始登记学生");

        // students
        int total = plan.stream().mapToInt(DemoSchool::studentCount).sum();
        long stored = 0;
        int nextReport = 5;
        List<StudentData> chunk = new ArrayList<>(BATCH_SIZE);
        for (Placed p : placed) {
            for (int i = 0; i < p.school().classes().size(); i++) {
                DemoClass dc = p.school().classes().get(i);
                long classId = p.classIds().get(i);
                Iterator<StudentData> it = generator.students(p.school(), dc, p.schoolId(), classId).iterator();
                while (it.hasNext()) {
                    chunk.add(it.next());
                    if (chunk.size() == BATCH_SIZE) {
                        if (cancelled.getAsBoolean()) {
                            return cancelled(progress, placed.size(), classCount, stored, started, batch);
                        }
                        stored += store(actor, chunk);
                        chunk.clear();
                        int percent = total == 0 ? 100 : (int) (stored * 100 / total);
                        if (percent >= nextReport) {
                            report(progress, "已登记 " + stored + " / " + total + " 名学生（" + percent + "%），用时 "
                                    + (System.currentTimeMillis() - started) / 1000 + " 秒");
                            nextReport = (percent / 5 + 1) * 5;
                        }
                    }
                }
            }
        }
        if (!chunk.isEmpty()) {
            stored += store(actor, chunk);
        }
        Summary summary = new Summary(Outcome.LOADED, placed.size(), classCount, stored,
                System.currentTimeMillis() - started, batch);
        report(progress, summary.describe());
        return summary;
    }

    /** One transaction; on failure drops students whose ID number is already registered and retries once. */
    private int store(Actor actor, List<StudentData> chunk) {
        try {
            return students.registerAll(actor, List.copyOf(chunk));
        } catch (RuntimeException e) {
            List<StudentData> fresh = chunk.stream()
                    .filter(d -> d.idNumber() == null || students.findByIdNumber(actor, d.idNumber()).isEmpty())
                    .toList();
            if (fresh.size() == chunk.size()) {
                throw e;
            }
            LOG.warn("Demo data: {} students of a batch already registered (same ID number); skipped",
                    chunk.size() - fresh.size());
            return fresh.isEmpty() ? 0 : students.registerAll(actor, fresh);
        }
    }

    /** The first generator batch none of whose probe ID numbers is registered. */
    private int chooseBatch(Actor actor, Request request) {
        for (int b = 0; b < DemoDistrictGenerator.batchCount(); b++) {
            DemoDistrictGenerator g = new DemoDistrictGenerator(request.seed(), request.schoolYearStart(), b);
            boolean used = g.probeIdNumbers(PROBES_PER_GRADE).stream()
                    .anyMatch(id -> students.findByIdNumber(actor, id).isPresent());
            if (!used) {
                return b;
            }
        }
        throw new IllegalStateException("all " + DemoDistrictGenerator.batchCount()
                + " demo ID ranges are in use; no further demo district can be added");
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + "（" + n + "）";
        }
        taken.add(candidate);
        return candidate;
    }

    private static Summary cancelled(Consumer<String> progress, int schoolCount, int classCount, long stored,
                                     long started, int batch) {
        Summary s = new Summary(Outcome.CANCELLED, schoolCount, classCount, stored,
                System.currentTimeMillis() - started, batch);
        report(progress, s.describe());
        return s;
    }

    private static void report(Consumer<String> progress, String line) {
        LOG.info("Demo data: {}", line);
        try {
            progress.accept(line);
        } catch (RuntimeException e) {
            LOG.debug("progress listener failed", e);
        }
    }

    private record Placed(DemoSchool school, long schoolId, List<Long> classIds) {
    }
}
