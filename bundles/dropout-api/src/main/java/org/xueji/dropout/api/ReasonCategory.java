package org.xueji.dropout.api;

/** Why a child is (possibly) out of school (R23 reason categories). Labels: {@code reason.<NAME>}. */
public enum ReasonCategory implements org.xueji.platform.api.MessageKey {
    /** 学习困难 */
    LEARNING_DIFFICULTY,
    /** 家庭经济困难 */
    FAMILY_HARDSHIP,
    /** 外出务工/打工 */
    MIGRANT_WORK,
    /** 早婚早育 */
    EARLY_MARRIAGE,
    /** 疾病/残疾 */
    ILLNESS_DISABILITY,
    /** 厌学 */
    SCHOOL_WEARINESS,
    /** 其他 */
    OTHER;

    @Override
    public String key() {
        return "reason." + name();
    }
}
