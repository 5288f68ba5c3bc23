package org.xueji.enrollment.service.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.Finding;
import org.xueji.enrollment.api.NewVerificationCampaign;
import org.xueji.enrollment.api.RegistryEntry;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.registry.api.followup.AtRiskSignalListener;
import org.xueji.registry.api.followup.AtRiskSource;
import org.xueji.enrollment.api.RosterComparison;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.SemesterCompliance;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.enrollment.service.internal.entity.CampaignEntity;
import org.xueji.enrollment.service.internal.entity.DiscrepancyEntity;
import org.xueji.enrollment.service.internal.entity.RosterRowEntity;
import org.xueji.enrollment.service.internal.entity.TickedClassEntity;
import org.xueji.enrollment.service.internal.entity.VerificationEntity;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;

/**
 * 人籍一致 checks (R18). A school's findings are replaced by each new comparison; a
 * resolution given to a finding that is found again is kept, so re-uploading a corrected
 * roster does not undo work.
 */
@Component(service = VerificationService.class)
public class VerificationServiceImpl implements VerificationService {

    static final String UPLOAD = "UPLOAD";
    static final String TICK = "TICK";

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final Clock clock;
    private final StudentService students;
    private final SchoolService schools;
    private final RosterFiles rosterFiles;
    /** R18 → dropout control (issue 10): optional listeners, never a required module. */
    private final AtRiskFeed atRisk = new AtRiskFeed();

    @Activate
    public VerificationServiceImpl(@Reference(target = "(osgi.unit.name=xueji-enrollment)") EntityManagerFactory emf,
                                   @Reference AuditTrail audit, @Reference AuditService auditService,
                                   @Reference PlatformClock platformClock, @Reference StudentService students,
                                   @Reference SchoolService schools) {
        this.tx = new Transactions(emf);
        this.audit = audit;
        this.denied = new DeniedAccess(auditService);
        this.clock = platformClock.clock();
        this.students = students;
        this.schools = schools;
        this.rosterFiles = new RosterFiles();
    }

    @org.osgi.service.component.annotations.Reference(service = AtRiskSignalListener.class,
            cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void bindAtRiskListener(AtRiskSignalListener listener) {
        atRisk.add(listener);
    }

    void unbindAtRiskListener(AtRiskSignalListener listener) {
        atRisk.remove(listener);
    }

    @Override
    public VerificationCampaign openCampaign(Actor actor, NewVerificationCampaign c) {
        return denied.guard(actor, "verification.open", "campaign", null, () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(EnrollmentMessages.DISTRICT_ONLY);
            }
            List<FieldError> errors = new ArrayList<>();
            if (c.semester() != 1 && c.semester() != 2) {
                errors.add(new FieldError("semester", EnrollmentMessages.SEMESTER_INVALID));
            }
            if (c.title() == null || c.title().isBlank() || c.title().strip().length() > 100) {
                errors.add(new FieldError("title", EnrollmentMessages.CAMPAIGN_INVALID));
            }
            if (c.dueDate() == null || c.schoolYear() < 2000 || c.schoolYear() > 2100) {
                errors.add(new FieldError("dueDate", EnrollmentMessages.CAMPAIGN_INVALID));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return tx.inTransaction(em -> {
                CampaignEntity e = new CampaignEntity();
                e.schoolYear = c.schoolYear();
                e.semester = c.semester();
                e.title = c.title().strip();
                e.dueDate = c.dueDate();
                e.openedAt = Instant.now(clock);
                e.openedBy = actor.username();
                em.persist(e);
                em.flush();
                audit.append(em, AuditEvent.of(actor, "verification.open", "campaign", e.id, null)
                        .withChanges(Map.of("title", e.title, "schoolYear", e.schoolYear, "semester", e.semester,
                                "dueDate", e.dueDate.toString())));
                return campaign(e);
            });
        });
    }

    @Override
    public List<VerificationCampaign> campaigns(Actor actor) {
        actor.require(Permission.VIEW_STUDENT);
        return tx.read(em -> em.createQuery("select c from Campaign c order by c.openedAt desc, c.id desc",
                CampaignEntity.class).getResultList().stream().map(VerificationServiceImpl::campaign).toList());
    }

    @Override
    public List<SchoolVerification> schools(Actor actor, long campaignId) {
        actor.require(Permission.VIEW_STUDENT);
        List<School> inScope = schools.listSchools(actor);
        return tx.read(em -> {
            findCampaign(em, campaignId);
            Map<Long, VerificationEntity> bySchool = new HashMap<>();
            em.createQuery("select v from Verification v where v.campaignId = :c", VerificationEntity.class)
                    .setParameter("c", campaignId).getResultList().forEach(v -> bySchool.put(v.schoolId, v));
            List<SchoolVerification> result = new ArrayList<>();
            for (School s : inScope) {
                VerificationEntity v = bySchool.get(s.id());
                result.add(v == null ? new SchoolVerification(0, campaignId, s.id(), s.name(),
                        SchoolVerification.Status.NOT_STARTED, 0, 0, 0, 0, 0, null, null, null, Set.of(), 0)
                        : view(em, v, s.name()));
            }
            return result;
        });
    }

    @Override
    public SchoolVerification get(Actor actor, long verificationId) {
        actor.require(Permission.VIEW_STUDENT);
        return tx.read(em -> {
            VerificationEntity v = findInScope(em, actor, verificationId);
            return view(em, v, schoolName(actor, v.schoolId));
        });
    }

    @Override
    public SchoolVerification forSchool(Actor actor, long campaignId, long schoolId) {
        return denied.guard(actor, "verification.view", "school", schoolId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            actor.requireSchool(schoolId);
            String name = schools.getSchool(actor, schoolId).name();
            return tx.inTransaction(em -> view(em, verificationOf(em, campaignId, schoolId), name));
        });
    }

    private VerificationEntity verificationOf(EntityManager em, long campaignId, long schoolId) {
        findCampaign(em, campaignId);
        List<VerificationEntity> found = em.createQuery(
                "select v from Verification v where v.campaignId = :c and v.schoolId = :s", VerificationEntity.class)
                .setParameter("c", campaignId).setParameter("s", schoolId).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        VerificationEntity v = new VerificationEntity();
        v.campaignId = campaignId;
        v.schoolId = schoolId;
        v.status = SchoolVerification.Status.NOT_STARTED.name();
        em.persist(v);
        em.flush();
        return v;
    }

    @Override
    public SchoolVerification uploadRoster(Actor actor, long verificationId, String fileName, InputStream content) {
        return denied.guard(actor, "verification.upload", "verification", verificationId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            VerificationEntity current = tx.read(em -> findOpenInScope(em, actor, verificationId));
            // the whole file is read and checked before anything changes
            List<RosterEntry> roster = rosterFiles.read(fileName, content);
            List<StudentSummary> records = students.schoolRoster(actor, current.schoolId);
            List<Finding> findings = RosterComparison.compare(roster, registryEntries(records));
            String name = schoolName(actor, current.schoolId);
            return tx.inTransaction(em -> {
                VerificationEntity v = findOpenInScope(em, actor, verificationId);
                em.lock(v, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.createQuery("delete from RosterRow r where r.verificationId = :v").setParameter("v", v.id)
                        .executeUpdate();
                em.createQuery("delete from TickedClass t where t.verificationId = :v").setParameter("v", v.id)
                        .executeUpdate();
                v.rosterMode = UPLOAD;
                v.untickedClasses = 0;
                v.rosterFile = fileName == null ? null : abbreviate(fileName, 200);
                v = store(em, v, findings, roster.size(), records.size());
                audit.append(em, AuditEvent.of(actor, "verification.upload", "verification", v.id, v.schoolId)
                        .withChanges(Map.of("file", String.valueOf(fileName), "roster", roster.size(),
                                "records", records.size(), "findings", findings.size())));
                return view(em, v, name);
            });
        });
    }

    @Override
    public SchoolVerification submitPresence(Actor actor, long verificationId, long classId,
                                             Set<Long> presentStudentIds, List<RosterEntry> extraPeople) {
        return denied.guard(actor, "verification.presence", "verification", verificationId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            VerificationEntity current = tx.read(em -> findOpenInScope(em, actor, verificationId));
            SchoolClass schoolClass = schools.getClass(actor, classId);
            if (schoolClass.schoolId() != current.schoolId) {
                throw new DomainException(EnrollmentMessages.CLASS_NOT_IN_VERIFICATION);
            }
            List<StudentSummary> records = students.schoolRoster(actor, current.schoolId);
            Set<Long> inClass = new HashSet<>();
            records.stream().filter(r -> Long.valueOf(classId).equals(r.classId())).forEach(r -> inClass.add(r.id()));
            if (!inClass.containsAll(presentStudentIds)) {
                throw new DomainException(EnrollmentMessages.CLASS_NOT_IN_VERIFICATION);
            }
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < extraPeople.size(); i++) {
                RosterEntry p = extraPeople.get(i);
                if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 50) {
                    errors.add(new FieldError("extraPeople[" + i + "]", EnrollmentMessages.ROSTER_PERSON_INVALID));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String name = schoolName(actor, current.schoolId);
            Map<Long, StudentSummary> byId = new HashMap<>();
            records.forEach(r -> byId.put(r.id(), r));
            return tx.inTransaction(em -> {
                VerificationEntity v = findOpenInScope(em, actor, verificationId);
                em.lock(v, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                if (!TICK.equals(v.rosterMode)) {
                    // switching from an uploaded roster: start the ticked roster afresh
                    em.createQuery("delete from RosterRow r where r.verificationId = :v").setParameter("v", v.id)
                            .executeUpdate();
                    em.createQuery("delete from TickedClass t where t.verificationId = :v").setParameter("v", v.id)
                            .executeUpdate();
                    v.rosterFile = null;
                }
                v.rosterMode = TICK;
                em.createQuery("delete from RosterRow r where r.verificationId = :v and r.classId = :c")
                        .setParameter("v", v.id).setParameter("c", classId).executeUpdate();
                for (Long id : presentStudentIds) {
                    StudentSummary s = byId.get(id);
                    em.persist(rosterRow(v.id, classId, id, s.name(), s.idNumber(), schoolClass.gradeLevel(),
                            schoolClass.classNumber()));
                }
                for (RosterEntry p : extraPeople) {
                    em.persist(rosterRow(v.id, classId, null, p.name().strip(), blankToNull(p.idNumber()),
                            p.gradeLevel() == null ? schoolClass.gradeLevel() : p.gradeLevel(),
                            p.classNumber() == null ? schoolClass.classNumber() : p.classNumber()));
                }
                TickedClassEntity.Key key = new TickedClassEntity.Key();
                key.verificationId = v.id;
                key.classId = classId;
                TickedClassEntity ticked = em.find(TickedClassEntity.class, key);
                if (ticked == null) {
                    ticked = new TickedClassEntity();
                    ticked.verificationId = v.id;
                    ticked.classId = classId;
                    em.persist(ticked);
                }
                ticked.tickedBy = actor.username();
                ticked.tickedAt = Instant.now(clock);
                em.flush();
                // compare everything ticked so far against the records of those classes
                Set<Long> tickedClasses = new HashSet<>(em.createQuery(
                        "select t.classId from TickedClass t where t.verificationId = :v", Long.class)
                        .setParameter("v", v.id).getResultList());
                List<RosterEntry> roster = em.createQuery("select r from RosterRow r where r.verificationId = :v",
                        RosterRowEntity.class).setParameter("v", v.id).getResultList().stream()
                        .map(r -> new RosterEntry(0, r.name, r.idNumber, r.gradeLevel, r.classNumber, r.studentId))
                        .toList();
                List<StudentSummary> tickedRecords = records.stream()
                        .filter(r -> r.classId() != null && tickedClasses.contains(r.classId())).toList();
                v.untickedClasses = (int) records.stream().map(StudentSummary::classId)
                        .filter(id -> id != null && !tickedClasses.contains(id)).distinct().count();
                List<Finding> findings = RosterComparison.compare(roster, registryEntries(tickedRecords));
                v = store(em, v, findings, roster.size(), tickedRecords.size());
                audit.append(em, AuditEvent.of(actor, "verification.presence", "verification", v.id, v.schoolId)
                        .withChanges(Map.of("classId", classId, "present", presentStudentIds.size(),
                                "added", extraPeople.size(), "findings", findings.size())));
                return view(em, v, name);
            });
        });
    }

    private static RosterRowEntity rosterRow(long verificationId, long classId, Long studentId, String name,
                                             String idNumber, Integer grade, Integer classNumber) {
        RosterRowEntity r = new RosterRowEntity();
        r.verificationId = verificationId;
        r.classId = classId;
        r.studentId = studentId;
        r.name = name;
        r.idNumber = idNumber;
        r.gradeLevel = grade;
        r.classNumber = classNumber;
        return r;
    }

    /**
     * Replaces the findings, keeping the resolution of any finding seen again. Returns the
     * check as a managed entity again: the persistence context is cleared on the way, so
     * that tens of thousands of findings are not dirty-checked at every flush.
     */
    private VerificationEntity store(EntityManager em, VerificationEntity v, List<Finding> findings, int rosterSize,
                                     int recordCount) {
        long verificationId = v.id;
        Map<String, DiscrepancyEntity> previous = new HashMap<>();
        for (DiscrepancyEntity d : em.createQuery("select d from Discrepancy d where d.verificationId = :v",
                DiscrepancyEntity.class).setParameter("v", v.id).getResultList()) {
            if (d.resolution != null) {
                previous.put(key(d.kind, d.studentId, d.idNumber, d.name, d.gradeLevel, d.classNumber, d.field), d);
            }
        }
        em.createQuery("delete from Discrepancy d where d.verificationId = :v").setParameter("v", v.id)
                .executeUpdate();
        int n = 0;
        for (Finding f : findings) {
            DiscrepancyEntity d = new DiscrepancyEntity();
            d.verificationId = v.id;
            d.kind = f.kind().name();
            d.studentId = f.record() == null ? null : f.record().studentId();
            d.name = f.roster() != null ? f.roster().name() : f.record().name();
            d.idNumber = f.roster() != null && f.roster().idNumber() != null && !f.roster().idNumber().isBlank()
                    ? f.roster().idNumber() : f.record() == null ? null : f.record().idNumber();
            d.gradeLevel = f.gradeLevel();
            d.classNumber = f.roster() != null && f.roster().classNumber() != null ? f.roster().classNumber()
                    : f.record() == null ? null : f.record().classNumber();
            d.field = f.field();
            d.registryValue = abbreviate(f.registryValue(), 100);
            d.rosterValue = abbreviate(f.rosterValue(), 100);
            d.priority = RosterComparison.priorityOf(d.gradeLevel);
            DiscrepancyEntity before = previous.get(key(d.kind, d.studentId, d.idNumber, d.name, d.gradeLevel,
                    d.classNumber, d.field));
            if (before != null) {
                d.resolution = before.resolution;
                d.resolutionNote = before.resolutionNote;
                d.resolvedBy = before.resolvedBy;
                d.resolvedAt = before.resolvedAt;
            }
            em.persist(d);
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        v = em.find(VerificationEntity.class, verificationId);
        v.rosterSize = rosterSize;
        v.recordCount = recordCount;
        v.comparedAt = Instant.now(clock);
        v.status = SchoolVerification.Status.IN_PROGRESS.name();
        em.flush();
        recount(em, v);
        return v;
    }

    private static String key(String kind, Long studentId, String idNumber, String name, Integer grade,
                              Integer classNumber, String field) {
        String who = studentId != null ? "s" + studentId : idNumber != null ? "i" + idNumber
                : "n" + name + "/" + grade + "/" + classNumber;
        return kind + "|" + who + "|" + field;
    }

    /** The check's counts after a finding changed (also used by {@link PresenceFindingsImpl}). */
    static void recount(EntityManager em, VerificationEntity v) {
        List<Object[]> rows = em.createQuery("select d.kind, d.gradeLevel, d.field, d.resolution from Discrepancy d"
                + " where d.verificationId = :v", Object[].class).setParameter("v", v.id).getResultList();
        int unresolved = 0;
        int grade9 = 0;
        for (Object[] r : rows) {
            if (r[3] == null) {
                unresolved++;
                // R18: a grade-9 student at school without a valid record risks the 中考
                boolean noValidRecord = DiscrepancyKind.PERSON_WITHOUT_RECORD.name().equals(r[0])
                        || DiscrepancyKind.FIELD_MISMATCH.name().equals(r[0]) && "idNumber".equals(r[2]);
                if (noValidRecord && Integer.valueOf(9).equals(r[1])) {
                    grade9++;
                }
            }
        }
        v.discrepancies = rows.size();
        v.unresolved = unresolved;
        v.grade9NoRecord = grade9;
    }

    @Override
    public List<Discrepancy> discrepancies(Actor actor, long verificationId) {
        actor.require(Permission.VIEW_STUDENT);
        // a head teacher sees the findings of their own classes only (R1)
        Set<String> ownClasses = actor.isClassScoped() ? new HashSet<>() : null;
        if (ownClasses != null) {
            for (Long classId : actor.classIds()) {
                SchoolClass c = schools.getClass(actor, classId);
                ownClasses.add(c.gradeLevel() + "/" + c.classNumber());
            }
        }
        return tx.read(em -> {
            VerificationEntity v = findInScope(em, actor, verificationId);
            return em.createQuery("select d from Discrepancy d where d.verificationId = :v order by"
                            + " case when d.resolution is null then 0 else 1 end, d.priority, d.gradeLevel,"
                            + " d.classNumber, d.name, d.id", DiscrepancyEntity.class)
                    .setParameter("v", v.id).getResultList().stream()
                    .filter(d -> ownClasses == null || ownClasses.contains(d.gradeLevel + "/" + d.classNumber))
                    .map(VerificationServiceImpl::discrepancy).toList();
        });
    }

    @Override
    public Discrepancy resolve(Actor actor, long discrepancyId, ResolutionKind resolution, String note) {
        return denied.guard(actor, "verification.resolve", "discrepancy", discrepancyId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            String text = note == null ? "" : note.strip();
            if (resolution == null || resolution == ResolutionKind.EXPLAINED && text.length() < 5
                    || text.length() > 1000) {
                throw new ValidationException(List.of(new FieldError("note",
                        EnrollmentMessages.RESOLUTION_NOTE_REQUIRED, 5)));
            }
            AtRiskSignal[] signal = new AtRiskSignal[1];
            Discrepancy resolved = tx.inTransaction(em -> {
                DiscrepancyEntity d = em.find(DiscrepancyEntity.class, discrepancyId);
                if (d == null) {
                    throw new NotFoundException(EnrollmentMessages.DISCREPANCY_NOT_FOUND, discrepancyId);
                }
                VerificationEntity v = findOpenInScope(em, actor, d.verificationId);
                String before = d.resolution;
                d.resolution = resolution.name();
                d.resolutionNote = text.isEmpty() ? null : text;
                d.resolvedBy = actor.username();
                d.resolvedAt = Instant.now(clock);
                em.flush();
                recount(em, v);
                Map<String, Object> changes = new LinkedHashMap<>();
                changes.put("resolution", List.of(before == null ? "" : before, resolution.name()));
                changes.put("kind", d.kind);
                changes.put("note", text);
                audit.append(em, AuditEvent.of(actor, "verification.resolve", "discrepancy", d.id, v.schoolId)
                        .withChanges(changes));
                // R18 → R23: a 籍在人不在 settled by a written claim alone puts the child on the
                // suspected-dropout ledger, where only a confirmed outcome approved by the district closes it
                if (resolution == ResolutionKind.EXPLAINED && d.studentId != null
                        && DiscrepancyKind.RECORD_WITHOUT_PERSON.name().equals(d.kind)) {
                    signal[0] = new AtRiskSignal(AtRiskSource.R18_NOT_PRESENT, d.studentId, v.schoolId,
                            LocalDate.now(clock), "r18:" + v.id + ":" + d.id);
                }
                return discrepancy(d);
            });
            if (signal[0] != null) {
                atRisk.send(signal[0]); // after commit, never inside it
            }
            return resolved;
        });
    }

    @Override
    public SchoolVerification close(Actor actor, long verificationId) {
        return denied.guard(actor, "verification.close", "verification", verificationId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            VerificationEntity current = tx.read(em -> findOpenInScope(em, actor, verificationId));
            Set<Long> classesWithStudents = new HashSet<>();
            if (TICK.equals(current.rosterMode)) {
                students.schoolRoster(actor, current.schoolId).forEach(r -> {
                    if (r.classId() != null) {
                        classesWithStudents.add(r.classId());
                    }
                });
            }
            String name = schoolName(actor, current.schoolId);
            return tx.inTransaction(em -> {
                VerificationEntity v = findOpenInScope(em, actor, verificationId);
                if (v.comparedAt == null) {
                    throw new DomainException(EnrollmentMessages.VERIFICATION_NOTHING_COMPARED);
                }
                recount(em, v);
                if (v.unresolved > 0) {
                    throw new DomainException(EnrollmentMessages.VERIFICATION_UNRESOLVED, v.unresolved);
                }
                if (TICK.equals(v.rosterMode)) {
                    classesWithStudents.removeAll(em.createQuery(
                            "select t.classId from TickedClass t where t.verificationId = :v", Long.class)
                            .setParameter("v", v.id).getResultList());
                    if (!classesWithStudents.isEmpty()) {
                        throw new DomainException(EnrollmentMessages.VERIFICATION_CLASSES_MISSING,
                                classesWithStudents.size());
                    }
                }
                v.status = SchoolVerification.Status.CLOSED.name();
                v.closedAt = Instant.now(clock);
                v.closedBy = actor.username();
                em.flush();
                audit.append(em, AuditEvent.of(actor, "verification.close", "verification", v.id, v.schoolId)
                        .withChanges(Map.of("findings", v.discrepancies, "roster", v.rosterSize,
                                "records", v.recordCount)));
                return view(em, v, name);
            });
        });
    }

    @Override
    public List<SemesterCompliance> compliance(Actor actor, int schoolYear, int semester) {
        actor.require(Permission.VIEW_STUDENT);
        List<School> inScope = schools.listSchools(actor);
        return tx.read(em -> {
            Map<Long, Integer> closed = new HashMap<>();
            Map<Long, Integer> grade9 = new HashMap<>();
            // newest campaign last, so its grade-9 figure is the one kept
            for (Object[] r : em.createQuery("select v.schoolId, v.status, v.grade9NoRecord from Verification v,"
                            + " Campaign c where v.campaignId = c.id and c.schoolYear = :y and c.semester = :s"
                            + " order by c.openedAt, c.id", Object[].class)
                    .setParameter("y", schoolYear).setParameter("s", semester).getResultList()) {
                long school = (Long) r[0];
                if (SchoolVerification.Status.CLOSED.name().equals(r[1])) {
                    closed.merge(school, 1, Integer::sum);
                }
                grade9.put(school, (Integer) r[2]);
            }
            return inScope.stream().map(s -> new SemesterCompliance(s.id(), s.name(), schoolYear, semester,
                    closed.getOrDefault(s.id(), 0), grade9.getOrDefault(s.id(), 0))).toList();
        });
    }

    // ------------------------------------------------------------------ helpers

    static List<RegistryEntry> registryEntries(List<StudentSummary> records) {
        List<RegistryEntry> result = new ArrayList<>(records.size());
        for (StudentSummary s : records) {
            result.add(new RegistryEntry(s.id(), s.registryNumber(), s.name(), s.idNumber(), s.gradeLevel(),
                    classNumberOf(s.className())));
        }
        return result;
    }

    /** "三年级(2)班" → 2. */
    static Integer classNumberOf(String className) {
        if (className == null) {
            return null;
        }
        int open = className.lastIndexOf('(');
        int close = className.lastIndexOf(')');
        if (open < 0 || close <= open) {
            return null;
        }
        try {
            return Integer.parseInt(className.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String schoolName(Actor actor, long schoolId) {
        return schools.getSchool(actor, schoolId).name();
    }

    private static CampaignEntity findCampaign(EntityManager em, long campaignId) {
        CampaignEntity c = em.find(CampaignEntity.class, campaignId);
        if (c == null) {
            throw new NotFoundException(EnrollmentMessages.CAMPAIGN_NOT_FOUND, campaignId);
        }
        return c;
    }

    private static VerificationEntity findInScope(EntityManager em, Actor actor, long verificationId) {
        VerificationEntity v = em.find(VerificationEntity.class, verificationId);
        if (v == null) {
            throw new NotFoundException(EnrollmentMessages.VERIFICATION_NOT_FOUND, verificationId);
        }
        actor.requireSchool(v.schoolId);
        return v;
    }

    private static VerificationEntity findOpenInScope(EntityManager em, Actor actor, long verificationId) {
        VerificationEntity v = findInScope(em, actor, verificationId);
        if (SchoolVerification.Status.CLOSED.name().equals(v.status)) {
            throw new DomainException(EnrollmentMessages.VERIFICATION_CLOSED);
        }
        return v;
    }

    private static VerificationCampaign campaign(CampaignEntity e) {
        return new VerificationCampaign(e.id, e.schoolYear, e.semester, e.title, e.dueDate, e.openedAt, e.openedBy);
    }

    private static SchoolVerification view(EntityManager em, VerificationEntity v, String schoolName) {
        Set<Long> ticked = new HashSet<>(em.createQuery(
                "select t.classId from TickedClass t where t.verificationId = :v", Long.class)
                .setParameter("v", v.id).getResultList());
        return new SchoolVerification(v.id, v.campaignId, v.schoolId, schoolName,
                SchoolVerification.Status.valueOf(v.status), v.rosterSize, v.recordCount, v.discrepancies,
                v.unresolved, v.grade9NoRecord, v.comparedAt, v.closedAt, v.closedBy, ticked, v.untickedClasses);
    }

    private static Discrepancy discrepancy(DiscrepancyEntity d) {
        boolean idField = "idNumber".equals(d.field);
        return new Discrepancy(d.id, d.verificationId, DiscrepancyKind.valueOf(d.kind), d.studentId, d.name,
                IdentityMask.idNumber(d.idNumber), d.gradeLevel, d.classNumber, d.field,
                idField ? IdentityMask.idNumber(d.registryValue) : d.registryValue,
                idField ? IdentityMask.idNumber(d.rosterValue) : d.rosterValue,
                d.resolution == null ? null : ResolutionKind.valueOf(d.resolution), d.resolutionNote, d.resolvedBy,
                d.resolvedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
