package org.xueji.admission.api;

import org.xueji.platform.api.MessageKey;

/** Application categories (R24, R27); the priority order between them is configured per season. */
public enum Category implements MessageKey {
    /** 户籍: local household registration in the service area. */
    HOUSEHOLD,
    /** 房产: the family owns a home in the service area. */
    PROPERTY,
    /** 随迁子女: migrant worker's child, main proof the parent's residence permit (居住证, R27). */
    MIGRANT,
    /** 其他. */
    OTHER;

    @Override
    public String key() {
        return "category." + name();
    }
}
