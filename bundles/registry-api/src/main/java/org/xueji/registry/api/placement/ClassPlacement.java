package org.xueji.registry.api.placement;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;

/** Implemented by the registry: a starting grade's intake and its placement in classes (R14, R15). */
public interface ClassPlacement {

    /**
     * The intake of a starting grade (1, 7 or 10) of a school: its students with that entry grade
     * who entered in the school year starting in {@code schoolYear} (September to August) and have
     * not graduated, by id. Needs BALANCE_CLASSES and
     * the school in scope.
     */
    List<IntakeStudent> intake(Actor actor, long schoolId, int grade, int schoolYear);

    /**
     * The grade's open classes entered in {@code schoolYear} by class number (1..N) → class id; the classes
     * must exist (planned in the registry) before a balancing is confirmed.
     */
    Map<Integer, Long> classes(Actor actor, long schoolId, int grade, int schoolYear);

    /**
     * Places the students in their classes with SQL on the caller's EntityManager, inside the
     * caller's transaction: each student of the school's intake moves to the class with the given
     * number (a record change with its history and audit row), R14's cap checked per class after
     * the move. Refused (nothing written) when a class number does not exist, a student is not of
     * this intake, or a class would pass the cap.
     *
     * @param placement student id → class number (1..N)
     * @param cap       the cap the run was confirmed with
     * @return students whose class changed
     */
    int place(EntityManager em, Actor actor, long schoolId, int grade, int schoolYear, Map<Long, Integer> placement,
              int cap);

    /**
     * Names the head teachers (班主任, REG_CLASS.HEAD_TEACHER, at most 50 characters) of the grade's
     * open classes entered in {@code schoolYear}, with SQL on the caller's EntityManager inside the
     * caller's transaction (class balancing's head-teacher draw): the class version bumped and one
     * audit row {@code class.head-teacher} per class (class id and number only, never the name).
     * Needs BALANCE_CLASSES or APPROVE_CHANGE and the school in scope. Refused (nothing written) when
     * a class number does not exist or a name is blank or too long.
     *
     * @param headTeachers class number (1..N) → the head teacher's name
     * @return classes whose head teacher changed
     */
    int setHeadTeachers(EntityManager em, Actor actor, long schoolId, int grade, int schoolYear,
                        Map<Integer, String> headTeachers);
}
