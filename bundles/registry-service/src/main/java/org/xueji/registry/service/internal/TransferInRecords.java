package org.xueji.registry.service.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Sequences;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.transfer.ClassPlacement;
import org.xueji.registry.api.transfer.TransferRegistryMessages;

/**
 * Creates the record of a student transferred in from outside the district (转入, issue 14) with SQL on the
 * deciding module's EntityManager: the registration's validation, one record per ID number (D1), the class
 * rules of a move (R12, R14/R15), the 学籍号 a registration would get (G, J or L), the history of the created values and an audit row naming
 * only the fields. Nothing is written before every check passed.
 */
final class TransferInRecords {

    static final String TRANSFER_IN = "registry.record.transfer-in";

    private final AuditTrail audit;
    private final java.util.function.Supplier<Instant> now;
    private final java.util.function.Supplier<LocalDate> today;
    private final java.util.function.BiFunction<EntityManager, Long, java.util.Optional<ClassPlacement>> classes;

    private final java.util.function.Supplier<String> areaCode;
    private final java.util.random.RandomGenerator random = new java.security.SecureRandom();

    TransferInRecords(AuditTrail audit, java.util.function.Supplier<Instant> now,
                      java.util.function.Supplier<LocalDate> today,
                      java.util.function.BiFunction<EntityManager, Long, java.util.Optional<ClassPlacement>> classes,
                      java.util.function.Supplier<String> areaCode) {
        this.audit = audit;
        this.areaCode = areaCode;
        this.now = now;
        this.today = today;
        this.classes = classes;
    }

    /** The new record's id. */
    long create(EntityManager em, Actor actor, StudentData input, String reference) {
        StudentData data = StudentValidator.normalise(input);
        List<FieldError> errors = new ArrayList<>(StudentValidator.validate(data, today.get()));
        if (data.classId() == null || data.schoolId() == null) {
            errors.add(new FieldError("classId", TransferRegistryMessages.TRANSFER_IN_CLASS_REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // D1 一人一籍: a document number held by any record of the district refuses the creation (a child
        // without any document has none: the receiving school saw the similar names when it entered the record)
        if (data.idNumber() != null) {
            long holders = RecordChangesImpl.num(em.createNativeQuery("SELECT COUNT(*) FROM REG_STUDENT WHERE ID_NUMBER = ?")
                    .setParameter(1, data.idNumber()).getSingleResult());
            if (holders > 0) {
                throw new ValidationException(List.of(new FieldError("idNumber",
                        TransferRegistryMessages.ID_NUMBER_TAKEN)));
            }
        }
        // G + a resident ID number, J for a child without any document, a temporary L otherwise: the
        // registration's rule (the G number of a resident ID is its permanent number, unique with the ID)
        String registryNumber = new RegistryNumbers(em, areaCode.get(), random).next(data);
        // the class row locked first, as a move does: two arrivals into the last place are serialised (R14/R15)
        em.createNativeQuery("UPDATE REG_CLASS SET VERSION = VERSION WHERE ID = ?").setParameter(1, data.classId())
                .executeUpdate();
        ClassPlacement target = classes.apply(em, data.classId()).orElseThrow(() -> new ValidationException(List.of(
                new FieldError("classId", TransferRegistryMessages.CLASS_NOT_FOUND, data.classId()))));
        if (target.schoolId() != data.schoolId()) {
            throw new ValidationException(List.of(new FieldError("classId", TransferRegistryMessages.CLASS_NOT_IN_SCHOOL)));
        }
        if (target.closed()) {
            throw new ValidationException(List.of(new FieldError("classId", TransferRegistryMessages.CLASS_CLOSED)));
        }
        if (!target.hasRoomFor(1)) {
            throw new ValidationException(List.of(new FieldError("classId", TransferRegistryMessages.CLASS_OVER_CAP,
                    Grades.className(target.gradeLevel(), target.classNumber()), target.limit(), target.present())));
        }
        long id = Sequences.next(em, "REG_STUDENT_SEQ");
        insert(em, id, registryNumber, data);
        // R7: the entered values as a registration writes them (no change line, so the printed form skips them) …
        List<RecordDiff.Change> created = new ArrayList<>(RecordDiff.created(data));
        created.removeIf(c -> c.field().equals("schoolId") || c.field().equals("classId"));
        StudentHistory.record(em, audit, AuditEvent.of(actor, TRANSFER_IN, "student", id, data.schoolId()), id,
                created, now.get());
        // … and the change itself: the record arrives in the school and class, naming the deciding change
        StudentHistory.record(em, audit, AuditEvent.of(actor, RecordChangesImpl.MOVE, "student", id, data.schoolId()),
                id, List.of(new RecordDiff.Change("change", null, reference),
                        new RecordDiff.Change("schoolId", null, String.valueOf(data.schoolId())),
                        new RecordDiff.Change("classId", null, String.valueOf(data.classId()))), now.get());
        return id;
    }

    private void insert(EntityManager em, long id, String registryNumber, StudentData d) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("ID", id);
        columns.put("VERSION", 0L);
        columns.put("REGISTRY_NUMBER", registryNumber);
        columns.put("ID_NUMBER", d.idNumber());
        columns.put("ID_TYPE", d.idType().code());
        columns.put("NAME", d.name());
        columns.put("SEX", d.sex().code());
        columns.put("BIRTH_DATE", java.sql.Date.valueOf(d.birthDate()));
        columns.put("BIRTH_PLACE", d.birthPlace());
        columns.put("NATIVE_PLACE", d.nativePlace());
        columns.put("ETHNICITY", d.ethnicityCode());
        columns.put("NATIONALITY", d.nationality());
        columns.put("HOUSEHOLD_ADDRESS", d.householdAddress());
        columns.put("HOUSEHOLD_TYPE", d.householdType().code());
        columns.put("CURRENT_ADDRESS", d.currentAddress());
        columns.put("ENTRY_YEAR_MONTH", d.entryYearMonth().getYear() * 100 + d.entryYearMonth().getMonthValue());
        columns.put("ENTRY_WAY", d.entryWay().code());
        columns.put("STUDY_MODE", d.studyMode().code());
        columns.put("ONLY_CHILD", d.onlyChild());
        columns.put("PRESCHOOL", d.preschool());
        columns.put("LEFT_BEHIND", d.leftBehind().code());
        columns.put("MIGRANT", d.migrant());
        columns.put("ORPHAN", d.orphan());
        columns.put("MARTYR_CHILD", d.martyrChild());
        columns.put("INCLUSION", d.inclusion());
        columns.put("DISABILITY", d.disability().code());
        columns.put("SCHOOL_ID", d.schoolId());
        columns.put("CLASS_ID", d.classId());
        guardian(columns, "G1_", d.guardians().size() > 0 ? d.guardians().get(0) : null);
        guardian(columns, "G2_", d.guardians().size() > 1 ? d.guardians().get(1) : null);
        Timestamp at = Timestamp.from(now.get());
        columns.put("CREATED_AT", at);
        columns.put("UPDATED_AT", at);
        columns.put("RECORD_STATUS", "ACTIVE");
        columns.put("STATUS_SINCE", java.sql.Date.valueOf(today.get()));
        // a bare null bind has no SQL type in a native query: columns without a value are left out
        columns.values().removeIf(java.util.Objects::isNull);
        StringBuilder sql = new StringBuilder("INSERT INTO REG_STUDENT (").append(String.join(", ", columns.keySet()))
                .append(") VALUES (").append(String.join(", ", java.util.Collections.nCopies(columns.size(), "?")))
                .append(')');
        javax.persistence.Query q = em.createNativeQuery(sql.toString());
        int i = 1;
        for (Object v : columns.values()) {
            q.setParameter(i++, v);
        }
        q.executeUpdate();
    }

    private static void guardian(Map<String, Object> columns, String prefix, Guardian g) {
        if (g != null) {
            columns.put(prefix + "NAME", g.name());
            columns.put(prefix + "RELATION", g.relation());
            columns.put(prefix + "PHONE", g.phone());
            columns.put(prefix + "ID_NUMBER", g.idNumber());
        }
    }
}
