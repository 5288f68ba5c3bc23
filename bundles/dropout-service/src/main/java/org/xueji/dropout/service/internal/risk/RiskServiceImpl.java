package org.xueji.dropout.service.internal.risk;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.risk.DisciplineKind;
import org.xueji.dropout.api.risk.GradesResult;
import org.xueji.dropout.api.risk.RiskIndicator;
import org.xueji.dropout.api.risk.RiskMessages;
import org.xueji.dropout.api.risk.RiskService;
import org.xueji.dropout.api.risk.RiskSummary;
import org.xueji.dropout.api.risk.RiskWeights;
import org.xueji.dropout.api.risk.StudentRisk;
import org.xueji.dropout.service.internal.Entries;
import org.xueji.dropout.service.internal.EntryRules;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.followup.AtRiskSource;
import org.xueji.registry.api.risk.RegistryRiskFacts;
import org.xueji.registry.api.risk.StudentRiskFacts;

/**
 * Early warning (issue 10 item 7): permission and scope first (VIEW_DROPOUT to read,
 * RECORD_DROPOUT to write; {@code Actor.requireSchool}/{@code requireScope}, so area-scoped
 * accounts are refused), then the registry's facts with the imported figures of the term, scored
 * by {@link RiskScoring}. Confirming goes through the ledger's one-open-entry-per-child path.
 * Audit rows carry ids, counts, scores and indicator names, never names or ID numbers.
 */
@Component(service = RiskService.class, configurationPid = RiskConfig.PID)
public class RiskServiceImpl implements RiskService {

    private static final Logger LOG = LoggerFactory.getLogger(RiskServiceImpl.class);
    static final String TARGET = "student";

    private final ModuleSupport support;
    private final RegistryRiskFacts registry;
    private final SchoolService schools;
    private final SchoolYearService years;
    private final Entries entries;
    private volatile RiskWeights weights;

    @Activate
    public RiskServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                           @Reference AuditTrail audit, @Reference AuditService auditService,
                           @Reference PlatformClock clock, @Reference RegistryRiskFacts registry,
                           @Reference SchoolService schools, @Reference SchoolYearService years,
                           @Reference StudentService students, Map<String, Object> properties) {
        this(new ModuleSupport(emf, audit, auditService, clock), registry, schools, years, students,
                RiskConfig.from(properties, LOG::warn));
    }

    public RiskServiceImpl(ModuleSupport support, RegistryRiskFacts registry, SchoolService schools,
                           SchoolYearService years, StudentService students, RiskWeights weights) {
        this.support = support;
        this.registry = registry;
        this.schools = schools;
        this.years = years;
        this.entries = new Entries(support, students);
        this.weights = weights;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        weights = RiskConfig.from(properties, LOG::warn);
    }

    @Override
    public RiskWeights weights(Actor actor) {
        actor.require(Permission.VIEW_DROPOUT);
        return weights;
    }

    @Override
    public List<StudentRisk> atRisk(Actor actor, long schoolId, int top) {
        return support.guard(actor, "dropout.risk.list", "school", schoolId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            actor.requireSchool(schoolId);
            RiskWeights w = weights;
            Term term = term();
            return support.transactions().inTransaction(em -> {
                List<StudentRisk> listed = scoreSchool(em, actor, schoolId, w, term).stream()
                        .filter(r -> r.score() >= w.threshold())
                        .sorted(Comparator.comparingInt(StudentRisk::score).reversed()
                                .thenComparing(StudentRisk::studentId))
                        .limit(top > 0 ? top : Long.MAX_VALUE).toList();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("threshold", w.threshold());
                details.put("listed", listed.size());
                support.audit(em, AuditEvent.of(actor, "dropout.risk.list", "school", schoolId, schoolId)
                        .withChanges(details));
                return listed;
            });
        });
    }

    @Override
    public RiskSummary summary(Actor actor, long schoolId) {
        return support.guard(actor, "dropout.risk.list", "school", schoolId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            actor.requireSchool(schoolId);
            RiskWeights w = weights;
            Term term = term();
            return support.transactions().read(em -> {
                List<StudentRisk> all = scoreSchool(em, actor, schoolId, w, term);
                Map<RiskIndicator, Integer> per = new EnumMap<>(RiskIndicator.class);
                all.forEach(r -> r.indicators().forEach(i -> per.merge(i, 1, Integer::sum)));
                return new RiskSummary(schoolId, all.size(), (int) all.stream().filter(r -> r.score() >= w.threshold())
                        .count(), per);
            });
        });
    }

    /** Every in-school student of the school the actor sees (teachers: their classes), scored. */
    List<StudentRisk> scoreSchool(EntityManager em, Actor actor, long schoolId, RiskWeights w, Term term) {
        List<StudentRiskFacts> facts = registry.ofSchool(em, actor, schoolId, term.changesSince(w));
        Map<Long, RiskRecords.Figures> figures = RiskRecords.figures(em, "SCHOOL_ID", schoolId, term.from(),
                term.to());
        Map<Long, Long> open = RiskRecords.openEntries(em, "SCHOOL_ID", schoolId);
        List<StudentRisk> out = new ArrayList<>(facts.size());
        for (StudentRiskFacts f : facts) {
            if (actor.canSee(f.schoolId(), f.classId())) {
                out.add(risk(f, figures.getOrDefault(f.studentId(), RiskRecords.Figures.NONE), open.get(f.studentId()),
                        w, term));
            }
        }
        return out;
    }

    @Override
    public StudentRisk score(Actor actor, long studentId) {
        return support.guard(actor, "dropout.risk.view", TARGET, studentId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            RiskWeights w = weights;
            Term term = term();
            return support.transactions().read(em -> scoreStudent(em, actor, studentId, w, term));
        });
    }

    private StudentRisk scoreStudent(EntityManager em, Actor actor, long studentId, RiskWeights w, Term term) {
        StudentRiskFacts f = facts(em, actor, studentId, term.changesSince(w));
        Map<Long, RiskRecords.Figures> figures = RiskRecords.figures(em, "STUDENT_ID", studentId, term.from(),
                term.to());
        Long open = RiskRecords.openEntries(em, "STUDENT_ID", studentId).get(studentId);
        return risk(f, figures.getOrDefault(studentId, RiskRecords.Figures.NONE), open, w, term);
    }

    private StudentRiskFacts facts(EntityManager em, Actor actor, long studentId, LocalDate since) {
        Optional<StudentRiskFacts> f = registry.ofStudent(em, actor, studentId, since);
        if (f.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("studentId", RiskMessages.STUDENT_NOT_IN_SCHOOL,
                    String.valueOf(studentId))));
        }
        actor.requireScope(f.get().schoolId(), f.get().classId());
        return f.get();
    }

    private static StudentRisk risk(StudentRiskFacts f, RiskRecords.Figures g, Long openEntry, RiskWeights w,
                                    Term term) {
        RiskScoring.Inputs in = new RiskScoring.Inputs(f, g.schoolDays(), g.unexplained(), g.explained(),
                g.discipline(), g.failing());
        RiskScoring.Result r = RiskScoring.score(in, w, term.septemberFirst());
        return new StudentRisk(f.studentId(), f.name(),
                f.idNumber() == null ? null : IdentityMask.idNumber(f.idNumber()), f.schoolId(), f.classId(),
                f.gradeLevel(), r.score(), r.indicators(), g.unexplained(), in.absencePercent(), g.discipline(),
                g.failing(), openEntry);
    }

    @Override
    public Entry confirm(Actor actor, long studentId, ReasonCategory reason, String note) {
        return support.guard(actor, "dropout.risk.confirm", TARGET, studentId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            if (reason == null) {
                throw new ValidationException(List.of(new FieldError("reason", DropoutMessages.REASON_REQUIRED)));
            }
            String text = EntryRules.text("note", note, EntryRules.MAX_NOTE);
            RiskWeights w = weights;
            Term term = term();
            LocalDate today = support.today();
            return support.transactions().inTransaction(em -> {
                StudentRisk r = scoreStudent(em, actor, studentId, w, term);
                if (r.score() < w.threshold()) {
                    throw new ValidationException(List.of(new FieldError("studentId", RiskMessages.BELOW_THRESHOLD,
                            r.score(), w.threshold())));
                }
                StudentRiskFacts f = facts(em, actor, studentId, term.changesSince(w));
                Entries.Child child = new Entries.Child(f.studentId(), f.name(), null, f.birthDate(), f.idNumber(),
                        f.schoolId(), f.classId());
                // the early warning is a person's report; the same student confirmed twice on one day adds nothing
                Entries.Opened o = entries.openOrAttach(em, actor, child, f.schoolId(), new Entries.Finding(null, null,
                        null, reason, AtRiskSource.EARLY_WARNING, "risk:" + studentId + ":" + today, today, text));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("entry", o.entry().id);
                details.put("created", o.created());
                details.put("score", r.score());
                details.put("indicators", r.indicators().stream().map(Enum::name).toList());
                support.audit(em, AuditEvent.of(actor, "dropout.risk.confirm", TARGET, studentId, f.schoolId())
                        .withChanges(details));
                return Entries.toApi(em, List.of(o.entry())).get(0);
            });
        });
    }

    @Override
    public void recordDiscipline(Actor actor, long studentId, LocalDate on, DisciplineKind kind) {
        support.guard(actor, "dropout.risk.discipline", TARGET, studentId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            EntryRules.checkDate("onDate", on, support.today());
            if (kind == null) {
                throw new ValidationException(List.of(new FieldError("kind", RiskMessages.KIND_REQUIRED)));
            }
            return support.transactions().inTransaction(em -> {
                StudentRiskFacts f = facts(em, actor, studentId, on);
                RiskRecords.addDiscipline(em, studentId, f.schoolId(), on, kind.name(), actor.username(),
                        support.now());
                support.audit(em, AuditEvent.of(actor, "dropout.risk.discipline", TARGET, studentId, f.schoolId())
                        .withChanges(Map.of("kind", kind.name(), "on", on.toString())));
                return null;
            });
        });
    }

    @Override
    public GradesResult importGrades(Actor actor, long classId, int schoolYear, int term, String fileName,
                                     InputStream content) {
        return support.guard(actor, "dropout.risk.grades", "school-class", classId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            if (term != 1 && term != 2) {
                throw new ValidationException(List.of(new FieldError("term", RiskMessages.TERM_INVALID)));
            }
            if (schoolYear < 2000 || schoolYear > support.today().getYear()) {
                throw new ValidationException(List.of(new FieldError("schoolYear", RiskMessages.SCHOOL_YEAR_INVALID,
                        String.valueOf(schoolYear))));
            }
            SchoolClass c = schools.getClass(actor, classId);
            actor.requireScope(c.schoolId(), classId);
            RiskWeights w = weights;
            List<GradesSheet.Row> rows = GradesSheet.parse(ClassSheets.read(content, fileName), w.passMark());
            return support.transactions().inTransaction(em -> {
                Map<String, Long> roster = new HashMap<>();
                for (StudentRiskFacts f : registry.ofSchool(em, actor, c.schoolId(), support.today())) {
                    if (Long.valueOf(classId).equals(f.classId()) && f.idNumber() != null) {
                        roster.put(f.idNumber().toUpperCase(), f.studentId());
                    }
                }
                List<FieldError> errors = new ArrayList<>();
                Set<Long> seen = new HashSet<>();
                Map<Long, int[]> store = new LinkedHashMap<>();
                for (GradesSheet.Row r : rows) {
                    Long id = roster.get(r.idNumber());
                    if (id == null) {
                        errors.add(new FieldError("file", RiskMessages.GRADES_UNKNOWN_STUDENT, r.rowNumber(),
                                r.idNumber().length() == 18 ? IdentityMask.idNumber(r.idNumber()) : "?"));
                    } else if (!seen.add(id)) {
                        errors.add(new FieldError("file", RiskMessages.GRADES_DUPLICATE, r.rowNumber()));
                    } else {
                        store.put(id, new int[] {r.subjects(), r.failed()});
                    }
                }
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                RiskRecords.replaceGrades(em, classId, c.schoolId(), schoolYear, term, store);
                int failing = (int) store.values().stream().filter(v -> v[1] >= w.minFailing()).count();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("class", classId);
                details.put("term", schoolYear + "-" + term);
                details.put("rows", store.size());
                details.put("failing", failing);
                support.audit(em, AuditEvent.of(actor, "dropout.risk.grades", "school-class", classId, c.schoolId())
                        .withChanges(details));
                return new GradesResult(store.size(), failing);
            });
        });
    }

    /** The window the figures are counted in: the current semester, else the half year before today. */
    record Term(LocalDate from, LocalDate to, LocalDate septemberFirst, LocalDate today) {
        LocalDate changesSince(RiskWeights w) {
            return today.minusDays(w.recentDays());
        }
    }

    Term term() {
        LocalDate today = support.today();
        Optional<Semester> s = years.semesterOf(today);
        int schoolYear = s.map(Semester::schoolYear)
                .orElse(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
        LocalDate from = s.map(Semester::start).orElse(today.minusMonths(6));
        return new Term(from, today, LocalDate.of(schoolYear, 9, 1), today);
    }
}
