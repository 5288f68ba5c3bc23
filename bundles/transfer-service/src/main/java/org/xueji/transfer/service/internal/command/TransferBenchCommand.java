package org.xueji.transfer.service.internal.command;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.StudyMode;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.IncomingTransfer;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferService;

/**
 * Benchmark (issue 14): N transfers within the district submitted and decided through the services —
 * receiving principal, sending school, then the district, whose approval moves the record — on the
 * installed district. Prints throughput and the p50/p95 of each decision step, and the p50/p95 of the
 * 待办 inbox query of a district decider with N steps pending; with {@code --incoming M} also M transfers
 * in from outside the district through every step. Figures only, nothing asserted; it
 * changes the registry (records move between schools): run it on a bench database.
 */
@Service
@Command(scope = "xueji", name = "bench-transfers",
        description = "学籍异动基准测试：提交并逐级审批 N 个区内转学，打印吞吐量、各步审批 p95 与区级待办查询 p95（会改变学籍，仅用于测试库）")
public class TransferBenchCommand implements Action {

    private static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Option(name = "--count", description = "转学数量，默认 10000")
    int count = 10_000;

    @Option(name = "--inbox-queries", description = "区级待办查询次数，默认 20")
    int inboxQueries = 20;

    @Option(name = "--inbox-page", description = "待办每页条数（控制台与 xueji:pending 的分页），默认 50")
    int inboxPage = 50;

    @Option(name = "--skip-district", description = "不做区级审批：保留区级待办（再次测量待办查询用 --count 0）")
    boolean skipDistrict;

    @Option(name = "--seed", description = "随机种子")
    long seed = 14;

    @Option(name = "--incoming", description = "另测外区/外省转入数量（录入学籍、接收校长、登记转出地回执、区级审批建籍），默认 0")
    int incoming;

    @Reference
    TransferService transfers;

    @Reference
    SchoolService schools;

    @Reference
    StudentService students;

    @Reference
    WorkflowService workflow;

    @Reference
    PlatformClock clock;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        ShellActors.of(session, accounts).require(Permission.ADMINISTER_SYSTEM);
        Actor submitter = Actor.system("bench-transfers");
        Actor districtDecider = Actor.of("bench-leader", "基准测试区领导", Role.DISTRICT_LEADER, null, Set.of(), "bench");
        Random random = new Random(seed);
        LocalDate today = clock.today();

        // the district's open classes by school and grade
        List<School> all = new ArrayList<>(schools.listSchools(submitter));
        Map<Long, Map<Integer, List<SchoolClass>>> classes = new HashMap<>();
        for (School s : all) {
            Map<Integer, List<SchoolClass>> byGrade = new HashMap<>();
            for (SchoolClass c : schools.listClasses(submitter, s.id())) {
                byGrade.computeIfAbsent(c.gradeLevel(), g -> new ArrayList<>()).add(c);
            }
            classes.put(s.id(), byGrade);
        }
        System.out.printf("区内学校 %d 所；目标 %d 个转学%n", all.size(), count);

        // submit: students of a random school, each to a class of its grade in another random school
        List<ChangeRequest> submitted = new ArrayList<>();
        List<Long> submitNanos = new ArrayList<>();
        int refused = 0;
        long start = System.nanoTime();
        Map<Long, Integer> offsets = new HashMap<>();
        int rounds = 0;
        while (submitted.size() < count && rounds++ < count * 4 + 100) {
            School from = all.get(random.nextInt(all.size()));
            int offset = offsets.merge(from.id(), 50, Integer::sum) - 50;
            List<StudentSummary> page = students.search(submitter,
                    StudentQuery.all().withSchool(from.id()).withActiveOnly(true), offset, 50);
            for (StudentSummary st : page) {
                if (submitted.size() >= count || st.classId() == null || st.gradeLevel() == null) {
                    continue;
                }
                School to = all.get(random.nextInt(all.size()));
                List<SchoolClass> targets = classes.get(to.id()).getOrDefault(st.gradeLevel(), List.of());
                if (to.id() == from.id() || targets.isEmpty()) {
                    continue;
                }
                SchoolClass target = targets.get(random.nextInt(targets.size()));
                long t0 = System.nanoTime();
                try {
                    submitted.add(transfers.submit(submitter, NewChange.transfer(st.id(), to.id(), target.id(),
                            st.gradeLevel(), today, "基准测试", evidence())));
                    submitNanos.add(System.nanoTime() - t0);
                } catch (DomainException blocked) {
                    refused++; // R8/R15/pending: the checks at work; another student is taken
                }
            }
        }
        report("提交 submit", submitNanos, System.nanoTime() - start);
        System.out.printf("被自动检查拦下 %d 个（R8/R15/在途异动）%n", refused);

        List<Long> receiving = decideAll(submitted, c -> principal(c.toSchoolId()), "接收校长 receiving principal");
        List<Long> sending = decideAll(submitted, c -> principal(c.fromSchoolId()), "转出学校 sending school");

        // the 待办 inbox of a district decider with every district step pending: the first page as the
        // console and the shell read it (page + count), and the whole inbox unpaged for comparison
        List<Long> inbox = new ArrayList<>();
        List<Long> unpaged = new ArrayList<>();
        int rows = 0;
        int unpagedRows = 0;
        for (int i = 0; i < inboxQueries; i++) {
            long t0 = System.nanoTime();
            rows = workflow.countInbox(districtDecider, PendingFilter.ALL);
            workflow.inbox(districtDecider, PendingFilter.ALL, 0, inboxPage);
            inbox.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            unpagedRows = workflow.inbox(districtDecider, PendingFilter.ALL).size();
            unpaged.add(System.nanoTime() - t0);
        }
        System.out.printf("区级待办 %d 条：首页 %d 条 + 计数 查询 p50 %.1f ms，p95 %.1f ms（%d 次；目标 ≤ 100 ms）%n", rows,
                inboxPage, percentile(inbox, 50), percentile(inbox, 95), inboxQueries);
        System.out.printf("  不分页读取全部 %d 条：p50 %.1f ms，p95 %.1f ms%n", unpagedRows, percentile(unpaged, 50),
                percentile(unpaged, 95));
        if (skipDistrict) {
            System.out.printf("共 %d 个转学，区级审批未做（--skip-district：%d 个区级待办保留）%n", submitted.size(), rows);
        } else {
            List<Long> district = decideAll(submitted, c -> districtDecider, "区级审批（学籍迁移）district + record move");
            System.out.printf("共 %d 个转学，%d 次审批%n", submitted.size(),
                    receiving.size() + sending.size() + district.size());
        }
        if (incoming > 0) {
            transfersIn(submitter, districtDecider, all, classes, random, today);
        }
        return null;
    }

    /**
     * Transfers in from outside the district: the record entered from a printed form (synthetic values,
     * resident ID numbers of another province's area code with valid check digits, so D1 never meets a
     * district record), the receiving principal, the sending side's reply recorded, then the district,
     * whose approval creates the record in the class.
     */
    private void transfersIn(Actor submitter, Actor districtDecider, List<School> all,
                             Map<Long, Map<Integer, List<SchoolClass>>> classes, Random random, LocalDate today) {
        List<ChangeRequest> submitted = new ArrayList<>();
        List<Long> submitNanos = new ArrayList<>();
        int refused = 0;
        int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        long start = System.nanoTime();
        for (int i = 0; i < incoming * 4 + 100 && submitted.size() < incoming; i++) {
            School to = all.get(random.nextInt(all.size()));
            List<Integer> grades = new ArrayList<>(classes.get(to.id()).keySet());
            if (grades.isEmpty()) {
                continue;
            }
            int grade = grades.get(random.nextInt(grades.size()));
            List<SchoolClass> targets = classes.get(to.id()).get(grade);
            SchoolClass target = targets.get(random.nextInt(targets.size()));
            // one birth date per 999 children, each with its own sequence: no two share an ID number
            LocalDate birth = LocalDate.of(schoolYear - 6 - grade, 9, 1).plusDays(seed + i / 999);
            ChineseIdNumber id = ChineseIdNumber.of("440106", birth, 1 + i % 999);
            StudentData record = new StudentData("基准转入" + (i + 1), id.sex(), birth, IdDocumentType.RESIDENT_ID,
                    id.value(), "广州市", "广州市", "01", "CHN", "广州市天河区", HouseholdType.NON_AGRICULTURAL,
                    "本区", YearMonth.of(schoolYear - grade + 1, 9), EntryWay.NEARBY, StudyMode.DAY, false, true,
                    LeftBehindStatus.NONE, true, false, false, false, DisabilityType.NONE, null, null,
                    List.of(new Guardian("家长", "父亲", "13800000000", null)));
            long t0 = System.nanoTime();
            try {
                submitted.add(transfers.submitTransferIn(submitter, new IncomingTransfer(record, grade, to.id(),
                        target.id(), today, "基准测试", "广东省广州市天河区某学校", true, null, evidence())));
                submitNanos.add(System.nanoTime() - t0);
            } catch (DomainException blocked) {
                refused++; // R8/R15: the checks at work; another school is taken
            }
        }
        report("转入提交 transfer-in submit", submitNanos, System.nanoTime() - start);
        System.out.printf("被自动检查拦下 %d 个（R8/R15）%n", refused);
        decideAll(submitted, c -> principal(c.toSchoolId()), "转入 接收校长 receiving principal");
        List<Long> replyNanos = new ArrayList<>();
        start = System.nanoTime();
        for (ChangeRequest c : submitted) {
            long t0 = System.nanoTime();
            transfers.recordReply(submitter, c.id(), true, "转出地回执：同意");
            replyNanos.add(System.nanoTime() - t0);
        }
        report("转入 登记转出地回执 reply recorded", replyNanos, System.nanoTime() - start);
        if (!skipDistrict) {
            decideAll(submitted, c -> districtDecider, "转入 区级审批（建籍）district + record created");
        }
    }

    private static List<EvidenceUpload> evidence() {
        return List.of(new EvidenceUpload(EvidenceCategory.HOUSEHOLD, "hukou.pdf", PDF),
                new EvidenceUpload(EvidenceCategory.REGISTRATION_FORM, "form.pdf", PDF),
                new EvidenceUpload(EvidenceCategory.ADMISSION_CONDITIONS, "cond.pdf", PDF));
    }

    private static Actor principal(Long schoolId) {
        return Actor.of("bench-principal-" + schoolId, "基准测试校长", Role.PRINCIPAL, schoolId, Set.of(), "bench");
    }

    private List<Long> decideAll(List<ChangeRequest> changes, java.util.function.Function<ChangeRequest, Actor> decider,
                                 String label) {
        List<Long> nanos = new ArrayList<>();
        int failed = 0;
        long start = System.nanoTime();
        for (ChangeRequest c : changes) {
            long t0 = System.nanoTime();
            try {
                transfers.decide(decider.apply(c), c.id(), Decision.APPROVE, "同意");
                nanos.add(System.nanoTime() - t0);
            } catch (DomainException e) {
                failed++; // e.g. the class filled meanwhile (R15 at the move): the decision rolls back
            }
        }
        report(label, nanos, System.nanoTime() - start);
        if (failed > 0) {
            System.out.printf("  未通过 %d 个（例如目标班级已满，R15）%n", failed);
        }
        return nanos;
    }

    private static void report(String label, List<Long> nanos, long wallNanos) {
        double seconds = wallNanos / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d 次，%.1f s，%.1f 次/s；每次 p50 %.1f ms，p95 %.1f ms%n", label,
                nanos.size(), seconds, nanos.size() / Math.max(seconds, 1e-9), percentile(nanos, 50),
                percentile(nanos, 95));
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(Long::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
