package org.xueji.admission.api;

/** A school's admission plan in a season: classes × cap, minus the seats kept for transfers. */
public record SchoolPlan(long schoolId, int classes, int classCap, int reservedForTransfers) {
    public int seats() {
        return Math.max(0, classes * classCap - reservedForTransfers);
    }
}
