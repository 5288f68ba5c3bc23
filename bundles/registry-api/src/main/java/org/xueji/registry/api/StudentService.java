package org.xueji.registry.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.identity.Sex;

/**
 * Student records. Every method takes the acting {@link Actor}; the service checks its
 * permission and school scope, validates, and writes in one transaction.
 */
public interface StudentService {

    long count(Actor actor, StudentQuery query);

    /**
     * {@link #count} that stops at {@code cap}: what a search screen needs ("more than N,
     * narrow the search") without counting 100,000 王s in a large district.
     *
     * @param cap 1 to 100,000
     */
    long countAtMost(Actor actor, StudentQuery query, long cap);

    /** One page of results in the query's order. */
    List<StudentSummary> search(Actor actor, StudentQuery query, int offset, int limit);

    Student get(Actor actor, long studentId);

    Optional<Student> findByIdNumber(Actor actor, String idNumber);

    /**
     * The record's history, oldest first: each changed field with its old and new value, who
     * and when (R7). Needs VIEW_STUDENT in the student's scope; the reading is audited.
     */
    List<StudentHistoryEntry> history(Actor actor, long studentId);

    /**
     * Registers a new record. Refuses a duplicate ID number anywhere in the district (一人一籍,
     * D1), naming the holding school only to an actor who may see that record (R1).
     */
    default Student register(Actor actor, StudentData data) {
        return register(actor, data, RegistrationDetails.NONE);
    }

    /** Registers a new record with how it came (entry grade, lateness, duplicate justification). */
    Student register(Actor actor, StudentData data, RegistrationDetails details);

    /**
     * Changes a record. {@code expectedVersion} is the version the user edited; a record
     * changed meanwhile is refused rather than overwritten.
     */
    Student update(Actor actor, long studentId, long expectedVersion, StudentData data);

    /**
     * Registers many records in one transaction: all are stored, or none (bulk loads,
     * demo data). Returns the number stored.
     */
    default int registerAll(Actor actor, List<StudentData> students) {
        return registerAll(actor, students.stream().map(d -> new PendingRegistration(d, RegistrationDetails.NONE))
                .toList(), BatchControl.NONE);
    }

    /**
     * Registers many records in one transaction, all or none; {@code control} can stop the
     * batch (then nothing is stored and {@link BatchStoppedException} is thrown).
     */
    int registerAll(Actor actor, List<PendingRegistration> students, BatchControl control);

    /**
     * D1 一人一籍 across the district: who holds a record with this ID number. The school is
     * named only when the actor may see the record; otherwise {@link RecordHolder#elsewhere()}
     * (R1). Needs EDIT_STUDENT; audited (kind and counts, never the number); a school account's
     * hits at other schools are limited per hour ({@link RegistryMessages#DUPLICATE_CHECKS_EXCEEDED}).
     */
    Optional<RecordHolder> idNumberHolder(Actor actor, String idNumber);

    /** {@link #idNumberHolder} for many numbers at once: number (as given) → holder, for those held. */
    Map<String, RecordHolder> idNumberHolders(Actor actor, Collection<String> idNumbers);

    /**
     * Records anywhere in the district with this sex and birth date and the same or a
     * same-sounding name (suspected duplicates of a student without ID). Needs EDIT_STUDENT.
     * A record the actor may not see comes back {@link SimilarStudent#elsewhere withheld}
     * (R1); audited and limited like {@link #idNumberHolder}.
     */
    default List<SimilarStudent> similarStudents(Actor actor, String name, Sex sex, LocalDate birthDate) {
        PersonKey key = new PersonKey(name, sex, birthDate);
        return key.complete() ? similarStudents(actor, List.of(key)).getOrDefault(key, List.of()) : List.of();
    }

    /** {@link #similarStudents(Actor, String, Sex, LocalDate)} for many people at once (imports). */
    Map<PersonKey, List<SimilarStudent>> similarStudents(Actor actor, Collection<PersonKey> people);

    /**
     * Full records of one page of a search, for exports: needs EXPORT_DATA. The caller
     * authorises the export itself (an approved data release, R4) and audits it.
     */
    List<Student> exportPage(Actor actor, StudentQuery query, int offset, int limit);

    /** Every record of a school, in class and name order (for 人籍一致 comparisons). */
    List<StudentSummary> schoolRoster(Actor actor, long schoolId);

    /**
     * New students per school with this entry grade who entered in the given school year
     * (entry month from September of {@code schoolYear} to August after), within the actor's scope.
     */
    List<IntakeCount> intakeCounts(Actor actor, int entryGrade, int schoolYear);
}
