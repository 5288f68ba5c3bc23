package org.xueji.registry.api;

/**
 * What a rollover run did.
 *
 * @param schoolsRolled  schools rolled over by this run
 * @param schoolsSkipped schools found already done
 */
public record RolloverResult(int schoolYear, int schoolsRolled, int schoolsSkipped, int movedUp, int graduated,
                             int repeating, int classesCreated) {
}
