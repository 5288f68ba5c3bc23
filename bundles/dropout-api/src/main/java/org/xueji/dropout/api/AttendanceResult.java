package org.xueji.dropout.api;

import java.util.List;

/**
 * The outcome of an attendance import (one class, one month).
 *
 * @param rows     students read
 * @param flagged  registry ids of the students whose consecutive unexplained absences reached the threshold
 * @param opened   suspected entries opened for them (a child already on a ledger gets a source instead)
 * @param threshold the threshold applied (school days)
 */
public record AttendanceResult(int rows, List<Long> flagged, int opened, int threshold) {

    public AttendanceResult {
        flagged = List.copyOf(flagged);
    }
}
