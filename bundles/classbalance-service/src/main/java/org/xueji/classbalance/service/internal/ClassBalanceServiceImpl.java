package org.xueji.classbalance.service.internal;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.ClassBalanceMessages;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.ClassMonitorRow;
import org.xueji.classbalance.api.FileBalance;
import org.xueji.classbalance.api.HeadTeacherDraw;
import org.xueji.classbalance.api.HeadTeacherVerification;
import org.xueji.classbalance.api.NewHeadTeacherDraw;
import org.xueji.classbalance.api.ResultExport;
import org.xueji.classbalance.api.NewRun;
import org.xueji.classbalance.api.PublishedPlacement;
import org.xueji.classbalance.api.RunStatus;
import org.xueji.classbalance.api.RunVerification;
import org.xueji.classbalance.api.StudentExtras;
import org.xueji.classbalance.api.balance.BalanceCsv;
import org.xueji.classbalance.api.balance.BalanceInput;
import org.xueji.classbalance.api.balance.BalanceProblem;
import org.xueji.classbalance.api.balance.BalanceResult;
import org.xueji.classbalance.api.balance.BalanceStudent;
import org.xueji.classbalance.api.balance.ClassBalancer;
import org.xueji.classbalance.service.internal.entity.RunEntity;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.NameMask;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowSubject;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.placement.ClassPlacement;
import org.xueji.registry.api.placement.IntakeStudent;

/**
 * Class balancing runs (R14, R15): permission and school scope first, then the work, with the audit
 * row in the same transaction. The confirmation itself is {@link ConfirmationHandler}'s.
 */
@Component(service = ClassBalanceService.class)
public class ClassBalanceServiceImpl implements ClassBalanceService {

    static final String REQUEST_TYPE = "class-balance";
    static final String STEP = "principal-confirmation";
    /** Flags from the registry record, spread evenly. */
    static final String LEFT_BEHIND = "留守";
    static final String MIGRANT = "随迁";
    static final String INCLUSION = "残疾/随班就读";
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final ModuleSupport support;
    private final ClassPlacement placement;
    private final WorkflowSubmission submission;
    private final SchoolService schools;
    private final SecureRandom seeds = new SecureRandom();

    /** Teacher accounts for the head-teacher draw; the field is set by DS (mandatory) or by tests. */
    @Reference
    AccountService accounts;
    /** R4: the data release an export with names needs. */
    @Reference
    DataReleaseService releases;

    /** The ledger, when installed: R16 entries for classes over the cap. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile LedgerService ledger;

    @Activate
    public ClassBalanceServiceImpl(@Reference(target = "(osgi.unit.name=xueji-classbalance)") EntityManagerFactory emf,
                                   @Reference AuditTrail audit, @Reference AuditService auditService,
                                   @Reference PlatformClock clock, @Reference ClassPlacement placement,
                                   @Reference WorkflowSubmission submission, @Reference SchoolService schools) {
        this(new ModuleSupport(emf, audit, auditService, clock), placement, submission, schools);
    }

    ClassBalanceServiceImpl(ModuleSupport support, ClassPlacement placement, WorkflowSubmission submission,
                            SchoolService schools) {
        this.support = support;
        this.placement = placement;
        this.submission = submission;
        this.schools = schools;
    }

    @Override
    public BalanceRun propose(Actor actor, NewRun run) {
        return support.guard(actor, ClassBalanceAuditActions.PROPOSE, "school", run.schoolId(), () -> {
            actor.require(Permission.BALANCE_CLASSES);
            actor.requireSchool(run.schoolId());
            if (!Grades.isStartingGrade(run.grade())) {
                throw new DomainException(ClassBalanceMessages.NOT_STARTING_GRADE, run.grade());
            }
            List<IntakeStudent> intake = placement.intake(actor, run.schoolId(), run.grade(), run.schoolYear());
            if (intake.isEmpty()) {
                throw new DomainException(ClassBalanceMessages.NO_INTAKE);
            }
            int existing = placement.classes(actor, run.schoolId(), run.grade(), run.schoolYear()).size();
            if (run.classes() > existing) {
                throw new DomainException(ClassBalanceMessages.CLASSES_NOT_IN_REGISTRY, run.classes(), existing);
            }
            long seed = run.seed() != null ? run.seed() : seeds.nextLong() >>> 1;
            BalanceInput input = new BalanceInput(students(intake, run.extras()), BalanceCsv.SUBJECTS, run.classes(),
                    run.cap(), seed);
            BalanceProblem problem = BalanceProblem.of(input);
            long iterations = ClassBalancer.defaultIterations(problem.students());
            BalanceResult result = ClassBalancer.balance(problem, iterations);
            RunEntity e = new RunEntity();
            e.schoolId = run.schoolId();
            e.grade = run.grade();
            e.schoolYear = run.schoolYear();
            e.classes = run.classes();
            e.cap = run.cap();
            e.seed = seed;
            e.iterations = iterations;
            e.status = RunStatus.PROPOSED.name();
            e.inputText = RunCodec.input(input, iterations);
            e.resultText = RunCodec.result(input, result);
            e.proposedBy = actor.username();
            e.proposedAt = support.now();
            RunEntity stored = support.change(em -> {
                em.persist(e);
                em.flush();
                return e;
            }, s -> event(actor, ClassBalanceAuditActions.PROPOSE, s));
            return RunViews.of(stored, true);
        });
    }

    /** The input in intake order (by registry id); record flags, then the run's marks and groups. */
    private static List<BalanceStudent> students(List<IntakeStudent> intake, List<StudentExtras> extras) {
        Map<Long, StudentExtras> byId = new HashMap<>();
        Set<Long> known = new TreeSet<>();
        intake.forEach(s -> known.add(s.studentId()));
        for (StudentExtras x : extras) {
            if (!known.contains(x.studentId())) {
                throw new DomainException(ClassBalanceMessages.EXTRAS_UNKNOWN_STUDENT, x.studentId());
            }
            byId.put(x.studentId(), x);
        }
        List<BalanceStudent> result = new ArrayList<>();
        for (IntakeStudent s : intake) {
            StudentExtras x = byId.get(s.studentId());
            Set<String> flags = new TreeSet<>();
            if (s.leftBehind()) {
                flags.add(LEFT_BEHIND);
            }
            if (s.migrant()) {
                flags.add(MIGRANT);
            }
            if (s.inclusion()) {
                flags.add(INCLUSION);
            }
            if (x != null) {
                x.marks().forEach(m -> flags.add(RunCodec.clean(m)));
            }
            result.add(new BalanceStudent(String.valueOf(s.studentId()), RunCodec.clean(s.name()), s.male(),
                    x == null ? null : x.total(), x == null ? java.util.Arrays.asList(null, null, null) : x.subjects(), flags,
                    x == null ? null : RunCodec.clean(x.together()), x == null ? null : RunCodec.clean(x.apart())));
        }
        return result;
    }

    @Override
    public BalanceRun rerun(Actor actor, long runId, long seed) {
        return support.guard(actor, ClassBalanceAuditActions.RERUN, "balance-run", runId, () -> {
            actor.require(Permission.BALANCE_CLASSES);
            RunEntity stored = support.change(em -> {
                RunEntity e = load(em, actor, runId);
                requireProposed(e);
                BalanceInput old = RunCodec.parseInput(e.inputText);
                BalanceInput input = new BalanceInput(old.students(), old.subjects(), old.classes(), old.cap(), seed);
                BalanceResult result = ClassBalancer.balance(BalanceProblem.of(input), e.iterations);
                e.seed = seed;
                e.inputText = RunCodec.input(input, e.iterations);
                e.resultText = RunCodec.result(input, result);
                return e;
            }, e -> event(actor, ClassBalanceAuditActions.RERUN, e));
            return RunViews.of(stored, true);
        });
    }

    @Override
    public BalanceRun run(Actor actor, long runId) {
        return support.guard(actor, ClassBalanceAuditActions.VIEW, "balance-run", runId, () -> {
            requireReader(actor);
            return RunViews.of(support.transactions().read(em -> load(em, actor, runId)), true);
        });
    }

    @Override
    public List<BalanceRun> runs(Actor actor, long schoolId) {
        return support.guard(actor, ClassBalanceAuditActions.VIEW, "school", schoolId, () -> {
            requireReader(actor);
            actor.requireSchool(schoolId);
            return support.transactions().read(em -> em.createQuery(
                            "select r from BalanceRun r where r.schoolId = :s order by r.id desc", RunEntity.class)
                    .setParameter("s", schoolId).setMaxResults(50).getResultList())
                    .stream().map(e -> RunViews.of(e, false)).toList();
        });
    }

    @Override
    public BalanceRun submit(Actor actor, long runId) {
        return support.guard(actor, ClassBalanceAuditActions.SUBMIT, "balance-run", runId, () -> {
            actor.require(Permission.BALANCE_CLASSES);
            RunEntity stored = support.change(em -> {
                RunEntity e = load(em, actor, runId);
                requireProposed(e);
                WorkflowRequest request = submission.submit(em, actor, new NewWorkflowRequest(REQUEST_TYPE,
                        String.valueOf(e.id), WorkflowSubject.of(e.schoolId, e.grade, e.id), e.schoolId));
                e.status = RunStatus.SUBMITTED.name();
                e.workflowRequestId = request.id();
                return e;
            }, e -> event(actor, ClassBalanceAuditActions.SUBMIT, e));
            return RunViews.of(stored, true);
        });
    }

    @Override
    public RunVerification verify(Actor actor, long runId) {
        return support.guard(actor, ClassBalanceAuditActions.VERIFY, "balance-run", runId, () -> {
            requireReader(actor);
            RunEntity e = support.transactions().read(em -> load(em, actor, runId));
            BalanceInput input = RunCodec.parseInput(e.inputText);
            BalanceResult again = ClassBalancer.balance(BalanceProblem.of(input), RunCodec.iterations(e.inputText));
            String resultText = RunCodec.result(input, again);
            RunVerification v = new RunVerification(e.id, e.hash, RunCodec.hash(e.inputText, resultText),
                    resultText.equals(e.resultText));
            support.change(em -> v, x -> event(actor, ClassBalanceAuditActions.VERIFY, e)
                    .withChanges(Map.of("matches", x.matches())));
            return v;
        });
    }

    @Override
    public List<PublishedPlacement> publication(Actor actor, long runId) {
        return support.guard(actor, ClassBalanceAuditActions.PUBLISH, "balance-run", runId, () -> {
            requireReader(actor);
            RunEntity e = support.change(em -> load(em, actor, runId),
                    x -> event(actor, ClassBalanceAuditActions.PUBLISH, x));
            if (!RunStatus.CONFIRMED.name().equals(e.status)) {
                throw new DomainException(ClassBalanceMessages.NOT_CONFIRMED, e.id);
            }
            return RunViews.of(e, true).placements().stream()
                    .map(p -> new PublishedPlacement(p.classNumber(), NameMask.name(p.name())))
                    .sorted(Comparator.comparingInt(PublishedPlacement::classNumber)
                            .thenComparing(PublishedPlacement::maskedName))
                    .toList();
        });
    }

    @Override
    public List<StudentExtras> readScores(Actor actor, byte[] sheet, String fileName) {
        return support.guard(actor, "classbalance.scores", "file", null, () -> {
            actor.require(Permission.BALANCE_CLASSES);
            return ScoreSheet.read(new ByteArrayInputStream(sheet), fileName);
        });
    }

    @Override
    public FileBalance balanceFile(Actor actor, byte[] csv, int classes, int cap, long seed) {
        return support.guard(actor, "classbalance.file", "file", null, () -> {
            actor.require(Permission.BALANCE_CLASSES);
            if (csv.length > MAX_FILE_BYTES) {
                throw new DomainException(ClassBalanceMessages.FILE_TOO_LARGE, MAX_FILE_BYTES);
            }
            List<BalanceStudent> students = BalanceCsv.read(csv);
            BalanceResult result = ClassBalancer.balance(new BalanceInput(students, BalanceCsv.SUBJECTS, classes, cap, seed));
            return new FileBalance(students.stream().map(BalanceStudent::id).toList(), result);
        });
    }

    @Override
    public List<ClassMonitorRow> monitor(Actor actor, Long schoolId, Integer grade) {
        return support.guard(actor, "classbalance.monitor", "school", schoolId, () -> {
            if (!actor.has(Permission.BALANCE_CLASSES)) {
                actor.require(Permission.VIEW_LEDGER);
            }
            if (schoolId != null) {
                actor.requireSchool(schoolId);
            } else if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
            }
            List<ClassMonitorRow> rows = OverCapIncidents.rows(schools.classSizes(actor, schoolId, grade));
            OverCapIncidents.post(ledger, actor, support.today(), rows);
            return rows;
        });
    }

    @Override
    public HeadTeacherDraw drawHeadTeachers(Actor actor, long runId, NewHeadTeacherDraw draw) {
        return support.guard(actor, ClassBalanceAuditActions.HEAD_TEACHERS, "balance-run", runId, () -> {
            requireReader(actor);
            return new HeadTeacherDraws(support, placement).draw(actor, runId, draw, this::teacherAccount);
        });
    }

    /** A user name's account as an actor, empty when unknown or disabled. */
    private java.util.Optional<Actor> teacherAccount(String username) {
        try {
            return java.util.Optional.ofNullable(accounts.actorFor(username, "classbalance"));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public java.util.Optional<HeadTeacherDraw> headTeachers(Actor actor, long runId) {
        return support.guard(actor, ClassBalanceAuditActions.VIEW, "balance-run", runId, () -> {
            requireReader(actor);
            return support.transactions().read(em -> {
                load(em, actor, runId);
                return HeadTeacherDraws.find(em, runId);
            });
        });
    }

    @Override
    public HeadTeacherVerification verifyHeadTeachers(Actor actor, long runId) {
        return support.guard(actor, ClassBalanceAuditActions.VERIFY, "balance-run", runId, () -> {
            requireReader(actor);
            RunEntity e = support.transactions().read(em -> load(em, actor, runId));
            HeadTeacherDraw draw = support.transactions().read(em -> HeadTeacherDraws.find(em, runId))
                    .orElseThrow(() -> new DomainException(ClassBalanceMessages.NO_HEAD_TEACHER_DRAW, runId));
            HeadTeacherVerification v = HeadTeacherDraws.verify(draw);
            support.change(em -> v, x -> AuditEvent.of(actor, ClassBalanceAuditActions.VERIFY, "balance-run", e.id,
                    e.schoolId).withChanges(Map.of("headTeachersMatch", x.matches())));
            return v;
        });
    }

    @Override
    public ResultExport exportResult(Actor actor, long runId, long releaseId, Locale language) {
        return support.guard(actor, ClassBalanceAuditActions.EXPORT, "balance-run", runId, () -> {
            actor.require(Permission.EXPORT_DATA);
            return new ResultExports(support).export(actor, runId, releaseId, releases, language);
        });
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Permission.BALANCE_CLASSES)) {
            actor.require(Permission.APPROVE_CHANGE);
        }
    }

    static RunEntity load(EntityManager em, Actor actor, long runId) {
        RunEntity e = em.find(RunEntity.class, runId);
        if (e == null) {
            throw new NotFoundException(ClassBalanceMessages.RUN_NOT_FOUND, String.valueOf(runId));
        }
        actor.requireSchool(e.schoolId);
        return e;
    }

    private static void requireProposed(RunEntity e) {
        if (!RunStatus.PROPOSED.name().equals(e.status)) {
            throw new DomainException(ClassBalanceMessages.RUN_LOCKED, e.id, RunStatus.valueOf(e.status));
        }
    }

    static AuditEvent event(Actor actor, String action, RunEntity e) {
        return AuditEvent.of(actor, action, "balance-run", e.id, e.schoolId).withChanges(Map.of(
                "grade", e.grade, "classes", e.classes, "cap", e.cap, "seed", e.seed, "status", e.status));
    }
}
