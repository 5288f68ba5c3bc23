package org.xueji.registry.service.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.function.BooleanSupplier;
import javax.persistence.EntityManager;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.BatchStoppedException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.RolloverMessages;
import org.xueji.registry.api.RolloverPlan.GradeRollover;
import org.xueji.registry.api.RolloverPlan.RolloverProblem;
import org.xueji.registry.api.RolloverPlan.SchoolRollover;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.service.internal.entity.RolloverEntity;
import org.xueji.registry.service.internal.entity.SchoolClassEntity;
import org.xueji.registry.service.internal.entity.SchoolEntity;

/**
 * The rollover of one school at the end of one school year, on the caller's transaction.
 *
 * <p>A class is a cohort: it moves up a grade with its students, keeping its id, number,
 * capacity and head teacher — so the next year's class of the same number is the old one
 * moved up, and head teachers' class scopes follow their classes. The final grade's classes
 * are closed (CLOSED_YEAR) and keep their graduates. Repeaters move into the class of their
 * grade and number in the new year, which is created (capacity kept) when no class moves up
 * into it. Students' grades come from their class, so only graduates and repeaters are
 * written one by one; the rest move with one statement per grade.
 */
final class YearRollover {

    /** One open class and its students now. */
    record ClassNow(SchoolClassEntity entity, int students, int repeaters) {
        int grade() {
            return entity.gradeLevel;
        }
    }

    private final EntityManager em;
    private final SchoolEntity school;
    private final SchoolType type;
    private final int year;
    private final List<ClassNow> classes;

    private YearRollover(EntityManager em, SchoolEntity school, int year, List<ClassNow> classes) {
        this.em = em;
        this.school = school;
        this.type = SchoolType.valueOf(school.schoolType);
        this.year = year;
        this.classes = classes;
    }

    /** Reads the school's open classes and their students (graduates aside) for the rollover of {@code year}. */
    static YearRollover of(EntityManager em, SchoolEntity school, int year) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select s.classId, count(s), "
                        + "sum(case when s.repeatYear = :y then 1 else 0 end) from Student s "
                        + "where s.schoolId = :sc and s.classId is not null and s.graduatedYear is null "
                        + "group by s.classId", Object[].class)
                .setParameter("y", year).setParameter("sc", school.id).getResultList()) {
            counts.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
        }
        List<ClassNow> classes = new ArrayList<>();
        for (SchoolClassEntity c : em.createQuery("select c from SchoolClass c where c.schoolId = :sc "
                + "and c.closedYear = 0 order by c.gradeLevel, c.classNumber", SchoolClassEntity.class)
                .setParameter("sc", school.id).getResultList()) {
            int[] n = counts.getOrDefault(c.id, new int[2]);
            classes.add(new ClassNow(c, n[0], n[1]));
        }
        return new YearRollover(em, school, year, classes);
    }

    boolean done() {
        return em.find(RolloverEntity.class, new RolloverEntity.Key(school.id, year)) != null;
    }

    /** Reasons the school cannot be rolled over; empty when it can. */
    List<RolloverProblem> problems() {
        List<RolloverProblem> problems = new ArrayList<>();
        Map<Integer, Integer> untaught = new TreeMap<>();
        for (ClassNow c : classes) {
            if (!type.teaches(c.grade())) {
                untaught.merge(c.grade(), c.students(), Integer::sum);
            }
        }
        untaught.forEach((grade, students) -> problems.add(new RolloverProblem(
                RolloverMessages.ROLLOVER_GRADE_NOT_TAUGHT,
                List.of(school.name, grade >= 1 && grade <= 12 ? Grades.name(grade) : String.valueOf(grade),
                        String.valueOf(students)))));
        List<Integer> later = em.createQuery("select r.schoolYear from Rollover r where r.schoolId = :sc "
                + "and r.schoolYear > :y order by r.schoolYear desc", Integer.class)
                .setParameter("sc", school.id).setParameter("y", year).setMaxResults(1).getResultList();
        if (!later.isEmpty()) {
            problems.add(new RolloverProblem(RolloverMessages.ROLLOVER_LATER_YEAR_DONE,
                    List.of(school.name, yearLabel(later.get(0)))));
        }
        return problems;
    }

    /** The dry run of this school. */
    SchoolRollover plan() {
        List<GradeRollover> grades = new ArrayList<>();
        for (int g = type.firstGrade(); g <= type.lastGrade(); g++) {
            int grade = g;
            List<ClassNow> of = classes.stream().filter(c -> c.grade() == grade).toList();
            int students = of.stream().mapToInt(ClassNow::students).sum();
            int repeating = of.stream().mapToInt(ClassNow::repeaters).sum();
            boolean last = g == type.lastGrade();
            grades.add(new GradeRollover(g, of.size(), last ? 0 : students - repeating,
                    last ? students - repeating : 0, repeating));
        }
        return new SchoolRollover(school.id, school.code, school.name, type, done(), grades,
                classesToCreate().size(), problems());
    }

    /** Grade and number of the classes repeaters need in the new year that no class moves up into. */
    private List<int[]> classesToCreate() {
        List<int[]> missing = new ArrayList<>();
        for (ClassNow c : classes) {
            if (c.repeaters() > 0 && !movesInto(c.grade(), c.entity.classNumber)) {
                missing.add(new int[] {c.grade(), c.entity.classNumber});
            }
        }
        return missing;
    }

    /** Whether a class of the grade below with this number moves up into (grade, number). */
    private boolean movesInto(int grade, int number) {
        return grade > type.firstGrade() && classes.stream()
                .anyMatch(c -> c.grade() == grade - 1 && c.entity.classNumber == number);
    }

    /**
     * Rolls the school over. Throws (and the caller's transaction rolls back) on any
     * problem, a stop request or a failure; nothing of the school is then changed.
     *
     * @param progress told the number of students handled so far in this school
     */
    RolloverEntity run(Instant now, BooleanSupplier stop, IntConsumer progress, int classCap) {
        if (done()) {
            throw new DomainException(RolloverMessages.ROLLOVER_ALREADY_DONE, yearLabel(year));
        }
        List<RolloverProblem> problems = problems();
        if (!problems.isEmpty()) {
            RolloverProblem p = problems.get(0);
            throw new DomainException(p.message(), p.args().toArray());
        }
        int handled = 0;
        int graduated = 0;
        int movedUp = 0;
        int last = type.lastGrade();
        // 1. the final grade graduates (repeaters aside) and its classes close
        graduated = em.createQuery("update Student s set s.graduatedYear = :y, s.version = s.version + 1, "
                        + "s.updatedAt = :now where s.schoolId = :sc and s.graduatedYear is null "
                        + "and (s.repeatYear is null or s.repeatYear <> :y) and s.classId in (select c.id from "
                        + "SchoolClass c where c.schoolId = :sc and c.gradeLevel = :g and c.closedYear = 0)")
                .setParameter("y", year).setParameter("now", now).setParameter("sc", school.id)
                .setParameter("g", last).executeUpdate();
        em.createQuery("update SchoolClass c set c.closedYear = :y, c.version = c.version + 1 "
                        + "where c.schoolId = :sc and c.gradeLevel = :g and c.closedYear = 0")
                .setParameter("y", year).setParameter("sc", school.id).setParameter("g", last).executeUpdate();
        handled += studentsOf(last);
        progress.accept(handled);
        // 2. every other grade moves up, top down, so (grade + 1, number) is free when it arrives
        for (int g = last - 1; g >= type.firstGrade(); g--) {
            if (stop.getAsBoolean()) {
                throw new BatchStoppedException(handled);
            }
            em.createQuery("update SchoolClass c set c.gradeLevel = :up, c.version = c.version + 1 "
                            + "where c.schoolId = :sc and c.gradeLevel = :g and c.closedYear = 0")
                    .setParameter("up", g + 1).setParameter("sc", school.id).setParameter("g", g).executeUpdate();
            int grade = g;
            movedUp += classes.stream().filter(c -> c.grade() == grade)
                    .mapToInt(c -> c.students() - c.repeaters()).sum();
            handled += studentsOf(g);
            progress.accept(handled);
        }
        // 3. repeaters into the new year's class of their grade and number
        em.clear(); // the bulk updates bypassed the loaded entities
        int repeating = 0;
        int created = 0;
        for (ClassNow c : classes) {
            if (c.repeaters() == 0) {
                continue;
            }
            SchoolClassEntity target = openClass(c.grade(), c.entity.classNumber);
            if (target == null) {
                target = new SchoolClassEntity();
                target.schoolId = school.id;
                target.gradeLevel = c.grade();
                target.classNumber = c.entity.classNumber;
                target.entryYear = c.entity.entryYear + 1;
                target.capacity = c.entity.capacity;
                em.persist(target);
                em.flush();
                created++;
            }
            SchoolClassEntity arriving = target;
            ClassCapRule.checkArrivals(em, Map.of(arriving.id, c.repeaters()), id -> arriving, classCap);
            repeating += em.createQuery("update Student s set s.classId = :to, s.version = s.version + 1, "
                            + "s.updatedAt = :now where s.classId = :from and s.repeatYear = :y "
                            + "and s.graduatedYear is null")
                    .setParameter("to", arriving.id).setParameter("now", now).setParameter("from", c.entity.id)
                    .setParameter("y", year).executeUpdate();
        }
        RolloverEntity done = new RolloverEntity();
        done.schoolId = school.id;
        done.schoolYear = year;
        done.doneAt = now;
        done.movedUp = movedUp;
        done.graduated = graduated;
        done.repeating = repeating;
        done.classesCreated = created;
        em.persist(done);
        em.flush();
        return done;
    }

    private int studentsOf(int grade) {
        return classes.stream().filter(c -> c.grade() == grade).mapToInt(ClassNow::students).sum();
    }

    private SchoolClassEntity openClass(int grade, int number) {
        List<SchoolClassEntity> found = em.createQuery("select c from SchoolClass c where c.schoolId = :sc "
                        + "and c.gradeLevel = :g and c.classNumber = :n and c.closedYear = 0", SchoolClassEntity.class)
                .setParameter("sc", school.id).setParameter("g", grade).setParameter("n", number).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static String yearLabel(int year) {
        return year + "—" + (year + 1);
    }
}
