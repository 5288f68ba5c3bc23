package org.xueji.dropout.service.internal.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.dropout.api.inspection.Activity;
import org.xueji.dropout.api.inspection.AwarenessKind;
import org.xueji.dropout.api.inspection.AwarenessService;
import org.xueji.dropout.api.inspection.AwarenessSummary;
import org.xueji.dropout.api.inspection.InspectionMessages;
import org.xueji.dropout.api.inspection.NewActivity;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;

/**
 * Awareness activities (R20) per school and semester: the semester is the one the activity's
 * date falls in (SchoolYearService); a date in a break is refused rather than guessed.
 */
@Component(service = AwarenessService.class)
public class AwarenessServiceImpl implements AwarenessService {

    static final String TARGET = "dropout-awareness";

    private final ModuleSupport support;
    private final Transactions tx;
    private final SchoolService schools;
    private final SchoolYearService years;

    @Activate
    public AwarenessServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                                @Reference AuditTrail audit, @Reference AuditService auditService,
                                @Reference PlatformClock clock, @Reference SchoolService schools,
                                @Reference SchoolYearService years) {
        this(new ModuleSupport(emf, audit, auditService, clock), schools, years);
    }

    /** For fast tests on the real schema. */
    public AwarenessServiceImpl(ModuleSupport support, SchoolService schools, SchoolYearService years) {
        this.support = support;
        this.tx = support.transactions();
        this.schools = schools;
        this.years = years;
    }

    @Override
    public Activity record(Actor actor, NewActivity a) {
        return support.guard(actor, "dropout.awareness.record", "school", a == null ? null : a.schoolId(), () -> {
            actor.require(Permission.RECORD_DROPOUT);
            if (a == null) {
                throw new ValidationException(List.of(new FieldError("kind", InspectionMessages.KIND_REQUIRED)));
            }
            actor.requireSchool(a.schoolId());
            InspectionRules.check(a, support.today());
            Semester semester = years.semesterOf(a.heldOn()).orElseThrow(() -> new ValidationException(List.of(
                    new FieldError("heldOn", InspectionMessages.NO_SEMESTER, a.heldOn().toString()))));
            try {
                schools.getSchool(actor, a.schoolId());
            } catch (NotFoundException e) {
                throw new ValidationException(List.of(new FieldError("schoolId", InspectionMessages.SCHOOL_UNKNOWN,
                        String.valueOf(a.schoolId()))));
            }
            return tx.inTransaction(em -> {
                AwarenessEntity e = new AwarenessEntity();
                e.schoolId = a.schoolId();
                e.kind = a.kind().name();
                e.heldOn = a.heldOn();
                e.title = a.title().strip();
                boolean letter = a.kind() == AwarenessKind.PARENT_LETTER;
                e.participants = letter ? 0 : a.participants();
                e.lettersSent = letter ? a.lettersSent() : 0;
                e.lettersSigned = letter ? a.lettersSigned() : 0;
                e.schoolYear = semester.schoolYear();
                e.semester = semester.number();
                e.recordedBy = actor.username();
                e.recordedAt = support.now();
                em.persist(e);
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("kind", e.kind);
                details.put("heldOn", e.heldOn);
                details.put("semester", e.schoolYear + "-" + e.semester);
                support.audit(em, AuditEvent.of(actor, "dropout.awareness.record", TARGET, e.id, e.schoolId)
                        .withChanges(details));
                return toApi(e);
            });
        });
    }

    /** The school the actor reads: district accounts any (null: all), a school account its own. */
    private static Long schoolInScope(Actor actor, Long schoolId) {
        actor.require(Permission.VIEW_DROPOUT);
        actor.requireCurrent();
        if (actor.isDistrictWide()) {
            return schoolId;
        }
        if (actor.schoolId() == null) {
            throw new AccessDeniedException(InspectionMessages.DISTRICT_ONLY);
        }
        if (schoolId != null) {
            actor.requireSchool(schoolId);
        }
        return actor.schoolId();
    }

    @Override
    public List<Activity> activities(Actor actor, Long schoolId, int schoolYear, int semester) {
        return support.guard(actor, "dropout.awareness.view", "school", schoolId, () -> {
            Long s = schoolInScope(actor, schoolId);
            return tx.read(em -> {
                TypedQuery<AwarenessEntity> q = em.createQuery("select a from DropoutAwareness a where a.schoolYear = :y "
                        + "and a.semester = :n" + (s == null ? "" : " and a.schoolId = :s")
                        + " order by a.heldOn, a.id", AwarenessEntity.class)
                        .setParameter("y", schoolYear).setParameter("n", semester);
                if (s != null) {
                    q.setParameter("s", s);
                }
                return q.getResultList().stream().map(AwarenessServiceImpl::toApi).toList();
            });
        });
    }

    @Override
    public List<AwarenessSummary> summary(Actor actor, int schoolYear, int semester) {
        return support.guard(actor, "dropout.awareness.view", "school", null, () -> {
            Long s = schoolInScope(actor, null);
            return tx.read(em -> {
                TypedQuery<Object[]> q = em.createQuery("select a.schoolId, "
                        + "sum(case when a.kind = 'LAW_SESSION' then 1 else 0 end), sum(a.participants), "
                        + "sum(case when a.kind = 'PARENT_LETTER' then 1 else 0 end), sum(a.lettersSent), "
                        + "sum(a.lettersSigned) from DropoutAwareness a where a.schoolYear = :y and a.semester = :n"
                        + (s == null ? "" : " and a.schoolId = :s") + " group by a.schoolId order by a.schoolId",
                        Object[].class).setParameter("y", schoolYear).setParameter("n", semester);
                if (s != null) {
                    q.setParameter("s", s);
                }
                List<AwarenessSummary> out = new ArrayList<>();
                for (Object[] r : q.getResultList()) {
                    out.add(new AwarenessSummary((Long) r[0], num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5])));
                }
                return out;
            });
        });
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    static Activity toApi(AwarenessEntity e) {
        return new Activity(e.id, e.schoolId, AwarenessKind.valueOf(e.kind), e.heldOn, e.title, e.participants,
                e.lettersSent, e.lettersSigned, e.schoolYear, e.semester, e.recordedBy);
    }
}
