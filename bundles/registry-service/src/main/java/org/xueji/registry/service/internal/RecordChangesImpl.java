package org.xueji.registry.service.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.transfer.ClassPlacement;
import org.xueji.registry.api.transfer.KeyFields;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordPlacement;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.registry.api.transfer.SchoolIntake;
import org.xueji.registry.api.transfer.TransferRegistryMessages;

/**
 * The registry's side of decided registry changes (issue 14), with SQL on the deciding
 * module's EntityManager so the decision and the record change commit together. Every write
 * bumps the record's version (an edit open meanwhile gets CONCURRENT_CHANGE), writes the values
 * to REG_STUDENT_HISTORY and an audit row naming only the fields and the change reference (R7).
 */
@Component(service = RecordChanges.class, configurationPid = "org.xueji.registry")
public class RecordChangesImpl implements RecordChanges {

    static final String MOVE = "registry.record.move";
    static final String STATUS = "registry.record.status";
    static final String CORRECT = "registry.record.correct";
    static final String LOCAL = "registry.record.local";

    private static final String RECORD_SELECT = "SELECT s.ID, s.VERSION, s.REGISTRY_NUMBER, s.SCHOOL_ID, s.CLASS_ID, "
            + "c.GRADE_LEVEL, s.ENTRY_YEAR_MONTH, s.RECORD_STATUS, s.CREATED_AT FROM REG_STUDENT s "
            + "LEFT JOIN REG_CLASS c ON c.ID = s.CLASS_ID ";

    /** The audit kind of a number lookup that starts a change (the budget is {@link CrossSchoolChecks}'). */
    static final String LOOKUP_KIND = "transfer-lookup";

    private final AuditTrail audit;
    private final PlatformClock clock;
    private final CrossSchoolChecks lookups;
    private volatile int classCap;
    private volatile int lookupsPerHour;
    private final TransferInRecords transfersIn;
    /** The district's area code in the J and L 学籍号 of a record transferred in (the registry's setting). */
    private volatile String areaCode = RegistryConfig.DEFAULT_AREA_CODE;

    @Activate
    public RecordChangesImpl(@Reference AuditTrail audit, @Reference AuditService auditService,
                             @Reference PlatformClock clock, RegistryConfig config) {
        this(audit, auditService, clock, config.classCap(), config.crossSchoolHitsPerHour());
        areaCode = config.districtAreaCode();
    }

    /**
     * For tests: the class cap (R14, default 55) and the hourly budget of records of other schools a
     * school account may find by number (the registry's {@code crossSchoolHitsPerHour}) given directly.
     */
    public RecordChangesImpl(AuditTrail audit, AuditService auditService, PlatformClock clock, int classCap,
                             int lookupsPerHour) {
        this.audit = audit;
        this.clock = clock;
        this.classCap = classCap;
        this.lookupsPerHour = lookupsPerHour;
        // the registration's rule against probing, its own count per account for lookups that start a change
        this.lookups = new CrossSchoolChecks(auditService, clock, () -> this.lookupsPerHour);
        this.transfersIn = new TransferInRecords(audit, clock::now, clock::today, this::classPlacement,
                () -> areaCode);
    }

    @Modified
    void modified(RegistryConfig config) {
        classCap = config.classCap();
        lookupsPerHour = config.crossSchoolHitsPerHour();
        areaCode = config.districtAreaCode();
    }

    @Override
    public Optional<RecordPlacement> record(EntityManager em, long studentId) {
        return first(em.createNativeQuery(RECORD_SELECT + "WHERE s.ID = ?").setParameter(1, studentId)
                .getResultList());
    }

    @Override
    public Optional<RecordPlacement> recordForChange(EntityManager em, long studentId) {
        // an update that changes nothing takes the row's write lock until the transaction ends, on
        // Derby and PostgreSQL alike (Derby's SELECT … FOR UPDATE may let go of a row it did not update)
        em.createNativeQuery("UPDATE REG_STUDENT SET RECORD_STATUS = RECORD_STATUS WHERE ID = ?")
                .setParameter(1, studentId).executeUpdate();
        return record(em, studentId);
    }

    @Override
    public Optional<RecordPlacement> findByNumber(EntityManager em, String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String n = number.strip().toUpperCase(java.util.Locale.ROOT);
        // two look-ups, each by its unique index: Derby answered "ID_NUMBER = ? OR REGISTRY_NUMBER = ?" with a
        // scan of every record (seconds per look-up on a district of 1M students, BENCHMARKS.md)
        Optional<RecordPlacement> byId = first(em.createNativeQuery(RECORD_SELECT + "WHERE s.ID_NUMBER = ?")
                .setParameter(1, n).getResultList());
        return byId.isPresent() ? byId : first(em.createNativeQuery(RECORD_SELECT + "WHERE s.REGISTRY_NUMBER = ?")
                .setParameter(1, n).getResultList());
    }

    @Override
    public Optional<RecordPlacement> lookUp(EntityManager em, Actor actor, String idOrRegistryNumber) {
        lookups.admit(actor, LOOKUP_KIND);
        Optional<RecordPlacement> found = findByNumber(em, idOrRegistryNumber);
        boolean elsewhere = found.isPresent() && !Long.valueOf(found.get().schoolId()).equals(actor.schoolId());
        // audited and counted; the lookup that passes the budget is refused before its answer leaves
        lookups.record(actor, LOOKUP_KIND, 1, found.isPresent() ? 1 : 0, elsewhere ? 1 : 0);
        return found;
    }

    @Override
    public Optional<ClassPlacement> classPlacement(EntityManager em, long classId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.ID, c.SCHOOL_ID, c.GRADE_LEVEL, c.CLASS_NUMBER, "
                        + "c.EXTRA_PLACES, c.CLOSED_YEAR, (SELECT COUNT(*) FROM REG_STUDENT s WHERE s.CLASS_ID = c.ID) "
                        + "FROM REG_CLASS c WHERE c.ID = ?")
                .setParameter(1, classId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new ClassPlacement(num(r[0]), num(r[1]), (int) num(r[2]), (int) num(r[3]), num(r[6]),
                classCap + (int) num(r[4]), num(r[5]) != 0));
    }

    @Override
    public Optional<SchoolIntake> intake(EntityManager em, long schoolId, int gradeLevel, int schoolYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> school = em.createNativeQuery("SELECT CODE, OVERSIZE FROM REG_SCHOOL WHERE ID = ?")
                .setParameter(1, schoolId).getResultList();
        if (school.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> planned = em.createNativeQuery("SELECT PLANNED_STUDENTS FROM REG_ENROLLMENT_PLAN "
                        + "WHERE SCHOOL_ID = ? AND SCHOOL_YEAR = ? AND GRADE_LEVEL = ?")
                .setParameter(1, schoolId).setParameter(2, schoolYear).setParameter(3, gradeLevel).getResultList();
        long enrolled = num(em.createNativeQuery("SELECT COUNT(*) FROM REG_STUDENT s JOIN REG_CLASS c ON c.ID = s.CLASS_ID "
                        + "WHERE s.SCHOOL_ID = ? AND c.GRADE_LEVEL = ? AND s.RECORD_STATUS = 'ACTIVE'")
                .setParameter(1, schoolId).setParameter(2, gradeLevel).getSingleResult());
        Object[] s = school.get(0);
        return Optional.of(new SchoolIntake(schoolId, (String) s[0], bool(s[1]),
                planned.isEmpty() ? null : (int) num(planned.get(0)), enrolled));
    }

    @Override
    public KeyFields keyFields(EntityManager em, long studentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT NAME, SEX, BIRTH_DATE, ID_TYPE, ID_NUMBER, ETHNICITY "
                + "FROM REG_STUDENT WHERE ID = ?").setParameter(1, studentId).getResultList();
        if (rows.isEmpty()) {
            throw new DomainException(TransferRegistryMessages.RECORD_NOT_FOUND, studentId);
        }
        Object[] r = rows.get(0);
        return new KeyFields((String) r[0], KeyFieldText.sex((String) r[1]), KeyFieldText.date(r[2]),
                KeyFieldText.idType((String) r[3]), (String) r[4], (String) r[5]);
    }

    @Override
    public RecordPlacement move(EntityManager em, Actor actor, long studentId, long toSchoolId, long toClassId,
                                String reference) {
        RecordPlacement before = require(em, studentId);
        if (before.status() != RecordStatus.ACTIVE && before.status() != RecordStatus.SUSPENDED) {
            throw new DomainException(TransferRegistryMessages.RECORD_NOT_ACTIVE, before.status());
        }
        // the row lock first: two moves into the last place are serialised, the second refused (R14/R15)
        em.createNativeQuery("UPDATE REG_CLASS SET VERSION = VERSION WHERE ID = ?").setParameter(1, toClassId)
                .executeUpdate();
        ClassPlacement target = classPlacement(em, toClassId).orElseThrow(() -> new ValidationException(List.of(
                new FieldError("classId", TransferRegistryMessages.CLASS_NOT_FOUND, toClassId))));
        if (target.schoolId() != toSchoolId) {
            // R12: never a place in a class of a school that does not hold the record (借读)
            throw new ValidationException(List.of(new FieldError("classId", TransferRegistryMessages.CLASS_NOT_IN_SCHOOL)));
        }
        if (target.closed()) {
            throw new ValidationException(List.of(new FieldError("classId", TransferRegistryMessages.CLASS_CLOSED)));
        }
        boolean arriving = before.classId() == null || before.classId() != toClassId;
        if (arriving && !target.hasRoomFor(1)) {
            throw new ValidationException(List.of(new FieldError("classId", TransferRegistryMessages.CLASS_OVER_CAP,
                    Grades.className(target.gradeLevel(), target.classNumber()), target.limit(), target.present())));
        }
        List<RecordDiff.Change> changes = new ArrayList<>();
        changes.add(new RecordDiff.Change("change", null, reference));
        if (before.schoolId() != toSchoolId) {
            changes.add(new RecordDiff.Change("schoolId", String.valueOf(before.schoolId()), String.valueOf(toSchoolId)));
        }
        changes.add(new RecordDiff.Change("classId", before.classId() == null ? null : before.classId().toString(),
                String.valueOf(toClassId)));
        if (before.status() != RecordStatus.ACTIVE) {
            changes.add(new RecordDiff.Change("recordStatus", before.status().name(), RecordStatus.ACTIVE.name()));
        }
        write(em, before, "SCHOOL_ID = ?, CLASS_ID = ?, RECORD_STATUS = 'ACTIVE', STATUS_SINCE = ?",
                toSchoolId, toClassId, java.sql.Date.valueOf(clock.today()));
        StudentHistory.record(em, audit, AuditEvent.of(actor, MOVE, "student", studentId, toSchoolId), studentId,
                changes, clock.now());
        return require(em, studentId);
    }

    @Override
    public RecordPlacement setStatus(EntityManager em, Actor actor, long studentId, RecordStatus status,
                                     String reference) {
        RecordPlacement before = require(em, studentId);
        if (before.status() == status) {
            throw new DomainException(TransferRegistryMessages.STATUS_UNCHANGED, status);
        }
        List<RecordDiff.Change> changes = new ArrayList<>();
        changes.add(new RecordDiff.Change("change", null, reference));
        changes.add(new RecordDiff.Change("recordStatus", before.status().name(), status.name()));
        boolean leavesClass = status != RecordStatus.ACTIVE && before.classId() != null;
        if (leavesClass) {
            // out of the class (its place is free) but the history keeps where the student was
            changes.add(new RecordDiff.Change("classId", before.classId().toString(), null));
            write(em, before, "RECORD_STATUS = ?, STATUS_SINCE = ?, CLASS_ID = NULL", status.name(),
                    java.sql.Date.valueOf(clock.today()));
        } else {
            write(em, before, "RECORD_STATUS = ?, STATUS_SINCE = ?", status.name(), java.sql.Date.valueOf(clock.today()));
        }
        StudentHistory.record(em, audit, AuditEvent.of(actor, STATUS, "student", studentId, before.schoolId()),
                studentId, changes, clock.now());
        return require(em, studentId);
    }

    @Override
    public RecordPlacement correct(EntityManager em, Actor actor, long studentId, KeyFields correction,
                                   String reference) {
        RecordPlacement placement = require(em, studentId);
        KeyFields before = keyFields(em, studentId);
        KeyFields after = KeyFieldText.merge(before, correction);
        List<RecordDiff.Change> changes = new ArrayList<>(RecordDiff.diff(before, after));
        if (changes.isEmpty()) {
            throw new DomainException(TransferRegistryMessages.CORRECTION_EMPTY);
        }
        KeyFieldText.validate(after, clock.today());
        String registryNumber = placement.registryNumber();
        if (!java.util.Objects.equals(before.idNumber(), after.idNumber()) && after.idNumber() != null) {
            long holders = num(em.createNativeQuery("SELECT COUNT(*) FROM REG_STUDENT WHERE ID_NUMBER = ? AND ID <> ?")
                    .setParameter(1, after.idNumber()).setParameter(2, studentId).getSingleResult());
            if (holders > 0) {
                throw new ValidationException(List.of(new FieldError("idNumber", TransferRegistryMessages.ID_NUMBER_TAKEN)));
            }
            if (after.idType() == IdDocumentType.RESIDENT_ID) {
                // the G 学籍号 contains the ID number: it follows the corrected number
                registryNumber = StudentRegistryNumber.forIdNumber(ChineseIdNumber.parse(after.idNumber())).value();
            }
        }
        changes.add(0, new RecordDiff.Change("change", null, reference));
        write(em, placement, "NAME = ?, SEX = ?, BIRTH_DATE = ?, ID_TYPE = ?, ID_NUMBER = ?, ETHNICITY = ?, "
                        + "REGISTRY_NUMBER = ?", after.name(), after.sex().code(), java.sql.Date.valueOf(after.birthDate()),
                after.idType().code(), after.idNumber(), after.ethnicityCode(), registryNumber);
        StudentHistory.record(em, audit, AuditEvent.of(actor, CORRECT, "student", studentId, placement.schoolId()),
                studentId, changes, clock.now());
        return require(em, studentId);
    }

    @Override
    public RecordPlacement registerTransferIn(EntityManager em, Actor actor, org.xueji.registry.api.StudentData data,
                                              String reference) {
        return require(em, transfersIn.create(em, actor, data, reference));
    }

    @Override
    public RecordPlacement recordLocalChange(EntityManager em, Actor actor, long studentId, String localCode,
                                             String reference) {
        RecordPlacement placement = require(em, studentId);
        StudentHistory.record(em, audit, AuditEvent.of(actor, LOCAL, "student", studentId, placement.schoolId()),
                studentId, List.of(new RecordDiff.Change("change", null, reference),
                        new RecordDiff.Change("localType", null, localCode)), clock.now());
        return placement;
    }

    /** One UPDATE of the record at the version read, bumping it; 0 rows: changed meanwhile. */
    private void write(EntityManager em, RecordPlacement before, String assignments, Object... values) {
        javax.persistence.Query q = em.createNativeQuery("UPDATE REG_STUDENT SET " + assignments
                + ", VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ? AND VERSION = ?");
        int i = 1;
        for (Object v : values) {
            q.setParameter(i++, v);
        }
        q.setParameter(i++, Timestamp.from(clock.now()));
        q.setParameter(i++, before.studentId());
        q.setParameter(i, before.version());
        if (q.executeUpdate() != 1) {
            throw new DomainException(TransferRegistryMessages.RECORD_CHANGED);
        }
    }

    private RecordPlacement require(EntityManager em, long studentId) {
        return record(em, studentId).orElseThrow(() ->
                new DomainException(TransferRegistryMessages.RECORD_NOT_FOUND, studentId));
    }

    private static Optional<RecordPlacement> first(List<?> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        int ym = (int) num(r[6]);
        return Optional.of(new RecordPlacement(num(r[0]), num(r[1]), (String) r[2], num(r[3]),
                r[4] == null ? null : num(r[4]), r[5] == null ? null : (int) num(r[5]),
                YearMonth.of(ym / 100, ym % 100), RecordStatus.valueOf((String) r[7]),
                r[8] == null ? null : ((Timestamp) r[8]).toInstant()));
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
