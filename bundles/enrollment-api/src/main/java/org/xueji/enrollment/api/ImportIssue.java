package org.xueji.enrollment.api;

/**
 * A problem with one row (or the whole file when {@code row} is 0).
 *
 * @param row    the spreadsheet's row number as Excel shows it (header = 1)
 * @param column the Chinese header of the column, or null
 * @param message in Chinese, for the person who fixes the file
 */
public record ImportIssue(int row, String column, String message) {
}
