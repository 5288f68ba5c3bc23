package org.xueji.enrollment.api;

/** How a discrepancy was settled; each one needs a resolution before a school closes its check. */
public enum ResolutionKind {
    RECORD_FIXED("已更正学籍信息"),
    RECORD_CREATED("已补建学籍"),
    TRANSFER_STARTED("已办理转学"),
    SUSPENSION_STARTED("已办理休学"),
    ROSTER_CORRECTED("花名册有误，已核实"),
    EXPLAINED("其他（文字说明）");

    private final String label;

    ResolutionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
