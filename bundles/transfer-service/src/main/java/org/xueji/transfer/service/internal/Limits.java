package org.xueji.transfer.service.internal;

/** The numbers the service works with, from {@link TransferSettings} (a record, so tests set them directly). */
record Limits(int withdrawDays, int arrivalWorkingDays) {

    static final Limits DEFAULT = new Limits(3, 10);

    static Limits of(TransferSettings s) {
        return new Limits(s.withdrawDays(), s.arrivalWorkingDays());
    }
}
