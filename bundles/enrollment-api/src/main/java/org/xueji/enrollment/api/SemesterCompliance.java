package org.xueji.enrollment.api;

/**
 * R18 per school and semester: how many checks the school has closed; fewer than
 * {@link #REQUIRED} is warned on the district dashboard.
 */
public record SemesterCompliance(long schoolId, String schoolName, int schoolYear, int semester, int closedChecks,
                                 int grade9WithoutRecord) {

    public static final int REQUIRED = 2;

    public boolean enough() {
        return closedChecks >= REQUIRED;
    }
}
