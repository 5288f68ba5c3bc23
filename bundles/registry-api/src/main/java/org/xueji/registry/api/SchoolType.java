package org.xueji.registry.api;

/** Kinds of school by the grades they teach. */
public enum SchoolType implements CodedValue {
    PRIMARY("1", "小学", 1, 6),
    JUNIOR("2", "初级中学", 7, 9),
    NINE_YEAR("3", "九年一贯制学校", 1, 9),
    SENIOR("4", "高级中学", 10, 12);

    private final String code;
    private final String label;
    private final int firstGrade;
    private final int lastGrade;

    SchoolType(String code, String label, int firstGrade, int lastGrade) {
        this.code = code;
        this.label = label;
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    public int firstGrade() { return firstGrade; }
    public int lastGrade() { return lastGrade; }

    public boolean teaches(int gradeLevel) {
        return gradeLevel >= firstGrade && gradeLevel <= lastGrade;
    }
}
