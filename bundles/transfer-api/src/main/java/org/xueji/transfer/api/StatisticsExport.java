package org.xueji.transfer.api;

/**
 * An export of the monthly statistics (issue 14 item 6, R4).
 *
 * @param format    spreadsheet or PDF
 * @param releaseId {@code null}: the aggregate counts only (per school and month, approval times; no
 *                  personal row, so no data release needed); else an approved data release (R4) whose
 *                  download the export uses to add one row per decided change (ids, type, schools,
 *                  dates; no name or number), the release named on the file
 */
public record StatisticsExport(int year, Format format, Long releaseId) {

    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }
}
