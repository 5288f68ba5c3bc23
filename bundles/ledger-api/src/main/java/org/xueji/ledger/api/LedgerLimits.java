package org.xueji.ledger.api;

/** Input limits of the ledger, shared by the service and the console. */
public final class LedgerLimits {

    /** A written self-review is a PDF of at most 5 MB. */
    public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_NOTE = 500;
    public static final int MAX_NOTICE_NUMBER = 100;
    public static final int MAX_ARGS = 6;
    public static final int MAX_ARG = 100;
    /** One export holds at most this many entries. */
    public static final int MAX_EXPORT = 10_000;
    /** The annual score starts from this unless configured ({@code baseScore}). */
    public static final int DEFAULT_BASE_SCORE = 100;

    private LedgerLimits() {
    }
}
