package org.xueji.dropout.api.risk;

/**
 * The outcome of a term-grades import (one class, one term).
 *
 * @param rows    students read and stored (a re-import of the class and term replaces them)
 * @param failing students failing at least the configured number of core subjects
 */
public record GradesResult(int rows, int failing) {
}
