package org.xueji.transfer.api;

import org.xueji.platform.api.MessageKey;

/**
 * The kinds of registry change (学籍异动). Each is a workflow request type of the same id whose
 * steps are listed in {@link TransferSteps}.
 */
public enum ChangeType implements MessageKey {
    /** 转学（区内）: the receiving school starts; receiving principal → sending school → district; the record moves. */
    TRANSFER("transfer"),
    /** 转出（区外/省外）: the sending school starts; principal → district, the other side's reply recorded first. */
    TRANSFER_OUT("transfer-out"),
    /** 休学, with reason and planned return. */
    SUSPENSION("suspension"),
    /** 复学 into a grade and class of the record's school. */
    RESUMPTION("resumption"),
    /** 留级 into a class of the grade below. */
    REPEAT_GRADE("repeat-grade"),
    /** 跳级 into a class of the grade above. */
    SKIP_GRADE("skip-grade"),
    /** 死亡 */
    DEATH("death"),
    /** 调班: within the school, decided by its principal; no district step. */
    CLASS_CHANGE("class-change"),
    /** 关键信息更正 (R3): decided by the district. */
    CORRECTION("correction"),
    /** 撤销误录学籍 after the school's own limit: decided by the district. */
    WITHDRAWAL("withdrawal"),
    /**
     * 转入（区外/省外）: the receiving school starts it with the record entered from the sending school's printed
     * 学籍登记表; receiving principal → district, the sending side's reply recorded first; on approval the
     * record is created in the receiving school's class.
     */
    TRANSFER_IN("transfer-in"),
    /**
     * A change type of the district's own ({@link LocalChangeType}, from configuration); the change names its
     * local code and its workflow request type is {@code local-<code>}.
     */
    LOCAL("local");

    private final String id;

    ChangeType(String id) {
        this.id = id;
    }

    /** The workflow request type id. */
    public String id() {
        return id;
    }

    public static ChangeType ofId(String id) {
        for (ChangeType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("change type: " + id);
    }

    /** The change moves the record into a target class. */
    public boolean placesInClass() {
        return this == TRANSFER || this == RESUMPTION || this == REPEAT_GRADE || this == SKIP_GRADE
                || this == CLASS_CHANGE || this == TRANSFER_IN;
    }

    @Override
    public String key() {
        return "type." + name();
    }
}
