package org.xueji.registry.api.transfer;

/**
 * A class as a target of a move.
 *
 * @param present students placed in it now
 * @param limit   the cap plus places the district granted (R14/R15): a move never takes it above
 * @param closed  the class was closed (merged or graduated) and takes nobody
 */
public record ClassPlacement(long classId, long schoolId, int gradeLevel, int classNumber, long present, int limit,
                             boolean closed) {

    /** Room for {@code arrivals} more students. */
    public boolean hasRoomFor(int arrivals) {
        return present + arrivals <= limit;
    }
}
