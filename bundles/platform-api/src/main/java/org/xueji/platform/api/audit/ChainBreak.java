package org.xueji.platform.api.audit;

import org.xueji.platform.api.MessageKey;

/**
 * Why the audit chain does not verify (R7): the verdict of {@link ChainVerification}, a message
 * key whose arguments are row numbers or ranges of rows ("6–8"), given as text.
 */
public enum ChainBreak implements MessageKey {
    /** {0} row: its number repeats or comes out of order. */
    INSERTED_OUT_OF_ORDER,
    /** {0} row; {1} the missing rows before it. */
    DELETED_BEFORE,
    /** {0} row: its hash does not match its content. */
    CHANGED,
    /** {0} the inserted row; {1} the row after it, which still links to the row before it. */
    INSERTED_BETWEEN,
    /** {0} row: sealed but not linked to the row before it. */
    DELETED_OR_REWRITTEN_BEFORE,
    /** {0} row; {1} its old number, still in its hash. */
    DELETED_RENUMBERED,
    /** {0} the inserted rows; {1} the old number of the row now numbered {2}. */
    INSERTED_RENUMBERED,
    /** {0} row: neither hash nor link match. */
    INSERTED,
    /** {0} the missing rows at the end; {1} rows the head counts; {2} rows left. */
    DELETED_AT_END,
    /** {0} row beyond the head; {1} the head's last row. */
    INSERTED_AFTER_HEAD,
    /** {0} row: the head's hash does not match it. */
    CHANGED_AGAINST_HEAD,
    /** {0} the missing rows; {1} the row an anchor file records; {2} the last row in the database. */
    DELETED_AGAINST_ANCHOR,
    /** {0} the rows rewritten with recomputed hashes; {1} the row that differs from its anchor file. */
    REWRITTEN_AGAINST_ANCHOR,
    /** {0} the rows rewritten with recomputed hashes: the head's seal does not match the key. */
    REWRITTEN_AGAINST_HEAD_SEAL,
    /** {0} the anchor files whose signature does not verify or that cannot be read. */
    ANCHOR_FILES_FORGED,
    /** Appended to the reason when the verification itself could not be written to the chain. */
    VERIFICATION_NOT_RECORDED;

    @Override
    public String key() {
        return name();
    }
}
