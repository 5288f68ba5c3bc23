package org.xueji.ledger.api;

/**
 * A follow-up to record.
 *
 * @param note         free text; required for {@link FollowUpKind#NOTE}
 * @param noticeNumber required for {@link FollowUpKind#DISTRICT_NOTICE}
 * @param documentName the self-review's file name
 * @param document     the self-review, a PDF (judged by content) of at most {@link LedgerLimits#MAX_DOCUMENT_BYTES}
 */
public record NewFollowUp(FollowUpKind kind, String note, String noticeNumber, String documentName,
                          byte[] document) {

    public static NewFollowUp selfReview(String documentName, byte[] pdf, String note) {
        return new NewFollowUp(FollowUpKind.SELF_REVIEW, note, null, documentName, pdf);
    }

    public static NewFollowUp districtNotice(String noticeNumber, String note) {
        return new NewFollowUp(FollowUpKind.DISTRICT_NOTICE, note, noticeNumber, null, null);
    }

    public static NewFollowUp note(String note) {
        return new NewFollowUp(FollowUpKind.NOTE, note, null, null, null);
    }
}
