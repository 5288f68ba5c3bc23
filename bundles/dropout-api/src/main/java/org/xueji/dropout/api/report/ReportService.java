package org.xueji.dropout.api.report;

import java.time.YearMonth;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.platform.api.Actor;

/**
 * Reports (issue 10 item 10) and the ledgers' counts and export (item 1). Reports hold counts
 * only (no name, ID number or address), so their files need no data release; they are audited.
 * The ledger export lists children and needs an approved data release (R4).
 */
public interface ReportService {

    /** A school's monthly report: VIEW_DROPOUT, a school account of that school or a district account. */
    DropoutReport schoolMonthly(Actor actor, long schoolId, YearMonth month);

    /** The district's quarterly report (quarter 1–4): district accounts with VIEW_DROPOUT. */
    DropoutReport districtQuarterly(Actor actor, int year, int quarter);

    /** {@link #schoolMonthly} as a file (audited {@code dropout.report.export}). */
    ReportFile schoolMonthlyFile(Actor actor, long schoolId, YearMonth month, ReportFormat format);

    /** {@link #districtQuarterly} as a file (audited {@code dropout.report.export}). */
    ReportFile districtQuarterlyFile(Actor actor, int year, int quarter, ReportFormat format);

    /** The school-age ledger's counts today in the actor's scope (district all; a school its own). */
    SchoolAgeLedger schoolAge(Actor actor);

    /**
     * The ledger rows of the query in the actor's scope as a spreadsheet (names, masked ID numbers,
     * places): EXPORT_DATA and one download of an approved data release covering the school (R4),
     * refused and audited otherwise; the file's last row names the release.
     */
    ReportFile exportLedger(Actor actor, EntryQuery query, long releaseId);
}
