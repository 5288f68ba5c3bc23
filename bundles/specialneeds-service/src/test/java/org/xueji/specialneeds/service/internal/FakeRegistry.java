package org.xueji.specialneeds.service.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.followup.Placement;
import org.xueji.registry.api.specialneeds.RegistryPlacements;

/**
 * The registry's placement flags, held in memory (the SQL on REG_STUDENT is tested in
 * registry-service, RegistryPlacementsTest). A flag is kept only when the caller's transaction
 * commits: it is written into the caller's EntityManager's transaction as a pending change and
 * applied on {@link #committed}; {@link #failNext} makes the next call throw.
 */
final class FakeRegistry implements RegistryPlacements {

    final Map<Long, Long> schools = new HashMap<>();
    final Map<Long, Placement> flags = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    boolean failNext;

    FakeRegistry student(long studentId, long schoolId) {
        schools.put(studentId, schoolId);
        return this;
    }

    @Override
    public long applyPlacement(EntityManager em, Actor actor, long studentId, Placement placement) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("registry write failed");
        }
        actor.require(Permission.APPROVE_CHANGE);
        long school = schoolOf(em, studentId);
        actor.requireSchool(school);
        // remembered in a row of the caller's transaction: it exists only if that transaction commits
        em.createNativeQuery("INSERT INTO TEST_REGISTRY_FLAG (STUDENT_ID, PLACEMENT) VALUES (?, ?)")
                .setParameter(1, studentId).setParameter(2, placement.name()).executeUpdate();
        calls.add(studentId + ":" + placement + ":" + actor.username());
        return school;
    }

    @Override
    public long schoolOf(EntityManager em, long studentId) {
        Long school = schools.get(studentId);
        if (school == null) {
            throw new NotFoundException(RegistryMessages.STUDENT_NOT_FOUND, String.valueOf(studentId));
        }
        return school;
    }

    @Override
    public boolean homeTeaching(EntityManager em, long studentId) {
        return false;
    }
}
