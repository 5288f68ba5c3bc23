package org.xueji.registry.service.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.followup.Placement;
import org.xueji.registry.api.specialneeds.RegistryPlacements;

/**
 * The placement flags of a student (issue 11), written with the special-needs module's
 * EntityManager so that they commit with its decision. Plain SQL on REG_STUDENT: the record's
 * version moves on (a form open on the old version is refused as stale), the values go to
 * REG_STUDENT_HISTORY and the audit row names the fields only (R7).
 */
@Component(service = RegistryPlacements.class)
public class RegistryPlacementsImpl implements RegistryPlacements {

    static final String ACTION = "student.placement";

    private final AuditTrail audit;
    private final PlatformClock clock;

    @Activate
    public RegistryPlacementsImpl(@Reference AuditTrail audit, @Reference PlatformClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public long applyPlacement(EntityManager em, Actor actor, long studentId, Placement placement) {
        actor.require(Permission.APPROVE_CHANGE);
        Object[] row = current(em, studentId);
        long schoolId = ((Number) row[0]).longValue();
        actor.requireSchool(schoolId);
        boolean inclusionBefore = Boolean.TRUE.equals(row[1]);
        boolean homeBefore = Boolean.TRUE.equals(row[2]);
        boolean inclusion = placement == Placement.REGULAR_CLASS;
        boolean home = placement == Placement.HOME_TEACHING;
        List<RecordDiff.Change> changes = new ArrayList<>();
        if (inclusion != inclusionBefore) {
            changes.add(new RecordDiff.Change("inclusion", String.valueOf(inclusionBefore), String.valueOf(inclusion)));
        }
        if (home != homeBefore) {
            changes.add(new RecordDiff.Change("homeTeaching", String.valueOf(homeBefore), String.valueOf(home)));
        }
        if (changes.isEmpty()) {
            return schoolId;
        }
        em.createNativeQuery("UPDATE REG_STUDENT SET INCLUSION = ?, HOME_TEACHING = ?, VERSION = VERSION + 1 "
                        + "WHERE ID = ?")
                .setParameter(1, inclusion).setParameter(2, home).setParameter(3, studentId).executeUpdate();
        StudentHistory.record(em, audit, AuditEvent.of(actor, ACTION, "student", studentId, schoolId), studentId,
                changes, clock.now());
        return schoolId;
    }

    @Override
    public long schoolOf(EntityManager em, long studentId) {
        return ((Number) current(em, studentId)[0]).longValue();
    }

    @Override
    public boolean homeTeaching(EntityManager em, long studentId) {
        return Boolean.TRUE.equals(current(em, studentId)[2]);
    }

    private static Object[] current(EntityManager em, long studentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT SCHOOL_ID, INCLUSION, HOME_TEACHING FROM REG_STUDENT "
                + "WHERE ID = ?").setParameter(1, studentId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(RegistryMessages.STUDENT_NOT_FOUND, String.valueOf(studentId));
        }
        return rows.get(0);
    }
}
