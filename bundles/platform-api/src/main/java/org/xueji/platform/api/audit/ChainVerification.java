package org.xueji.platform.api.audit;

import java.util.List;
import java.util.Locale;

/**
 * Result of checking the hash chain (R7).
 *
 * @param firstBrokenId the first row whose hash or link is wrong, or {@code null} if intact
 * @param reason        why it is broken, or {@code null} if intact
 * @param reasonArgs    the reason's arguments: row numbers, ranges of rows, file names
 * @param notRecorded   the verdict could not be written to the chain itself (rows forged behind
 *                      the head take the positions new rows need)
 */
public record ChainVerification(long rowsChecked, Long firstBrokenId, ChainBreak reason, List<String> reasonArgs,
                                boolean notRecorded) {

    public ChainVerification {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    public static ChainVerification intact(long rowsChecked) {
        return new ChainVerification(rowsChecked, null, null, List.of(), false);
    }

    public static ChainVerification broken(long rowsChecked, long firstBrokenId, ChainBreak reason, String... args) {
        return new ChainVerification(rowsChecked, firstBrokenId, reason, List.of(args), false);
    }

    /** This verdict, marked as one the chain could not record. */
    public ChainVerification unrecorded() {
        return new ChainVerification(rowsChecked, firstBrokenId, reason, reasonArgs, true);
    }

    /** One row as a reason's argument: its number without grouping ("12345", not "12,345"). */
    public static String row(long id) {
        return String.valueOf(id);
    }

    /** A range of rows as a reason's argument: "6–8", or "6" for one row. */
    public static String rows(long from, long to) {
        return from >= to ? row(from) : from + "–" + to;
    }

    public boolean intact() {
        return firstBrokenId == null;
    }

    /** The reason in {@code locale}, or {@code null} if intact. */
    public String reasonText(Locale locale) {
        if (reason == null) {
            return null;
        }
        String text = reason.format(locale, reasonArgs.toArray());
        return notRecorded ? text + ChainBreak.VERIFICATION_NOT_RECORDED.format(locale) : text;
    }
}
