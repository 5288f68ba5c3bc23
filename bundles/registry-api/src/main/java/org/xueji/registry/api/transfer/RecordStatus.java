package org.xueji.registry.api.transfer;

import org.xueji.platform.api.MessageKey;

/** The standing of a record (学籍状态). A record is never deleted: it changes status. */
public enum RecordStatus implements MessageKey {
    /** 在读 */
    ACTIVE,
    /** 休学: kept at its school, out of the class until resumption (复学). */
    SUSPENDED,
    /** 死亡 */
    DECEASED,
    /** 转出: moved out of the district or province; kept, read-only, at the sending school. */
    TRANSFERRED_OUT,
    /** 撤销: a registration made by mistake, withdrawn; kept, marked, visible to the district. */
    WITHDRAWN;

    @Override
    public String key() {
        return "status." + name();
    }
}
