package org.xueji.registry.api;

/** 就读方式. */
public enum StudyMode implements CodedValue {
    DAY("1", "走读"),
    BOARDING("2", "住校");

    private final String code;
    private final String label;

    StudyMode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
