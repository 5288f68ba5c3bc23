package org.xueji.classbalance.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.placement.ClassPlacement;
import org.xueji.registry.api.placement.IntakeStudent;

/**
 * The registry's side as the service sees it (the real one is tested in registry-service's
 * ClassPlacementImplTest): an intake, N classes, and the placements it was asked for.
 */
final class FakePlacement implements ClassPlacement {

    final List<IntakeStudent> intake = new ArrayList<>();
    int classes = 2;
    final List<Map<Long, Integer>> placed = new ArrayList<>();
    RuntimeException failure;
    final List<Map<Integer, String>> headTeachersSet = new ArrayList<>();

    FakePlacement withStudents(int n) {
        for (int i = 0; i < n; i++) {
            intake.add(new IntakeStudent(1000 + i, "学生" + i, i % 2 == 0, i % 5 == 0, i % 7 == 0,
                    false, null));
        }
        return this;
    }

    @Override
    public List<IntakeStudent> intake(Actor actor, long schoolId, int grade, int schoolYear) {
        actor.require(Permission.BALANCE_CLASSES);
        actor.requireSchool(schoolId);
        return List.copyOf(intake);
    }

    @Override
    public Map<Integer, Long> classes(Actor actor, long schoolId, int grade, int schoolYear) {
        Map<Integer, Long> result = new TreeMap<>();
        for (int c = 1; c <= classes; c++) {
            result.put(c, 500L + c);
        }
        return result;
    }

    @Override
    public int place(EntityManager em, Actor actor, long schoolId, int grade, int schoolYear,
                     Map<Long, Integer> placement, int cap) {
        actor.require(Permission.APPROVE_CHANGE);
        actor.requireSchool(schoolId);
        if (failure != null) {
            throw failure;
        }
        placed.add(Map.copyOf(placement));
        return placement.size();
    }

    @Override
    public int setHeadTeachers(EntityManager em, Actor actor, long schoolId, int grade, int schoolYear,
                               Map<Integer, String> headTeachers) {
        if (!actor.has(Permission.BALANCE_CLASSES)) {
            actor.require(Permission.APPROVE_CHANGE);
        }
        actor.requireSchool(schoolId);
        if (failure != null) {
            throw failure;
        }
        headTeachersSet.add(Map.copyOf(headTeachers));
        return headTeachers.size();
    }
}
