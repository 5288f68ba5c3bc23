package org.xueji.registry.api;

import java.util.List;
import java.util.Optional;
import org.xueji.platform.api.Actor;

/**
 * Student records. Every method takes the acting {@link Actor}; the service checks its
 * permission and school scope, validates, and writes in one transaction.
 */
public interface StudentService {

    long count(Actor actor, StudentQuery query);

    /** One page of results in the query's order. */
    List<StudentSummary> search(Actor actor, StudentQuery query, int offset, int limit);

    Student get(Actor actor, long studentId);

    Optional<Student> findByIdNumber(Actor actor, String idNumber);

    /**
     * Registers a new record. Refuses a duplicate ID number anywhere in the district and
     * names the school that holds the record (一人一籍, D1).
     */
    Student register(Actor actor, StudentData data);

    /**
     * Changes a record. {@code expectedVersion} is the version the user edited; a record
     * changed meanwhile is refused rather than overwritten.
     */
    Student update(Actor actor, long studentId, long expectedVersion, StudentData data);

    /**
     * Registers many records in one transaction: all are stored, or none (bulk loads,
     * demo data). Returns the number stored.
     */
    int registerAll(Actor actor, List<StudentData> students);
}
