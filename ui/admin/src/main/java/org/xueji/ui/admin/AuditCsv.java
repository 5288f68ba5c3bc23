package org.xueji.ui.admin;

import org.xueji.ui.shell.api.CsvExport;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;
import org.xueji.platform.api.audit.AuditRecord;

/**
 * The audit trail as a CSV file (R7), at most {@link #MAX_ROWS} rows, newest first. Like every
 * export of personal data (R4) it ends with the data-release request's watermark as its last
 * line.
 */
public final class AuditCsv {

    /** The most rows one export carries. */
    public static final int MAX_ROWS = 10_000;

    /** Column headers in file order. */
    static final List<AdminUiText> HEADERS = List.of(AdminUiText.COL_ID, AdminUiText.COL_TIME,
            AdminUiText.COL_USERNAME, AdminUiText.COL_PERSON, AdminUiText.COL_ROLE, AdminUiText.COL_SCHOOL,
            AdminUiText.COL_ACTION, AdminUiText.COL_TARGET_TYPE, AdminUiText.COL_TARGET, AdminUiText.COL_CHANGES,
            AdminUiText.COL_CLIENT_ADDRESS, AdminUiText.COL_HASH);

    /**
     * @param schoolName a school's name by id ({@code null} or blank: the id is written)
     * @param watermark  {@link org.xueji.platform.api.release.DataRelease#watermark()}, mandatory
     */
    public static byte[] write(List<AuditRecord> rows, LongFunction<String> schoolName, String watermark,
                               ZoneId zone, Locale locale) {
        if (watermark == null || watermark.isBlank()) {
            throw new IllegalArgumentException("an export carries the watermark of its data-release request (R4)");
        }
        List<List<String>> cells = rows.stream().limit(MAX_ROWS).map(r -> cells(r, schoolName, zone)).toList();
        return CsvExport.write(HEADERS.stream().map(h -> h.format(locale)).toList(), cells, watermark);
    }

    static List<String> cells(AuditRecord r, LongFunction<String> schoolName, ZoneId zone) {
        String school = "";
        if (r.schoolId() != null) {
            String name = schoolName == null ? null : schoolName.apply(r.schoolId());
            school = name == null || name.isBlank() ? String.valueOf(r.schoolId()) : name;
        }
        return List.of(String.valueOf(r.id()), AdminFormat.dateTime(r.time(), zone),
                Objects.toString(r.username(), ""), Objects.toString(r.displayName(), ""),
                AdminFormat.roleLabel(r.role()), school, Objects.toString(r.action(), ""),
                Objects.toString(r.targetType(), ""), Objects.toString(r.targetId(), ""),
                Objects.toString(r.changes(), ""), Objects.toString(r.clientAddress(), ""),
                Objects.toString(r.hash(), ""));
    }

    /** {@code audit-20260315-0930.csv}. */
    static String fileName(java.time.Instant now, ZoneId zone) {
        return "audit-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now.atZone(zone))
                + ".csv";
    }

    private AuditCsv() {
    }
}
