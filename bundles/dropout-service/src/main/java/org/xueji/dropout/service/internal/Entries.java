package org.xueji.dropout.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntrySource;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.ResponsibleLine;
import org.xueji.dropout.api.ResponsiblePerson;
import org.xueji.dropout.service.internal.entity.EntryEntity;
import org.xueji.dropout.service.internal.entity.OpenChildEntity;
import org.xueji.dropout.service.internal.entity.ResponsibleEntity;
import org.xueji.dropout.service.internal.entity.SourceEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * Opening entries — one open entry per child however many feeds find it (R23) — and reading
 * them back. Shared by the service, the at-risk signal listener and the survey campaigns.
 */
public final class Entries {

    public static final String TARGET = "dropout-entry";
    /** Lookups of a child's record by id or ID number: the key of an entry must not depend on who asks. */
    static final Actor LOOKUP = Actor.system("dropout-lookup");

    private final ModuleSupport support;
    private final StudentService students;
    private final PlatformClock clock;

    public Entries(ModuleSupport support, StudentService students) {
        this.support = support;
        this.students = students;
        this.clock = support.clock();
    }

    /** A child resolved to its registry record when it has one. */
    public record Child(Long studentId, String name, Sex sex, LocalDate birthDate, String idNumber, Long schoolId,
                        Long classId) {

        /** One key per person: the record if any, otherwise the ID number. */
        String key() {
            return studentId != null ? "S:" + studentId : "I:" + idNumber;
        }
    }

    /** Where the child lives and what is known about the finding. */
    public record Finding(String household, String town, String village, ReasonCategory reason,
                          AtRiskSource source, String reference, LocalDate foundOn, String note) {
    }

    /** Resolves an entered child: a record by id (seen through the actor's registry scope), or a child without one. */
    public Child resolve(Actor actor, ChildData c, DropoutConfig config, LocalDate on) {
        if (c == null) {
            throw new ValidationException(List.of(new FieldError("child", DropoutMessages.CHILD_REQUIRED)));
        }
        if (c.studentId() != null) {
            return ofStudent(actor, c.studentId());
        }
        String id = EntryRules.checkChildWithoutRecord(c, clock.clock());
        EntryRules.checkAge(c.birthDate(), on, config);
        Optional<Student> record = students.findByIdNumber(LOOKUP, id);
        if (record.isPresent()) {
            StudentData d = record.get().data();
            return new Child(record.get().id(), d.name(), d.sex(), d.birthDate(), d.idNumber(), d.schoolId(),
                    d.classId());
        }
        return new Child(null, c.name().strip(), c.sex(), c.birthDate(), id, null, null);
    }

    public Child ofStudent(Actor actor, long studentId) {
        Student s;
        try {
            s = students.get(actor, studentId);
        } catch (NotFoundException e) {
            throw new ValidationException(List.of(new FieldError("studentId", DropoutMessages.STUDENT_UNKNOWN,
                    String.valueOf(studentId))));
        }
        StudentData d = s.data();
        return new Child(s.id(), d.name(), d.sex(), d.birthDate(), d.idNumber(), d.schoolId(), d.classId());
    }

    /** The outcome of {@link #openOrAttach}: the entry and whether it was new. */
    public record Opened(EntryEntity entry, boolean created) {
    }

    /**
     * Opens a suspected entry for the child, or adds the finding as one more source of the child's
     * open entry; the same source and reference twice does nothing. Runs in the caller's transaction.
     */
    public Opened openOrAttach(EntityManager em, Actor actor, Child child, Long schoolId, Finding f) {
        List<SourceEntity> known = em.createQuery(
                        "select s from DropoutSource s where s.source = :src and s.reference = :ref", SourceEntity.class)
                .setParameter("src", f.source().name()).setParameter("ref", f.reference()).getResultList();
        if (!known.isEmpty()) {
            return new Opened(em.find(EntryEntity.class, known.get(0).entryId), false);
        }
        OpenChildEntity open = em.find(OpenChildEntity.class, child.key(), LockModeType.PESSIMISTIC_WRITE);
        EntryEntity e;
        boolean created = open == null;
        if (open != null) {
            e = em.find(EntryEntity.class, open.entryId, LockModeType.PESSIMISTIC_WRITE);
            // what a later finding knows fills what an earlier one did not
            e.household = e.household == null ? f.household() : e.household;
            if (e.town == null && f.town() != null) {
                e.town = f.town();
                e.village = f.village();
            }
        } else {
            e = new EntryEntity();
            e.status = EntryStatus.SUSPECTED.name();
            e.childKey = child.key();
            e.studentId = child.studentId();
            e.name = child.name();
            e.sex = child.sex() == null ? null : child.sex().name();
            e.birthDate = child.birthDate();
            e.idNumber = child.idNumber();
            e.schoolId = schoolId != null ? schoolId : child.schoolId();
            e.classId = child.classId();
            e.household = f.household();
            e.town = f.town();
            e.village = f.village();
            e.reason = (f.reason() == null ? ReasonCategory.OTHER : f.reason()).name();
            e.foundOn = f.foundOn();
            e.note = f.note();
            e.createdAt = clock.now();
            e.createdBy = actor.username();
            em.persist(e);
            em.flush();
            OpenChildEntity oc = new OpenChildEntity();
            oc.childKey = e.childKey;
            oc.entryId = e.id;
            em.persist(oc);
        }
        SourceEntity s = new SourceEntity();
        s.entryId = e.id;
        s.source = f.source().name();
        s.reference = f.reference();
        s.foundOn = f.foundOn();
        em.persist(s);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", s.source);
        details.put("created", created);
        details.put("status", e.status);
        support.audit(em, AuditEvent.of(actor, created ? "dropout.entry.open" : "dropout.entry.source", TARGET, e.id,
                e.schoolId).withChanges(details));
        return new Opened(e, created);
    }

    public EntryEntity find(EntityManager em, long id, boolean lock) {
        EntryEntity e = lock ? em.find(EntryEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(EntryEntity.class, id);
        if (e == null) {
            throw new NotFoundException(DropoutMessages.ENTRY_NOT_FOUND, String.valueOf(id));
        }
        return e;
    }

    public static boolean answersFor(EntityManager em, long entryId, String username) {
        return !em.createQuery("select r.id from DropoutResponsible r where r.entryId = :e and r.username = :u")
                .setParameter("e", entryId).setParameter("u", username).getResultList().isEmpty();
    }

    public static void requireSeen(EntityManager em, Scope scope, EntryEntity e) {
        boolean answers = (scope.kind() == Scope.Kind.CLASS || scope.kind() == Scope.Kind.AREA)
                && answersFor(em, e.id, scope.actor().username());
        scope.require(e.schoolId, e.classId, e.town, e.village, answers);
    }

    /** The entries as the API shows them, with sources and responsible persons. */
    public static List<Entry> toApi(EntityManager em, List<EntryEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        Map<Long, List<EntrySource>> sources = new LinkedHashMap<>();
        for (SourceEntity s : em.createQuery("select s from DropoutSource s where s.entryId in :ids order by s.id",
                SourceEntity.class).setParameter("ids", ids).getResultList()) {
            sources.computeIfAbsent(s.entryId, k -> new ArrayList<>())
                    .add(new EntrySource(AtRiskSource.valueOf(s.source), s.reference, s.foundOn));
        }
        Map<Long, List<ResponsiblePerson>> persons = new LinkedHashMap<>();
        for (ResponsibleEntity r : em.createQuery("select r from DropoutResponsible r where r.entryId in :ids order by r.id",
                ResponsibleEntity.class).setParameter("ids", ids).getResultList()) {
            persons.computeIfAbsent(r.entryId, k -> new ArrayList<>())
                    .add(new ResponsiblePerson(ResponsibleLine.valueOf(r.line), r.username, r.displayName,
                            r.assignedBy, r.assignedAt));
        }
        List<Entry> out = new ArrayList<>();
        for (EntryEntity e : rows) {
            List<ResponsiblePerson> named = persons.getOrDefault(e.id, List.of());
            Set<ResponsibleLine> missing = EnumSet.allOf(ResponsibleLine.class);
            named.forEach(p -> missing.remove(p.line()));
            out.add(new Entry(e.id, EntryStatus.valueOf(e.status), e.studentId, e.name,
                    e.sex == null ? null : Sex.valueOf(e.sex), e.birthDate,
                    e.idNumber == null ? null : IdentityMask.idNumber(e.idNumber), e.schoolId, e.classId, e.household,
                    e.town, e.village, ReasonCategory.valueOf(e.reason), e.foundOn, sources.get(e.id),
                    e.confirmedBy, e.confirmedOn,
                    e.outcome == null ? null : org.xueji.dropout.api.ClosingOutcome.valueOf(e.outcome),
                    e.closeRequest, e.closedOn, named, EntryStatus.valueOf(e.status).open() ? missing : Set.of(),
                    e.lastVisitOn, e.version));
        }
        return out;
    }
}
