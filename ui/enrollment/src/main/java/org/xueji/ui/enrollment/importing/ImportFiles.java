package org.xueji.ui.enrollment.importing;

/** Names and types of the files the import page offers for download. */
final class ImportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";
    static final String TEMPLATE = "学生基础信息导入模板.xlsx";

    /** {@code 学生基础信息-12.xlsx}: the release id ties the file to its written approval (R4). */
    static String studentExport(long releaseId) {
        return "学生基础信息-" + releaseId + ".xlsx";
    }

    /** {@code 导入问题清单-<batch>.csv}; the batch id is reduced to characters safe in a file name. */
    static String issueList(String batchId) {
        String safe = batchId == null ? "" : batchId.replaceAll("[^A-Za-z0-9_-]", "");
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        return safe.isEmpty() ? "导入问题清单.csv" : "导入问题清单-" + safe + ".csv";
    }

    private ImportFiles() {
    }
}
