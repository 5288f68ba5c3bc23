package org.xueji.dropout.api.homevisit;

import java.time.LocalDate;
import java.util.Set;

/**
 * A priority child and how their contacts stand today.
 *
 * @param groups      the child's priority groups
 * @param required    the binding minimum: the group whose window is least satisfied (or the
 *                    shortest window when all are met)
 * @param made        contacts within that group's window
 * @param lastContact the latest contact, {@code null} when never contacted
 * @param overdue     fewer contacts than required in some group's window
 */
public record VisitDue(long studentId, String name, long schoolId, Long classId, Set<PriorityGroup> groups,
                       Frequency required, int made, LocalDate lastContact, boolean overdue) {
}
