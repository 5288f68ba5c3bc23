package org.xueji.registry.api;

/** 残疾类型. */
public enum DisabilityType implements CodedValue {
    NONE("0", "无"),
    VISUAL("1", "视力残疾"),
    HEARING("2", "听力残疾"),
    SPEECH("3", "言语残疾"),
    PHYSICAL("4", "肢体残疾"),
    INTELLECTUAL("5", "智力残疾"),
    MENTAL("6", "精神残疾"),
    MULTIPLE("7", "多重残疾");

    private final String code;
    private final String label;

    DisabilityType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
