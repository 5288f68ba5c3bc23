package org.xueji.enrollment.service.internal.excel;

/** Called once per data row, in file order. */
@FunctionalInterface
public interface RowHandler {

    void row(SheetRow row);
}
