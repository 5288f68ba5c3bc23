package org.xueji.platform.api.release;

public enum DataReleaseStatus {
    PENDING("待审批"), APPROVED("已批准"), REJECTED("已驳回"), EXPIRED("已过期"), USED_UP("次数已用完");

    private final String label;

    DataReleaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
