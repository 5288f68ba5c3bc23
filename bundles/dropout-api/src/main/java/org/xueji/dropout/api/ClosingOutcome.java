package org.xueji.dropout.api;

/** The outcomes an entry may be closed with (动态销号); each needs its own confirmation. Labels {@code outcome.<NAME>}. */
public enum ClosingOutcome implements org.xueji.platform.api.MessageKey {
    /** 返校: the class the child is back in must be named. */
    BACK_AT_SCHOOL,
    /** 转学: the receiving school must have confirmed. */
    TRANSFERRED,
    /** 送教上门 (home teaching). */
    HOME_TEACHING,
    /** 死亡. */
    DECEASED,
    /** 迁出: the new place must be named and confirmed. */
    MOVED_AWAY;

    @Override
    public String key() {
        return "outcome." + name();
    }
}
