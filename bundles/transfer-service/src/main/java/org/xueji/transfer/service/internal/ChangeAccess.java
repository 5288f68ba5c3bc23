package org.xueji.transfer.service.internal;

import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.service.internal.entity.ChangeEntity;

/** The scope rule every change operation shares, and the audit fields of a change (ids only, no personal data). */
final class ChangeAccess {

    static final String TARGET = "transfer-change";
    static final int TEXT_MAX = 500;

    private ChangeAccess() {
    }

    /** The change if the actor's school sent or receives it (district: all); else refused. */
    static ChangeEntity visible(EntityManager em, Actor actor, long changeId) {
        ChangeEntity e = em.find(ChangeEntity.class, changeId);
        if (e == null) {
            throw new NotFoundException(TransferMessages.CHANGE_NOT_FOUND, changeId);
        }
        if (!actor.isDistrictWide() && !actor.schoolId().equals(e.fromSchoolId)
                && !actor.schoolId().equals(e.toSchoolId)) {
            throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
        }
        return e;
    }

    static Map<String, Object> auditFields(ChangeEntity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", e.type);
        m.put("studentId", e.studentId);
        m.put("fromSchoolId", e.fromSchoolId);
        if (e.toSchoolId != null) {
            m.put("toSchoolId", e.toSchoolId);
        }
        m.put("status", e.status);
        if (e.overrideReason != null) {
            m.put("override", true);
        }
        return m;
    }
}
