package org.xueji.dropout.api.crosscheck;

import org.xueji.platform.api.MessageKey;

/** The lists other departments hand over (R29). */
public enum ListKind implements MessageKey {
    /** 公安户籍: school-age children registered in a town (one list per town). */
    HOUSEHOLD_REGISTER,
    /** 学生资助: children receiving financial aid (one list for the district). */
    FINANCIAL_AID,
    /** 建档立卡/低保: children of poverty-registered households (one list for the district). */
    POVERTY;

    @Override
    public String key() {
        return "list." + name();
    }
}
