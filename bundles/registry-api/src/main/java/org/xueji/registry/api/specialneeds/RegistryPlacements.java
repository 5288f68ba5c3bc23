package org.xueji.registry.api.specialneeds;

import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.followup.Placement;

/**
 * Sets a student's placement flags when a special-needs placement is approved, with the
 * caller's EntityManager (no XA: the module's own rows, the workflow's decision and the
 * registry's record commit together or not at all). Implemented by registry-service with SQL
 * on the REG_* tables: the record's version moves on, the changed fields go to the record
 * history and the audit row ({@code student.placement}) names the fields only (R7).
 */
public interface RegistryPlacements {

    /**
     * 随班就读 ({@link Placement#REGULAR_CLASS}) sets {@code inclusion} and clears home teaching;
     * 送教上门 ({@link Placement#HOME_TEACHING}) sets home teaching and clears {@code inclusion};
     * a special school or a deferral clears both. The actor decides the placement: it needs
     * APPROVE_CHANGE and the student's school in scope.
     *
     * @return the student's school
     * @throws org.xueji.platform.api.NotFoundException when the student does not exist
     */
    long applyPlacement(EntityManager em, Actor actor, long studentId, Placement placement);

    /**
     * The school of a student's record (read with the caller's EntityManager).
     *
     * @throws org.xueji.platform.api.NotFoundException when the student does not exist
     */
    long schoolOf(EntityManager em, long studentId);

    /** Whether the student's record is flagged 送教上门 (read with the caller's EntityManager). */
    boolean homeTeaching(EntityManager em, long studentId);
}
