package org.xueji.registry.api;

/** 入学方式. */
public enum EntryWay implements CodedValue {
    NEARBY("11", "就近入学"),
    OTHER_COMPULSORY("12", "其他"),
    EXAM("21", "统一招生考试/普通入学"),
    SPORTS("22", "体育特招"),
    ARTS("23", "艺术特招"),
    OTHER_SENIOR("99", "其他（高中）");

    private final String code;
    private final String label;

    EntryWay(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
