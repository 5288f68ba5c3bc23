package org.xueji.dropout.api.report;

/** One school's line of the district report (school id; the console names it). */
public record SchoolFigures(long schoolId, long suspectedAtEnd, long dropoutAtEnd, long newlyFound, long returned) {
}
