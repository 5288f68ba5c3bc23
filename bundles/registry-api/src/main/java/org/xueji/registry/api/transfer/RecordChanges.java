package org.xueji.registry.api.transfer;

import java.util.Optional;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;

/**
 * The registry's side of a decided registry change (学籍异动, issue 14), provided by
 * registry-service. Every method works with the CALLER's EntityManager (plain SQL on the
 * {@code REG_*} tables): the caller's own rows and the registry change commit or roll back
 * together. The caller has checked the actor's permission and scope; {@code actor} is who the
 * history and the audit row name. Write methods refuse with a {@code DomainException} or
 * {@code ValidationException} carrying a {@link TransferRegistryMessages} key and then change
 * nothing.
 */
public interface RecordChanges {

    /** The record by id, or empty. */
    Optional<RecordPlacement> record(EntityManager em, long studentId);

    /**
     * The record by id, or empty, held for the caller's transaction: a second caller asking for
     * the same record waits until the first commits or rolls back. A module that starts a change
     * only when the student has none pending reads the record this way first, so that two changes
     * of one student started at once (two clerks, two nodes on one database) are checked one after
     * the other and the second sees the first.
     */
    Optional<RecordPlacement> recordForChange(EntityManager em, long studentId);

    /** The record by resident ID number or 学籍号 (G + ID number, or L…), district-wide, or empty. */
    Optional<RecordPlacement> findByNumber(EntityManager em, String idOrRegistryNumber);

    /** The class, with its size and limit, or empty. */
    Optional<ClassPlacement> classPlacement(EntityManager em, long classId);

    /** Whether the school takes students into the grade in the school year (R8); empty for an unknown school. */
    Optional<SchoolIntake> intake(EntityManager em, long schoolId, int gradeLevel, int schoolYear);

    /** The record's key fields now (the "before" of a correction). */
    KeyFields keyFields(EntityManager em, long studentId);

    /**
     * Moves the record to a school and class (籍随人走, a class change, a grade change, a
     * resumption): the class must exist, be open and belong to {@code toSchoolId} (借读 is
     * refused, R12) and have room (R14/R15). The record history gets school and class before
     * and after; the audit row ({@code registry.record.move}) names only the fields and
     * {@code reference}.
     *
     * @param reference the deciding module's reference, e.g. {@code transfer:42}
     */
    RecordPlacement move(EntityManager em, Actor actor, long studentId, long toSchoolId, long toClassId,
                         String reference);

    /**
     * Sets the record's status (休学, 死亡, 转出, 撤销, back to 在读). A suspension, death, transfer out
     * or withdrawal takes the record out of its class ({@code classId} to none), recorded in the
     * history so a resumption knows where it was.
     */
    RecordPlacement setStatus(EntityManager em, Actor actor, long studentId, RecordStatus status, String reference);

    /**
     * Applies an approved key-field correction (R3): validated like a registration, an ID number
     * held by another record refused; history before/after, audit row with field names only.
     */
    RecordPlacement correct(EntityManager em, Actor actor, long studentId, KeyFields correction, String reference);

    /**
     * {@link #findByNumber} for an account about to start a change (R1 against probing, the same rule as
     * the registration's duplicate checks): every lookup is audited ({@code student.duplicate-check}, kind
     * {@code transfer-lookup}: found or not, never the number), and a school account may find at most the
     * registry's {@code crossSchoolHitsPerHour} records of other schools within an hour; after that every
     * lookup of that account is refused ({@code DUPLICATE_CHECKS_EXCEEDED}, audited), found or not.
     * District accounts are audited, not limited.
     */
    Optional<RecordPlacement> lookUp(EntityManager em, org.xueji.platform.api.Actor actor, String idOrRegistryNumber);

    /**
     * Creates the record of a student transferred in from another district or province (转入, issue 14), after
     * the district approved it, in the caller's transaction: the data entered from the sending school's printed
     * 学籍登记表 is normalised and validated like a registration ({@code StudentValidator}); only a resident ID
     * number is accepted (the 学籍号 is G + the number, as the sending side's national number); a record with the
     * same ID number or 学籍号 anywhere in the district is refused ({@code ID_NUMBER_TAKEN}, D1 一人一籍); the
     * class must exist, be open, belong to {@code data.schoolId()} and have room (R12, R14/R15). The history gets
     * the created values with a {@code change} line naming {@code reference}; the audit row
     * ({@code registry.record.transfer-in}) names only the fields.
     */
    RecordPlacement registerTransferIn(EntityManager em, Actor actor, org.xueji.registry.api.StudentData data,
                                       String reference);

    /**
     * Enters an approved change of a district's own type (地方异动类型, configured in the deciding module) in the
     * record's change history without changing the record: a {@code change} line naming {@code reference} and a
     * {@code localType} line with {@code localCode}; the audit row ({@code registry.record.local}) names only the
     * fields. The record must exist.
     */
    RecordPlacement recordLocalChange(EntityManager em, Actor actor, long studentId, String localCode,
                                      String reference);
}
