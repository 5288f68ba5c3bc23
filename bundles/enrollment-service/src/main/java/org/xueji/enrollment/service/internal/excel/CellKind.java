package org.xueji.enrollment.service.internal.excel;

/** What a column holds; decides how its cells are read and written. */
public enum CellKind {
    /** Free text (names, addresses). */
    TEXT,
    /** An ID number: must stay text, Excel numbers have lost digits. */
    ID_NUMBER,
    /** A phone number: text so leading zeros survive. */
    PHONE,
    /** A day, {@code yyyyMMdd} in the national template. */
    DATE,
    /** A month, {@code yyyyMM} in the national template. */
    YEAR_MONTH,
    /** A code of the national collection form (labels accepted on import). */
    CODE
}
