package org.xueji.platform.api.release;

import java.time.Instant;

/**
 * A data-release request and its decision.
 *
 * @param dataScope    the requester's own words on what data (free text, shown)
 * @param schoolId     the school whose data, {@code null} for the whole district
 * @param maxDownloads how many downloads the approval allows (1 unless the request stated more)
 * @param scope        the grades and field groups covered, enforced by every export; {@code null}
 *                     for a request made before scopes existed, which no export accepts
 */
public record DataRelease(long id, String requester, String purpose, String recipient, String dataScope,
                          Long schoolId, String approvalDocumentNumber, boolean hasScannedApproval,
                          DataReleaseStatus status, String decidedBy, Instant decidedAt, String decisionNote,
                          Instant requestedAt, Instant validUntil, int maxDownloads, int downloads,
                          ReleaseScope scope) {

    /** A release without a structured scope (as made before scopes existed). */
    public DataRelease(long id, String requester, String purpose, String recipient, String dataScope,
                       Long schoolId, String approvalDocumentNumber, boolean hasScannedApproval,
                       DataReleaseStatus status, String decidedBy, Instant decidedAt, String decisionNote,
                       Instant requestedAt, Instant validUntil, int maxDownloads, int downloads) {
        this(id, requester, purpose, recipient, dataScope, schoolId, approvalDocumentNumber, hasScannedApproval,
                status, decidedBy, decidedAt, decisionNote, requestedAt, validUntil, maxDownloads, downloads, null);
    }

    /** The footer every exported file carries. */
    public String watermark() {
        return "数据发布申请 #" + id + "（批准文号：" + approvalDocumentNumber + "；用途：" + purpose + "；接收方："
                + recipient + "）— 未经区教育局书面批准不得向任何单位或个人提供";
    }
}
