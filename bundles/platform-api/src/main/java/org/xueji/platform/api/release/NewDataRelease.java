package org.xueji.platform.api.release;

/**
 * A request to release personal data (R4).
 *
 * @param dataScope              what data: e.g. "七年级学生名单（姓名、学籍号、班级）"
 * @param schoolId               the school whose data, or {@code null} for district-wide
 * @param approvalDocumentNumber the bureau's written approval (书面批准文号), e.g. 岳教函〔2026〕12号
 * @param scannedApproval        optional scan (PDF/JPG/PNG), or {@code null}
 * @param maxDownloads           how many exports the approval allows
 * @param validDays              for how many days after approval
 * @param scope                  the grades and field groups asked for (required)
 */
public record NewDataRelease(String purpose, String recipient, String dataScope, Long schoolId,
                             String approvalDocumentNumber, byte[] scannedApproval, String scannedApprovalName,
                             int maxDownloads, int validDays, ReleaseScope scope) {

    /** A request without a structured scope: refused by {@code DataReleaseService#request}. */
    public NewDataRelease(String purpose, String recipient, String dataScope, Long schoolId,
                          String approvalDocumentNumber, byte[] scannedApproval, String scannedApprovalName,
                          int maxDownloads, int validDays) {
        this(purpose, recipient, dataScope, schoolId, approvalDocumentNumber, scannedApproval, scannedApprovalName,
                maxDownloads, validDays, null);
    }
}
