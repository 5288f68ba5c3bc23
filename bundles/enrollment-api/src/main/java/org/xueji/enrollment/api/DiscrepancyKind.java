package org.xueji.enrollment.api;

/** The three lists of a 人籍一致 check (R18). */
public enum DiscrepancyKind {
    /** at school, but no record (人在籍不在) */
    PERSON_WITHOUT_RECORD("人在籍不在"),
    /** a record, but the student is not at school (籍在人不在) */
    RECORD_WITHOUT_PERSON("籍在人不在"),
    /** at school and recorded, but grade, class, name or ID number differ */
    FIELD_MISMATCH("信息不一致");

    private final String label;

    DiscrepancyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
