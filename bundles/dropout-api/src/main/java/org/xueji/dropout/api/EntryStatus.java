package org.xueji.dropout.api;

/** Where an entry stands: which ledger it is on, or closed (动态销号). */
public enum EntryStatus {
    /** 疑似辍学: found by a feed, a survey or a report; not yet confirmed by a person. */
    SUSPECTED,
    /** 辍学: a person confirmed that the child is out of school. */
    DROPOUT,
    /** 销号 requested with an outcome; waiting for the district's approval (workflow). */
    CLOSING,
    /** 已销号: the district approved the outcome. */
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
