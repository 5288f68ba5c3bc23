package org.xueji.dropout.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.homevisit.ContactKind;

/**
 * A report over the days {@code from}–{@code to} (inclusive), computed from the entries' dates so
 * that a report of a past period gives the same figures later (an entry open at the end: found
 * on or before it and not closed by it; a dropout at the end: confirmed on or before it).
 *
 * @param schoolId         the school, {@code null} for the district
 * @param suspectedAtEnd   open at the end and not (yet) confirmed: 疑似辍学 ledger
 * @param dropoutAtEnd     open at the end and confirmed: 辍学 ledger
 * @param newlyFound       entries found in the period
 * @param confirmed        confirmed as dropouts in the period
 * @param returned         closed in the period back at school (返校)
 * @param closed           closed in the period per outcome (returned included)
 * @param reasonsOpen      reason categories of the entries open at the end
 * @param persuasionVisits 劝返 visits dated in the period
 * @param homeVisits       家访 contacts dated in the period, per kind
 * @param bySchool         per school (district report; the school's own line in a school report)
 * @param byTown           entries open at the end per household town ("" unknown)
 */
public record DropoutReport(Long schoolId, LocalDate from, LocalDate to, long suspectedAtEnd, long dropoutAtEnd,
                            long newlyFound, long confirmed, long returned, Map<ClosingOutcome, Long> closed,
                            Map<ReasonCategory, Long> reasonsOpen, long persuasionVisits,
                            Map<ContactKind, Long> homeVisits, List<CampaignFigures> campaigns,
                            List<SchoolFigures> bySchool, Map<String, Long> byTown) {

    /** Children still out at the end: both open ledgers. */
    public long stillOut() {
        return suspectedAtEnd + dropoutAtEnd;
    }

    public long homeVisitsTotal() {
        return homeVisits.values().stream().mapToLong(Long::longValue).sum();
    }
}
