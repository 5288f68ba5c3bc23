package org.xueji.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.internal.BenchDistrict.Person;
import org.xueji.demo.internal.BenchFiles.Roster;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.FileRejectedException;
import org.xueji.enrollment.api.Finding;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.ImportMode;
import org.xueji.enrollment.api.ImportProgress;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.NewVerificationCampaign;
import org.xueji.enrollment.api.RegistryEntry;
import org.xueji.enrollment.api.RosterComparison;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;

/**
 * A benchmark runner (not a test) for the enrollment module, printing figures only:
 * <ol>
 *   <li>import of N generated students (synthetic, from {@link DemoDistrictGenerator}; never
 *       real people) in the national template as .csv (UTF-8 with BOM) or .xlsx, into a new
 *       nine-year school, through {@link StudentImportService#importStudents} in
 *       {@link ImportMode#VALID_ROWS_ONLY}, with the phases reported by the progress callback;</li>
 *   <li>a 人籍一致 check of that school: a roster file (姓名, 身份证件号, 年级, 班级) of the same
 *       students with deliberate differences (missing, extra, wrong class) through
 *       {@link VerificationService#uploadRoster}, plus the registry fetch and
 *       {@link RosterComparison#compare} timed on their own;</li>
 *   <li>with {@code --compare-only}: {@link RosterComparison#compare} alone on N × N in memory;</li>
 *   <li>with {@code --direct-chunk N} (diagnosis): the same students straight through
 *       {@link StudentService#registerAll}, N per transaction.</li>
 * </ol>
 * Writes into the running system and cleans up nothing (a new school with its classes and
 * students, a verification campaign): run it on a bench database only. What is generated is
 * {@link BenchDistrict}, the files are {@link BenchFiles}, the floor is {@link ImportFloor}.
 * Each run takes one of the generator's ID number ranges (the same
 * ones {@code xueji:demo-load} uses), found free by probing: a database takes 16 runs and loads
 * in all.
 */
@Service
@Command(scope = "xueji", name = "bench-enrollment",
        description = "招生模块性能测试：批量导入与人籍一致核查，打印用时（benchmark enrollment import and roster check; "
                + "writes a new school into the database, bench databases only)")
public class EnrollmentBenchCommand implements Action {

    /** The import phases as this command prints them. */
    private static final Map<ImportProgress.Phase, String> PHASES = Map.of(
            ImportProgress.Phase.READ, "读取", ImportProgress.Phase.CHECK, "校验", ImportProgress.Phase.WRITE, "写入");

    private static final int PROBES_PER_GRADE = 5;

    @Option(name = "--rows", aliases = "-n", description = "导入的学生行数（默认 100000）")
    int rows = 100_000;

    @Option(name = "--format", description = "导入文件格式：csv（默认）或 xlsx")
    String format = "csv";

    @Option(name = "--inline-strings", description = "xlsx 用内联字符串（同本系统导出），默认用共享字符串表（同 Excel 保存）")
    boolean inlineStrings;

    @Option(name = "--differences", aliases = "-d", description = "名单中每类故意差异的人数：缺少、多出、班级不符（默认 100，最多行数的 1/10）")
    int differences = 100;

    @Option(name = "--compare-only", description = "只在内存中测 RosterComparison.compare（N × N），不写数据库")
    boolean compareOnly;

    @Option(name = "--no-roster", description = "只测导入，不做人籍一致核查")
    boolean noRoster;

    @Option(name = "--direct-chunk", description = "诊断用：不经导入，直接用 StudentService.registerAll 每批 N 条登记同样的学生"
            + "（N = 行数即一个事务，同导入），比较事务大小对写入速度的影响")
    int directChunk;

    @Option(name = "--seed", aliases = "-s", description = "随机种子（默认 20261129）")
    long seed = 20261129L;

    @Option(name = "--no-floor", description = "不测下限（同一文件只解析、同样的行用 JDBC 批量插入临时表）")
    boolean noFloor;

    @Option(name = "--keep-files", description = "保留生成的文件（打印路径）；默认测完删除")
    boolean keepFiles;

    @Reference
    SchoolService schools;

    @Reference
    StudentService students;

    @Reference
    StudentImportService imports;

    @Reference
    VerificationService verification;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    /** The platform's DataSource, for the write floor's scratch table only. */
    @Reference(filter = "(osgi.jndi.service.name=xueji)")
    javax.sql.DataSource dataSource;

    /** Wall time of the last timed import, for the floor comparison. */
    private double importSeconds;

    private PrintStream out;

    @Override
    public Object execute() throws Exception {
        out = System.out;
        if (rows <= 0 || rows > StudentImportService.MAX_ROWS) {
            out.println("行数必须在 1 到 " + StudentImportService.MAX_ROWS + " 之间");
            return null;
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            out.println("--format 只能是 csv 或 xlsx");
            return null;
        }
        differences = Math.max(0, Math.min(differences, rows / 10));
        // writes a whole school into the database: system administrators only, like demo-load
        Actor actor = ShellActors.of(session, accounts);
        actor.require(Permission.ADMINISTER_SYSTEM);
        int schoolYear = DemoLoadCommand.currentSchoolYear();
        Runtime rt = Runtime.getRuntime();
        line("机器：%d 个处理器，最大堆 %d MiB，Java %s，系统负载 %.1f；学籍库现有 %d 名学生", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                students.count(actor, StudentQuery.all()));
        if (compareOnly) {
            compareOnly(schoolYear);
            return null;
        }
        int batch = freeBatch(actor, schoolYear);
        DemoDistrictGenerator generator = new DemoDistrictGenerator(seed, schoolYear, batch);
        BenchDistrict plan = new BenchDistrict(generator, rows, differences, schoolYear);
        line("生成 %d 名学生（随机种子 %d，身份证号批次 %d），另有 %d 名只在核查名单中", rows, seed, batch, differences);

        // 1. the school and its classes
        long t = System.nanoTime();
        School school = createSchool(actor, plan);
        Map<String, Long> classIds = new HashMap<>();
        for (SchoolClass c : schools.listClasses(actor, school.id())) {
            classIds.put(c.gradeLevel() + "/" + c.classNumber(), c.id());
        }
        line("新建学校「%s」（id %d，%d 个班级）：%.1f s", school.name(), school.id(), classIds.size(), secs(t));

        if (directChunk > 0) {
            timeDirect(actor, plan, school.id(), classIds);
            return null;
        }

        // 2. the import file
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = Files.createTempFile("xueji-bench-import-", "." + format);
        Path rosterFile = Files.createTempFile("xueji-bench-roster-", ".csv");
        try {
            t = System.nanoTime();
            List<Person> people = BenchFiles.writeImportFile(plan, format(), file);
            line("写出导入文件 %s（%s，%.1f MiB）：%.1f s", file.getFileName(), format().describe(),
                    Files.size(file) / 1048576.0, secs(t));

            // 3. the import, timed with its phases
            ImportReport report = timeImport(actor, school.id(), file, "学生基础信息-" + stamp + "." + format);
            if (!noFloor && report.storedRows() > 0) {
                timeFloor(file, "学生基础信息-" + stamp + "." + format, school.id());
            }
            if (noRoster || report.storedRows() == 0) {
                return null;
            }

            // 4. the 人籍一致 check of the school
            Set<Integer> notStored = new HashSet<>();
            report.issues().forEach(i -> notStored.add(i.row()));
            if (report.totalRows() - report.storedRows() > notStored.size()) {
                line("注意：问题行超过报告上限，核查名单仍按全部行生成，多出的“籍在人不在”来自未导入的行");
            }
            Roster roster = BenchFiles.writeRoster(plan, people, notStored, rosterFile);
            timeRoster(actor, school, roster, rosterFile, stamp, schoolYear);
        } finally {
            if (keepFiles) {
                line("文件已保留：%s，%s", file, rosterFile);
            } else {
                Files.deleteIfExists(file);
                Files.deleteIfExists(rosterFile);
            }
        }
        line("未清理任何数据（学校、班级、学生、核查活动）：本命令只用于测试数据库");
        return null;
    }

    // ------------------------------------------------------------------ import

    private ImportReport timeImport(Actor actor, long schoolId, Path file, String fileName) throws IOException {
        Map<ImportProgress.Phase, Long> firstSeen = new LinkedHashMap<>();
        long[] lastWrite = {0};
        int[] lastDone = {0};
        long cpu = threadCpu();
        long start = System.nanoTime();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = imports.importStudents(actor, schoolId, fileName, in, ImportMode.VALID_ROWS_ONLY,
                    (phase, done, total) -> {
                        long now = System.nanoTime();
                        if (firstSeen.putIfAbsent(phase, now) == null) {
                            out.printf("  %6.1f s  %s 开始（%d / %d）%n", (now - start) / 1e9, PHASES.get(phase), done, total);
                            out.flush();
                        }
                        if (phase == ImportProgress.Phase.WRITE) {
                            lastWrite[0] = now;
                            lastDone[0] = done;
                        }
                    });
        }
        long end = System.nanoTime();
        double total = (end - start) / 1e9;
        importSeconds = total;
        line("导入（%s，%s）：%s，读取 %d 行，正确 %d 行，写入 %d 行，问题 %d 条", format().describe(),
                ImportMode.VALID_ROWS_ONLY.label(), report.status().label(), report.totalRows(), report.validRows(),
                report.storedRows(), report.issues().size());
        line("  总用时 %.1f s，%.0f 行/秒（目标：10 万行 ≤ 20 s，且不超过下限的 2 倍）；本线程 CPU %.1f s，系统负载 %.1f", total,
                report.totalRows() / total, (threadCpu() - cpu) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Long check = firstSeen.get(ImportProgress.Phase.CHECK);
        Long write = firstSeen.get(ImportProgress.Phase.WRITE);
        if (check != null) {
            line("  读取与逐行检查（含上传暂存）：%.1f s", (check - start) / 1e9);
            long checkEnd = write != null ? write : end;
            line("  跨行检查（重复身份证号、已有学籍、疑似重复）与登记信息：%.1f s", (checkEnd - check) / 1e9);
        }
        if (write != null) {
            line("  写入学籍（registerAll，%d 条）：%.1f s", lastDone[0], (lastWrite[0] - write) / 1e9);
            line("  提交、保存导入报告与审计：%.1f s", (end - lastWrite[0]) / 1e9);
        }
        Map<String, Integer> byMessage = new TreeMap<>();
        for (ImportIssue i : report.issues()) {
            String m = i.message();
            int cut = m.indexOf('「');
            byMessage.merge((i.column() == null ? "" : i.column() + "：") + (cut > 0 ? m.substring(0, cut) + "…" : m),
                    1, Integer::sum);
        }
        byMessage.forEach((m, n) -> line("  问题 ×%d  %s", n, m));
        return report;
    }

    /**
     * Issue 13 item 7: the floor of the same work in the same run, the same file only parsed and
     * the stored rows inserted by plain JDBC into a scratch copy of the table ({@link ImportFloor}).
     */
    private void timeFloor(Path file, String fileName, long schoolId) throws IOException {
        ImportFloor.Figure read = ImportFloor.parse(file, fileName);
        line("下限·读取（同一文件只做流式解析，不做检查）：%d 行，%.1f s", read.rows(), read.seconds());
        try {
            ImportFloor.Figure write = ImportFloor.write(dataSource, schoolId);
            line("下限·写入（导入存下的 %d 行读回后，JDBC 批量插入同列、同 %d 个索引的临时表，一个事务）：%.1f s",
                    write.rows(), write.indexes(), write.seconds());
            double floor = read.seconds() + write.seconds();
            line("下限合计 %.1f s；导入 %.1f s，为下限的 %.1f 倍（目标：≤ 2 倍）；系统负载 %.1f", floor, importSeconds,
                    importSeconds / floor, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } catch (java.sql.SQLException e) {
            line("下限·写入失败：%s", e.getMessage());
        }
    }

    /** Registers the generated students straight through the registry, {@code directChunk} per transaction. */
    private void timeDirect(Actor actor, BenchDistrict plan, long schoolId, Map<String, Long> classIds) {
        List<StudentData> all = new ArrayList<>(plan.rows);
        plan.forEach((person, d) -> {
            if (!person.extra()) {
                all.add(new StudentData(d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.birthPlace(),
                        d.nativePlace(), d.ethnicityCode(), d.nationality(), d.householdAddress(), d.householdType(),
                        d.currentAddress(), java.time.YearMonth.of(plan.schoolYear - (person.grade() - 1), 9),
                        d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(), d.migrant(),
                        d.orphan(), d.martyrChild(), d.inclusion(), d.disability(), schoolId,
                        classIds.get(person.grade() + "/" + person.classNumber()), d.guardians()));
            }
        });
        long cpu = threadCpu();
        long start = System.nanoTime();
        int stored = 0;
        for (int from = 0; from < all.size(); from += directChunk) {
            stored += students.registerAll(actor, all.subList(from, Math.min(all.size(), from + directChunk)));
        }
        double total = (System.nanoTime() - start) / 1e9;
        line("直接登记（StudentService.registerAll，每个事务 %d 条）：%d 条，%.1f s，%.0f 条/秒；本线程 CPU %.1f s，系统负载 %.1f",
                directChunk, stored, total, stored / total, (threadCpu() - cpu) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    // ------------------------------------------------------------------ roster

    private void timeRoster(Actor actor, School school, Roster roster, Path rosterFile, String stamp,
                            int schoolYear) throws IOException {
        VerificationCampaign campaign = verification.openCampaign(actor, new NewVerificationCampaign(schoolYear,
                LocalDate.now().getMonthValue() >= 9 || LocalDate.now().getMonthValue() < 2 ? 1 : 2,
                "性能测试 " + stamp, LocalDate.now().plusDays(30)));
        SchoolVerification v = verification.forSchool(actor, campaign.id(), school.id());
        long cpu = threadCpu();
        long start = System.nanoTime();
        SchoolVerification after;
        try (InputStream in = Files.newInputStream(rosterFile)) {
            after = verification.uploadRoster(actor, v.id(), "人籍一致名单-" + stamp + ".csv", in);
        } catch (FileRejectedException e) {
            line("名单被拒绝：%s；前几条：%s", e.getMessage(), e.issues().subList(0, Math.min(5, e.issues().size())));
            return;
        }
        double total = (System.nanoTime() - start) / 1e9;
        line("人籍一致核查（上传名单 %d 行 → 读取、取学籍、比对、保存发现）：%.2f s（目标 ≤ 10 s）；本线程 CPU %.1f s",
                roster.entries().size(), total, (threadCpu() - cpu) / 1e9);
        line("  名单 %d 人，学籍 %d 条，发现 %d 条", after.rosterSize(), after.recordCount(), after.discrepancies());

        // the parts that can be timed from outside, on the same data
        long t = System.nanoTime();
        List<StudentSummary> records = students.schoolRoster(actor, school.id());
        double fetch = secs(t);
        List<RegistryEntry> entries = registryEntries(records);
        t = System.nanoTime();
        List<Finding> findings = RosterComparison.compare(roster.entries(), entries);
        double compare = secs(t);
        line("  其中（单独再测）：取学校全部学籍 %.2f s，比对 %.2f s；余下约 %.2f s 为读取名单文件、保存发现与审计",
                fetch, compare, Math.max(0, total - fetch - compare));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("籍在人不在", roster.missing());
        expected.put("人在籍不在", roster.extra());
        expected.put("信息不一致/class", roster.wrongClass());
        Map<String, Integer> found = new TreeMap<>();
        for (Discrepancy d : verification.discrepancies(actor, v.id())) {
            found.merge(d.kind().label() + (d.field() == null ? "" : "/" + d.field()), 1, Integer::sum);
        }
        line("  发现按类别（故意设置的差异：%s）：%s", expected, found);
        line("  内存比对结果 %d 条（应与上面相同）", findings.size());
    }

    private static List<RegistryEntry> registryEntries(List<StudentSummary> records) {
        List<RegistryEntry> result = new ArrayList<>(records.size());
        for (StudentSummary s : records) {
            result.add(new RegistryEntry(s.id(), s.registryNumber(), s.name(), s.idNumber(), s.gradeLevel(),
                    classNumberOf(s.className())));
        }
        return result;
    }

    /** "三年级(2)班" → 2. */
    private static Integer classNumberOf(String className) {
        if (className == null) {
            return null;
        }
        int open = className.lastIndexOf('(');
        int close = className.lastIndexOf(')');
        return open < 0 || close <= open ? null : Integer.valueOf(className.substring(open + 1, close));
    }

    // ------------------------------------------------------------------ compare only

    private void compareOnly(int schoolYear) {
        DemoDistrictGenerator generator = new DemoDistrictGenerator(seed, schoolYear, 0);
        BenchDistrict plan = new BenchDistrict(generator, rows, differences, schoolYear);
        long t = System.nanoTime();
        List<Person> people = new ArrayList<>(rows);
        List<RegistryEntry> records = new ArrayList<>(rows);
        plan.forEach((person, data) -> {
            people.add(person);
            if (!person.extra()) {
                records.add(new RegistryEntry(records.size() + 1L, null, person.name(), person.idNumber(), person.grade(),
                        person.classNumber()));
            }
        });
        Roster roster = BenchFiles.roster(plan, people, Set.of());
        line("内存中生成学籍 %d 条、名单 %d 行：%.1f s", records.size(), roster.entries().size(), secs(t));
        long[] nanos = new long[7];
        int findings = 0;
        for (int i = 0; i < nanos.length; i++) {
            long s = System.nanoTime();
            findings = RosterComparison.compare(roster.entries(), records).size();
            nanos[i] = System.nanoTime() - s;
        }
        long[] timed = Arrays.copyOfRange(nanos, 2, nanos.length); // the first two warm the JIT
        Arrays.sort(timed);
        line("RosterComparison.compare（%d 行 × %d 条，%d 条发现）：首次 %.0f ms；预热后 %d 次 中位 %.0f ms，最快 %.0f ms，"
                + "最慢 %.0f ms", roster.entries().size(), records.size(), findings, nanos[0] / 1e6, timed.length,
                timed[timed.length / 2] / 1e6, timed[0] / 1e6, timed[timed.length - 1] / 1e6);
        line("故意设置的差异：缺少 %d、多出 %d、班级不符 %d", roster.missing(), roster.extra(), roster.wrongClass());
    }

    /** First generator batch (ID number range) none of whose probe numbers is registered. */
    private int freeBatch(Actor actor, int schoolYear) {
        for (int b = 0; b < DemoDistrictGenerator.batchCount(); b++) {
            DemoDistrictGenerator g = new DemoDistrictGenerator(seed, schoolYear, b);
            if (g.probeIdNumbers(PROBES_PER_GRADE).stream()
                    .noneMatch(id -> students.findByIdNumber(actor, id).isPresent())) {
                return b;
            }
        }
        throw new IllegalStateException("所有 " + DemoDistrictGenerator.batchCount()
                + " 个演示身份证号批次都已使用；请换一个测试数据库");
    }

    private School createSchool(Actor actor, BenchDistrict plan) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        School school = schools.createSchool(actor, new SchoolData("BENCH" + stamp, "性能测试学校" + stamp,
                SchoolType.NINE_YEAR, "麓谷街道", List.of("麓谷社区"), true, "长沙市岳麓区麓谷大道1号（测试数据）", null));
        for (int g = 1; g <= 9; g++) {
            int capacity = Math.min(100, Math.max(BenchDistrict.CLASS_SIZE, plan.perClass[g]));
            for (int n = 1; n <= plan.classes[g]; n++) {
                schools.createClass(actor, school.id(), new ClassData(g, n, plan.schoolYear - (g - 1), capacity, null));
            }
        }
        return school;
    }

    private BenchFiles.Format format() {
        return new BenchFiles.Format(format.equals("csv"), inlineStrings);
    }

    private void line(String pattern, Object... args) {
        out.println(String.format(pattern, args));
        out.flush();
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
