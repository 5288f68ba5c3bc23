package org.xueji.enrollment.api;

import java.time.LocalDate;

/**
 * One school's autumn registration against its deadline (issue 15), like R19's progress.
 *
 * @param classes          classes with records
 * @param confirmedClasses of those, ticked (or covered by an uploaded roster)
 * @param students         records of the school
 * @param confirmed        records confirmed present
 * @param daysLeft         days from today to the deadline (negative once passed)
 */
public record AutumnRegistrationProgress(long schoolId, String schoolName, int schoolYear, LocalDate dueDate,
                                         int classes, int confirmedClasses, int students, int confirmed,
                                         long daysLeft, DeadlineProgress.Status status) {

    public int unconfirmed() {
        return students - confirmed;
    }
}
