package org.xueji.enrollment.service.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiFunction;

/**
 * When a new record is due. A record is created within the month of entry; new grade-1
 * and grade-7 students of a school year have until the district's deadline (R19), which is
 * later (30 September, 31 October by default).
 */
final class DueDates {

    /** The school year an entry month belongs to: September starts it. */
    static int schoolYearOf(YearMonth entry) {
        return entry.getMonthValue() >= 9 ? entry.getYear() : entry.getYear() - 1;
    }

    /**
     * @param deadline (school year, grade) → the R19 deadline
     */
    static LocalDate dueDate(YearMonth entry, Integer entryGrade,
                             BiFunction<Integer, Integer, LocalDate> deadline) {
        LocalDate endOfEntryMonth = entry.atEndOfMonth();
        if (entryGrade != null && (entryGrade == 1 || entryGrade == 7)) {
            LocalDate campaignDeadline = deadline.apply(schoolYearOf(entry), entryGrade);
            if (campaignDeadline != null && campaignDeadline.isAfter(endOfEntryMonth)) {
                return campaignDeadline;
            }
        }
        return endOfEntryMonth;
    }

    static boolean late(LocalDate registeredOn, LocalDate dueDate) {
        return dueDate != null && registeredOn.isAfter(dueDate);
    }

    private DueDates() {
    }
}
