package org.xueji.specialneeds.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.specialneeds.RegistryPlacements;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.RemovalReason;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;

/**
 * Corrections of the register (R25): editing an entry's fields and removing an entry registered
 * by mistake. Removal is a real delete, allowed only while the entry is bare (no assessment, plan
 * or visit, not referred): that is what a registrar expects of a typing mistake, and a child with
 * a history keeps it for the R26 reckoning and the audit trail.
 */
final class RegisterEdits {

    static final String UPDATE = "specialneeds.child.update";
    static final String REMOVE = "specialneeds.child.remove";

    private final SpecialNeedsServiceImpl service;
    private final ModuleSupport support;
    private final RegistryPlacements registry;

    RegisterEdits(SpecialNeedsServiceImpl service, ModuleSupport support, RegistryPlacements registry) {
        this.service = service;
        this.support = support;
        this.registry = registry;
    }

    Child update(Actor actor, long childId, ChildData d) {
        return support.guard(actor, UPDATE, SpecialNeedsServiceImpl.CHILD, childId, () -> {
            actor.require(Permission.RECORD_SPECIAL_NEEDS);
            ChildScope scope = service.scope(actor);
            if (d.schoolId() != null) {
                scope.requireSchool(d.schoolId());
            }
            Inputs.checkChild(d, support.clock().today());
            return support.transactions().inTransaction(em -> {
                ChildEntity c = service.visible(em, actor, childId);
                if (!Objects.equals(c.studentId, d.studentId())) {
                    if (c.placement != null) {
                        throw new ValidationException(List.of(new FieldError("studentId",
                                SpecialNeedsMessages.STUDENT_FIXED_BY_PLACEMENT)));
                    }
                    if (d.studentId() != null) {
                        registry.schoolOf(em, d.studentId()); // the record must exist
                    }
                }
                Map<String, Object> before = fields(c);
                SpecialNeedsServiceImpl.fill(c, d);
                scope.require(c); // the entry must stay in the actor's scope (town, village, school)
                List<String> changed = new ArrayList<>();
                fields(c).forEach((field, value) -> {
                    if (!Objects.equals(before.get(field), value)) {
                        changed.add(field);
                    }
                });
                if (changed.isEmpty()) {
                    return Rows.child(c); // nothing changed: no new version, no audit row
                }
                if (changed.contains("studentId") || changed.contains("idNumber")) {
                    OneEntryPerChild.refuseSecond(em, c); // R26: not onto another entry's child
                }
                OneEntryPerChild.flush(em);
                // the names of the changed fields only: never a name, ID number or phone (R7)
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("school", c.schoolId);
                details.put("fields", String.join(",", changed));
                support.audit(em, AuditEvent.of(actor, UPDATE, SpecialNeedsServiceImpl.CHILD, c.id, c.schoolId)
                        .withChanges(details));
                return Rows.child(c);
            });
        });
    }

    void remove(Actor actor, long childId, RemovalReason reason) {
        support.guard(actor, REMOVE, SpecialNeedsServiceImpl.CHILD, childId, () -> {
            actor.require(Permission.RECORD_SPECIAL_NEEDS);
            if (reason == null) {
                throw new ValidationException(List.of(new FieldError("reason", SpecialNeedsMessages.REQUIRED)));
            }
            return support.transactions().inTransaction(em -> {
                ChildEntity c = service.visible(em, actor, childId);
                em.lock(c, LockModeType.PESSIMISTIC_WRITE); // no assessment or visit slips in meanwhile
                if (c.referralSource != null) {
                    throw new ValidationException(List.of(new FieldError("childId", SpecialNeedsMessages.CHILD_REFERRED)));
                }
                if (recorded(em, "SN_ASSESSMENT", childId) || recorded(em, "SN_PLAN", childId)
                        || recorded(em, "SN_VISIT", childId)) {
                    throw new ValidationException(List.of(new FieldError("childId",
                            SpecialNeedsMessages.CHILD_HAS_RECORDS)));
                }
                long school = c.schoolId;
                em.remove(c);
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("school", school);
                details.put("reason", reason.name());
                support.audit(em, AuditEvent.of(actor, REMOVE, SpecialNeedsServiceImpl.CHILD, childId, school)
                        .withChanges(details));
                return null;
            });
        });
    }

    private static boolean recorded(EntityManager em, String table, long childId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE CHILD_ID = ?")
                .setParameter(1, childId).getSingleResult()).longValue() > 0;
    }

    /** The entry's editable fields by name, to tell which changed. */
    private static Map<String, Object> fields(ChildEntity c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("studentId", c.studentId);
        f.put("name", c.name);
        f.put("idNumber", c.idNumber);
        f.put("birthDate", c.birthDate);
        f.put("town", c.town);
        f.put("village", c.village);
        f.put("schoolId", c.schoolId);
        f.put("disability", c.disability);
        f.put("degree", c.degree);
        f.put("certificateNumber", c.certificateNumber);
        f.put("certificateDate", c.certificateDate);
        f.put("health", c.health);
        f.put("guardianName", c.guardianName);
        f.put("guardianPhone", c.guardianPhone);
        return f;
    }
}
