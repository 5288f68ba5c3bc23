package org.xueji.ui.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.ledger.api.FollowUp;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.LedgerExport;
import org.xueji.ui.shell.api.CsvExport;

/** The ledger export file (R4): one row per entry, in the reader's language, ending with the release's watermark. */
final class LedgerCsv {

    static byte[] write(LedgerExport export, Map<Long, String> schoolNames, Locale locale) {
        List<String> header = List.of(LedgerUiText.COL_ID.format(locale), LedgerUiText.COL_DATE.format(locale),
                LedgerUiText.COL_SCHOOL.format(locale), LedgerUiText.COL_TYPE.format(locale),
                LedgerUiText.COL_SOURCE.format(locale), LedgerUiText.COL_DESCRIPTION.format(locale),
                LedgerUiText.COL_STATUS.format(locale), LedgerUiText.COL_FOLLOW_UPS.format(locale));
        List<List<?>> rows = new ArrayList<>();
        for (Incident i : export.incidents()) {
            List<String> followUps = new ArrayList<>();
            for (FollowUp f : i.followUps()) {
                followUps.add(f.kind().format(locale) + (f.noticeNumber() == null ? "" : " " + f.noticeNumber())
                        + (f.note() == null ? "" : " " + f.note()));
            }
            rows.add(List.of(i.id(), i.occurredOn(), LedgerSupport.schoolName(schoolNames, i.schoolId(), locale),
                    i.type().format(locale), LedgerSupport.source(i, locale), i.description(locale),
                    i.status().format(locale), String.join("; ", followUps)));
        }
        return CsvExport.write(header, rows, export.watermark());
    }

    private LedgerCsv() {
    }
}
