package org.xueji.registry.api;

/** 户口性质. */
public enum HouseholdType implements CodedValue {
    AGRICULTURAL("1", "农业"),
    NON_AGRICULTURAL("2", "非农业");

    private final String code;
    private final String label;

    HouseholdType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
