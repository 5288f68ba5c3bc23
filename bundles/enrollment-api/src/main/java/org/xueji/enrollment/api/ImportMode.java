package org.xueji.enrollment.api;

/** What an import does when some rows are bad; the user chooses explicitly. */
public enum ImportMode {
    /** one bad row and nothing is stored */
    ALL_OR_NOTHING("全部正确才导入"),
    /** the valid rows are stored (in one transaction), the bad ones reported */
    VALID_ROWS_ONLY("仅导入正确的行");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
