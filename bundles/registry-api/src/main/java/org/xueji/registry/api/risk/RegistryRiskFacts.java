package org.xueji.registry.api.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;

/**
 * Reads the early-warning facts of the registry with SQL on the caller's EntityManager (the
 * dropout module's), so a school's whole list is two queries. The caller checks its own
 * permission; this checks the actor's school scope ({@code Actor.requireSchool}).
 */
public interface RegistryRiskFacts {

    /**
     * The in-school (在读) students of a school, in class and name order; school changes and
     * suspensions on or after {@code changesSince} count as recent.
     */
    List<StudentRiskFacts> ofSchool(EntityManager em, Actor actor, long schoolId, LocalDate changesSince);

    /** One in-school student's facts; empty when there is no such record or it is not 在读. */
    Optional<StudentRiskFacts> ofStudent(EntityManager em, Actor actor, long studentId, LocalDate changesSince);
}
