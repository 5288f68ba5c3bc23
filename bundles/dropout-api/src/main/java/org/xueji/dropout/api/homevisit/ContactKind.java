package org.xueji.dropout.api.homevisit;

import org.xueji.platform.api.MessageKey;

/** How the school met the family; labels {@code contact.<NAME>}. */
public enum ContactKind implements MessageKey {
    /** 入户家访. */
    HOME_VISIT,
    /** 家长约谈（在校）. */
    PARENT_MEETING,
    /** 电话家访. */
    PHONE_CALL;

    @Override
    public String key() {
        return "contact." + name();
    }
}
