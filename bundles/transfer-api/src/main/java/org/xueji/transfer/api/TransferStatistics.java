package org.xueji.transfer.api;

import java.time.YearMonth;
import java.util.List;

/**
 * Monthly statistics of a calendar year (issue 14 item 6), in the actor's scope.
 *
 * @param months       approved transfers into and out of each school per month (by the month of
 *                     the final decision: when the record moved)
 * @param decided      changes of every type decided in the year
 * @param medianDays   median days from submission to final decision, {@code null} when none decided
 * @param p90Days      90th percentile (nearest rank) of the same, {@code null} when none decided
 * @param overdueNow   changes whose open step is past its deadline today (R17)
 */
public record TransferStatistics(int year, List<Month> months, int decided, Double medianDays, Double p90Days,
                                 int overdueNow) {

    public TransferStatistics {
        months = List.copyOf(months);
    }

    /** One school and month: transfers in (籍随人走 into it) and out (within and out of the district). */
    public record Month(long schoolId, YearMonth month, int in, int out) {
    }
}
