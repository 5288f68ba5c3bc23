package org.xueji.enrollment.api;

import java.time.LocalDate;

/**
 * One school's registration progress against a deadline (R19).
 *
 * @param planned    planned intake (招生计划), 0 when the school has no plan for the grade
 * @param registered new students registered for this school year and grade
 * @param late       of those, registered after the due date
 * @param daysLeft   days from today to the due date (negative once it has passed)
 */
public record DeadlineProgress(long schoolId, String schoolName, int schoolYear, int gradeLevel, LocalDate dueDate,
                               int planned, long registered, long late, long daysLeft, Status status) {

    public enum Status {
        /** all planned students registered */
        COMPLETE("已完成"),
        /** still open, more than a week left */
        ON_TRACK("进行中"),
        /** seven days or fewer left */
        DUE_SOON("即将截止"),
        /** the due date has passed with planned students missing */
        OVERDUE("已逾期");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The status for these figures on {@code today}. */
    public static Status statusOf(int planned, long registered, long daysLeft) {
        if (planned > 0 && registered >= planned) {
            return Status.COMPLETE;
        }
        if (daysLeft < 0) {
            return Status.OVERDUE;
        }
        return daysLeft <= 7 ? Status.DUE_SOON : Status.ON_TRACK;
    }

    /** Registered as a share of planned, 0–100; 100 when nothing is planned. */
    public int percent() {
        return planned <= 0 ? 100 : (int) Math.min(100, registered * 100 / planned);
    }
}
