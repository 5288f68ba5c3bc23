package org.xueji.registry.api;

/** 身份证件类型 of the national collection form. */
public enum IdDocumentType implements CodedValue {
    RESIDENT_ID("1", "居民身份证"),
    HONG_KONG("6", "香港特区护照/身份证明"),
    MACAU("7", "澳门特区护照/身份证明"),
    TAIWAN("8", "台湾居民来往大陆通行证"),
    FOREIGN_PERMANENT("9", "境外永久居住证"),
    PASSPORT("A", "护照"),
    OTHER("Z", "其他");

    private final String code;
    private final String label;

    IdDocumentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
