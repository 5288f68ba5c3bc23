package org.xueji.registry.api;

/** 是否留守儿童. */
public enum LeftBehindStatus implements CodedValue {
    NONE("0", "非留守儿童"),
    ONE_PARENT("1", "单亲留守"),
    BOTH_PARENTS("2", "双亲留守");

    private final String code;
    private final String label;

    LeftBehindStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
