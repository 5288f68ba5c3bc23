package org.xueji.registry.service.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.placement.ClassPlacement;
import org.xueji.registry.api.placement.IntakeStudent;
import org.xueji.registry.api.placement.PlacementMessages;

/**
 * Class balancing's view of the registry (issue 9): a starting grade's intake and its placement in
 * classes. {@link #place} writes REG_STUDENT with SQL on the balancing module's EntityManager, in
 * its transaction, with the registry's rules: classes must exist, R14's limit (cap + places the
 * district granted) per class after the move, the version bumped, the history and audit row per
 * student whose class changes.
 */
@Component(service = ClassPlacement.class)
public class ClassPlacementImpl implements ClassPlacement {

    static final String ACTION = "student.class-placement";
    static final String HEAD_TEACHER_ACTION = "class.head-teacher";
    /** REG_CLASS.HEAD_TEACHER is VARCHAR(50). */
    static final int HEAD_TEACHER_MAX = 50;

    private final ModuleSupport support;
    private final AuditTrail audit;

    @Activate
    public ClassPlacementImpl(@Reference(target = "(osgi.unit.name=xueji-registry)") EntityManagerFactory emf,
                              @Reference AuditTrail audit, @Reference AuditService auditService,
                              @Reference PlatformClock clock) {
        this.support = new ModuleSupport(emf, audit, auditService, clock);
        this.audit = audit;
    }

    @Override
    public List<IntakeStudent> intake(Actor actor, long schoolId, int grade, int schoolYear) {
        return support.guard(actor, "placement.intake", "school", schoolId, () -> {
            actor.require(Permission.BALANCE_CLASSES);
            actor.requireSchool(schoolId);
            requireStartingGrade(grade);
            return support.transactions().read(em -> {
                Map<Long, Integer> numbers = classNumbers(em, schoolId, grade, schoolYear);
                List<IntakeStudent> result = new ArrayList<>();
                for (Object[] r : intakeRows(em, schoolId, grade, schoolYear, "S.ID, S.NAME, S.SEX, S.LEFT_BEHIND, "
                        + "S.MIGRANT, S.INCLUSION, S.DISABILITY, S.CLASS_ID")) {
                    Long classId = r[7] == null ? null : ((Number) r[7]).longValue();
                    result.add(new IntakeStudent(((Number) r[0]).longValue(), (String) r[1], "1".equals(r[2]),
                            !"0".equals(r[3]), Boolean.TRUE.equals(r[4]),
                            Boolean.TRUE.equals(r[5]) || !"0".equals(r[6]),
                            classId == null ? null : numbers.get(classId)));
                }
                return result;
            });
        });
    }

    @Override
    public Map<Integer, Long> classes(Actor actor, long schoolId, int grade, int schoolYear) {
        return support.guard(actor, "placement.classes", "school", schoolId, () -> {
            if (!actor.has(Permission.BALANCE_CLASSES)) {
                actor.require(Permission.APPROVE_CHANGE);
            }
            actor.requireSchool(schoolId);
            return support.transactions().read(em -> {
                Map<Integer, Long> byNumber = new TreeMap<>();
                classNumbers(em, schoolId, grade, schoolYear).forEach((id, number) -> byNumber.put(number, id));
                return byNumber;
            });
        });
    }

    @Override
    public int place(EntityManager em, Actor actor, long schoolId, int grade, int schoolYear,
                     Map<Long, Integer> placement, int cap) {
        actor.require(Permission.APPROVE_CHANGE);
        actor.requireSchool(schoolId);
        requireStartingGrade(grade);
        Map<Long, Integer> numbers = classNumbers(em, schoolId, grade, schoolYear);
        Map<Integer, Long> idByNumber = new HashMap<>();
        numbers.forEach((id, number) -> idByNumber.put(number, id));
        Map<Long, Integer> limits = new HashMap<>();
        for (Long classId : numbers.keySet()) {
            // locks the class rows: a registration into one of them waits until this commits
            em.createNativeQuery("UPDATE REG_CLASS SET VERSION = VERSION + 1 WHERE ID = ?").setParameter(1, classId)
                    .executeUpdate();
            Number extra = (Number) em.createNativeQuery("SELECT EXTRA_PLACES FROM REG_CLASS WHERE ID = ?")
                    .setParameter(1, classId).getSingleResult();
            limits.put(classId, cap + (extra == null ? 0 : extra.intValue()));
        }
        Map<Long, Long> current = new HashMap<>();
        for (Object[] r : intakeRows(em, schoolId, grade, schoolYear, "S.ID, S.CLASS_ID")) {
            current.put(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue());
        }
        for (Map.Entry<Long, Integer> p : new TreeMap<>(placement).entrySet()) {
            if (!current.containsKey(p.getKey())) {
                throw new DomainException(PlacementMessages.NOT_IN_INTAKE, p.getKey());
            }
            if (!idByNumber.containsKey(p.getValue())) {
                throw new DomainException(PlacementMessages.CLASS_MISSING, p.getValue(), grade);
            }
        }
        // R14 after the move: everyone already in the class and not moved, plus the arrivals
        Map<Long, Integer> after = new TreeMap<>();
        for (Long classId : numbers.keySet()) {
            Number present = (Number) em.createNativeQuery("SELECT COUNT(*) FROM REG_STUDENT WHERE CLASS_ID = ?")
                    .setParameter(1, classId).getSingleResult();
            after.put(classId, present.intValue());
        }
        for (Map.Entry<Long, Integer> p : placement.entrySet()) {
            Long from = current.get(p.getKey());
            if (from != null && after.containsKey(from)) {
                after.merge(from, -1, Integer::sum);
            }
            after.merge(idByNumber.get(p.getValue()), 1, Integer::sum);
        }
        for (Map.Entry<Long, Integer> a : after.entrySet()) {
            if (a.getValue() > limits.get(a.getKey())) {
                throw new DomainException(PlacementMessages.CLASS_OVER_CAP, numbers.get(a.getKey()), a.getValue(),
                        limits.get(a.getKey()));
            }
        }
        int changed = 0;
        Timestamp now = Timestamp.from(support.now());
        for (Map.Entry<Long, Integer> p : new TreeMap<>(placement).entrySet()) {
            Long from = current.get(p.getKey());
            long to = idByNumber.get(p.getValue());
            if (from != null && from == to) {
                continue;
            }
            em.createNativeQuery("UPDATE REG_STUDENT SET CLASS_ID = ?, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?")
                    .setParameter(1, to).setParameter(2, now).setParameter(3, p.getKey()).executeUpdate();
            StudentHistory.record(em, audit, AuditEvent.of(actor, ACTION, "student", p.getKey(), schoolId),
                    p.getKey(), List.of(new RecordDiff.Change("classId", from == null ? null : String.valueOf(from),
                            String.valueOf(to))), support.now());
            changed++;
        }
        return changed;
    }

    @Override
    public int setHeadTeachers(EntityManager em, Actor actor, long schoolId, int grade, int schoolYear,
                               Map<Integer, String> headTeachers) {
        if (!actor.has(Permission.BALANCE_CLASSES)) {
            actor.require(Permission.APPROVE_CHANGE);
        }
        actor.requireSchool(schoolId);
        requireStartingGrade(grade);
        Map<Integer, Long> idByNumber = new TreeMap<>();
        classNumbers(em, schoolId, grade, schoolYear).forEach((id, number) -> idByNumber.put(number, id));
        // everything checked before the first write: a refusal leaves every class as it was
        for (Map.Entry<Integer, String> h : new TreeMap<>(headTeachers).entrySet()) {
            if (!idByNumber.containsKey(h.getKey())) {
                throw new DomainException(PlacementMessages.CLASS_MISSING, h.getKey(), grade);
            }
            if (h.getValue() == null || h.getValue().isBlank() || h.getValue().strip().length() > HEAD_TEACHER_MAX) {
                throw new DomainException(PlacementMessages.HEAD_TEACHER_INVALID, h.getKey());
            }
        }
        int changed = 0;
        for (Map.Entry<Integer, String> h : new TreeMap<>(headTeachers).entrySet()) {
            long classId = idByNumber.get(h.getKey());
            String name = h.getValue().strip();
            int rows = em.createNativeQuery("UPDATE REG_CLASS SET HEAD_TEACHER = ?, VERSION = VERSION + 1 WHERE ID = ? "
                            + "AND (HEAD_TEACHER IS NULL OR HEAD_TEACHER <> ?)")
                    .setParameter(1, name).setParameter(2, classId).setParameter(3, name).executeUpdate();
            if (rows > 0) {
                // ids only: the name is in REG_CLASS, not in the audit row (R7)
                audit.append(em, AuditEvent.of(actor, HEAD_TEACHER_ACTION, "class", classId, schoolId)
                        .withChanges(Map.of("classNumber", h.getKey(), "headTeacher", "set")));
                changed++;
            }
        }
        return changed;
    }

    private static void requireStartingGrade(int grade) {
        if (!Grades.isStartingGrade(grade)) {
            throw new DomainException(PlacementMessages.NOT_STARTING_GRADE, grade);
        }
    }

    /** Open classes of the grade entered in the school year: class id → number. */
    private static Map<Long, Integer> classNumbers(EntityManager em, long schoolId, int grade, int schoolYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ID, CLASS_NUMBER FROM REG_CLASS WHERE SCHOOL_ID = ? "
                        + "AND GRADE_LEVEL = ? AND ENTRY_YEAR = ? AND CLOSED_YEAR = 0 ORDER BY CLASS_NUMBER")
                .setParameter(1, schoolId).setParameter(2, grade).setParameter(3, schoolYear).getResultList();
        Map<Long, Integer> result = new TreeMap<>();
        for (Object[] r : rows) {
            result.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return result;
    }

    /** The intake: entered between September of the year and August of the next with this entry grade, not graduated. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> intakeRows(EntityManager em, long schoolId, int grade, int schoolYear, String columns) {
        return em.createNativeQuery("SELECT " + columns + " FROM REG_STUDENT S WHERE S.SCHOOL_ID = ? "
                        + "AND S.ENTRY_YEAR_MONTH BETWEEN ? AND ? AND S.GRADUATED_YEAR IS NULL "
                        + "AND (S.ENTRY_GRADE = ? OR (S.ENTRY_GRADE IS NULL AND S.CLASS_ID IN "
                        + "(SELECT C.ID FROM REG_CLASS C WHERE C.GRADE_LEVEL = ?))) ORDER BY S.ID")
                .setParameter(1, schoolId).setParameter(2, schoolYear * 100 + 9).setParameter(3, (schoolYear + 1) * 100 + 8)
                .setParameter(4, grade).setParameter(5, grade).getResultList();
    }
}
