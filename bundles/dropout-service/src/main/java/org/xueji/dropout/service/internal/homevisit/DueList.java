package org.xueji.dropout.service.internal.homevisit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.TypedQuery;
import org.xueji.dropout.api.homevisit.PriorityGroup;
import org.xueji.dropout.api.homevisit.VisitDue;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.priority.PriorityRoster;
import org.xueji.registry.api.priority.PriorityStudent;

/**
 * The priority children in an actor's scope with their R28 standing: the registry's groups
 * (PriorityRoster, scoped by the registry), the groups marked here (scoped in the query), and
 * the contacts within the longest window. Shared by the service and the reminder.
 */
final class DueList {

    private final Transactions tx;
    private final StudentService students;

    DueList(Transactions tx, StudentService students) {
        this.tx = tx;
        this.students = students;
    }

    private static final class Child {
        final long id;
        String name;
        long schoolId;
        Long classId;
        final Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);

        Child(long id) {
            this.id = id;
        }
    }

    List<VisitDue> compute(Actor actor, PriorityRoster roster, Long schoolId, HomeVisitConfig config, LocalDate today) {
        Map<Long, Child> children = new LinkedHashMap<>();
        for (PriorityStudent p : roster.priorityStudents(actor, schoolId)) {
            Child c = children.computeIfAbsent(p.id(), Child::new);
            c.name = p.name();
            c.schoolId = p.schoolId();
            c.classId = p.classId();
            if (p.orphan()) {
                c.groups.add(PriorityGroup.ORPHAN);
            }
            if (p.disabled()) {
                c.groups.add(PriorityGroup.DISABLED);
            }
            if (p.leftBehind()) {
                c.groups.add(PriorityGroup.LEFT_BEHIND);
            }
            if (p.migrant()) {
                c.groups.add(PriorityGroup.MIGRANT);
            }
        }
        LocalDate after = today.minusDays(config.longestWindow());
        Map<Long, List<LocalDate>> contacts = new HashMap<>();
        tx.read(em -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            HomeVisitScope.clause(actor, schoolId, "m", where, params);
            TypedQuery<PriorityMarkEntity> marks = em.createQuery("select m from DropoutPriorityMark m"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), PriorityMarkEntity.class);
            params.forEach(marks::setParameter);
            for (PriorityMarkEntity m : marks.getResultList()) {
                Child c = children.get(m.studentId);
                if (c == null) {
                    c = fromRegistry(actor, m.studentId);
                    if (c == null) {
                        continue; // left the actor's scope (moved school or class) or the registry
                    }
                    children.put(c.id, c);
                }
                c.groups.add(PriorityGroup.valueOf(m.group));
            }
            where.clear();
            params.clear();
            where.add("v.visitDate > :after");
            params.put("after", after);
            HomeVisitScope.clause(actor, schoolId, "v", where, params);
            TypedQuery<Object[]> q = em.createQuery("select v.studentId, v.visitDate from DropoutHomeVisit v where "
                    + String.join(" and ", where), Object[].class);
            params.forEach(q::setParameter);
            for (Object[] r : q.getResultList()) {
                contacts.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]);
            }
            return null;
        });
        Map<Long, LocalDate> last = lastContacts(actor, schoolId, children.keySet());
        List<VisitDue> out = new ArrayList<>();
        for (Child c : children.values()) {
            DueRule.Standing s = DueRule.standing(c.groups, contacts.getOrDefault(c.id, List.of()), config, today);
            if (s != null) {
                out.add(new VisitDue(c.id, c.name, c.schoolId, c.classId, Set.copyOf(c.groups), s.binding(), s.made(),
                        last.get(c.id), s.overdue()));
            }
        }
        out.sort(Comparator.comparing(VisitDue::schoolId).thenComparing(v -> v.classId() == null ? -1 : v.classId())
                .thenComparing(VisitDue::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The latest contact of each child, whenever it was (also before the longest window). */
    private Map<Long, LocalDate> lastContacts(Actor actor, Long schoolId, Set<Long> ids) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        tx.read(em -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            HomeVisitScope.clause(actor, schoolId, "v", where, params);
            TypedQuery<Object[]> q = em.createQuery("select v.studentId, max(v.visitDate) from DropoutHomeVisit v"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " group by v.studentId",
                    Object[].class);
            params.forEach(q::setParameter);
            for (Object[] r : q.getResultList()) {
                if (ids.contains((Long) r[0])) {
                    out.put((Long) r[0], (LocalDate) r[1]);
                }
            }
            return null;
        });
        return out;
    }

    private Child fromRegistry(Actor actor, long studentId) {
        try {
            Student s = students.get(actor, studentId);
            Child c = new Child(studentId);
            c.name = s.data().name();
            c.schoolId = s.data().schoolId();
            c.classId = s.data().classId();
            return c;
        } catch (NotFoundException | AccessDeniedException e) {
            return null;
        }
    }
}
