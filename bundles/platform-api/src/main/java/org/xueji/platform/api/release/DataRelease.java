package org.xueji.platform.api.release;

import java.time.Instant;

/** A data-release request and its decision. */
public record DataRelease(long id, String requester, String purpose, String recipient, String dataScope,
                          Long schoolId, String approvalDocumentNumber, boolean hasScannedApproval,
                          DataReleaseStatus status, String decidedBy, Instant decidedAt, String decisionNote,
                          Instant requestedAt, Instant validUntil, int maxDownloads, int downloads) {

    /** The footer every exported file carries. */
    public String watermark() {
        return "数据发布申请 #" + id + "（批准文号：" + approvalDocumentNumber + "；用途：" + purpose + "；接收方："
                + recipient + "）— 未经区教育局书面批准不得向任何单位或个人提供";
    }
}
