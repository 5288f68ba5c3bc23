package org.xueji.registry.api.transfer;

import org.xueji.platform.api.MessageKey;

/** Refusals of {@link RecordChanges}; texts in messages.properties (Chinese) and messages_en.properties here. */
public enum TransferRegistryMessages implements MessageKey {
    /** {0} student id. */
    RECORD_NOT_FOUND,
    /** {0} class id. */
    CLASS_NOT_FOUND,
    /** R12: 借读 — a class of a school that does not hold the record. */
    CLASS_NOT_IN_SCHOOL,
    CLASS_CLOSED,
    /** R14/R15: {0} class, {1} limit, {2} present. */
    CLASS_OVER_CAP,
    /** {0} the status. */
    RECORD_NOT_ACTIVE,
    /** {0} the status now. */
    STATUS_UNCHANGED,
    CORRECTION_EMPTY,
    /** {0} the field. */
    CORRECTION_INVALID,
    ID_NUMBER_TAKEN,
    /** The record changed meanwhile. */
    RECORD_CHANGED,
    /** R3: a key field (姓名, 性别, 出生日期, 证件类型/号, 民族, 年级) is changed only by a correction the district approves. */
    KEY_FIELD_NEEDS_CORRECTION,
    /**
     * No longer raised: a record transferred in gets a J or L 学籍号 like a registration when it has no
     * resident ID number. Kept so modules built against 1.2 still resolve.
     */
    @Deprecated
    TRANSFER_IN_NEEDS_RESIDENT_ID,
    /** A transfer in needs a class of the receiving school. */
    TRANSFER_IN_CLASS_REQUIRED;

    @Override
    public String key() {
        return name();
    }
}
