package org.xueji.classbalance.api;

/** A confirmed run's result with full names as an .xlsx file, under an approved data release (R4). */
public record ResultExport(String fileName, byte[] xlsx, long releaseId, int rows) {
}
