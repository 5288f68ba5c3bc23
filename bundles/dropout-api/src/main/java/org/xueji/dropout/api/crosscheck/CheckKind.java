package org.xueji.dropout.api.crosscheck;

import org.xueji.platform.api.MessageKey;

/** The comparisons of a cross-check run; each gives findings that need a resolution. */
public enum CheckKind implements MessageKey {
    /** A child of the household register without a registry record: never enrolled. */
    NOT_ENROLLED,
    /** A registry record whose child the R18 check found not at school (籍在人不在), open on the ledgers. */
    NOT_PRESENT,
    /** A suspected or confirmed dropout on the financial-aid list: the aid office checks the aid. */
    DROPOUT_AID,
    /** A suspected or confirmed dropout of a poverty-registered household: joint follow-up with the aid office. */
    DROPOUT_POVERTY;

    @Override
    public String key() {
        return "check." + name();
    }
}
