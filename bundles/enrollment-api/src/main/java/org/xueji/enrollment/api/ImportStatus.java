package org.xueji.enrollment.api;

public enum ImportStatus {
    RUNNING("导入中"),
    /** rows stored (all, or the valid ones) */
    COMPLETED("已完成"),
    /** refused: bad file or bad rows in all-or-nothing mode; nothing stored */
    REJECTED("已拒绝，未导入"),
    /** stopped by an error or a shutdown; nothing stored */
    ABORTED("已中止，未导入");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
