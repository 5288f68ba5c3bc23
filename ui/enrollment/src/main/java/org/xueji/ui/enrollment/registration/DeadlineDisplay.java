package org.xueji.ui.enrollment.registration;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.DeadlineProgress.Status;

/** How registration progress (R19) is shown: status texts and colours, days left, totals. */
final class DeadlineDisplay {

    /** CSS class of overdue rows and badges (end-to-end tests look for it). */
    static final String OVERDUE_CLASS = "overdue";

    /** Most urgent first: overdue, due soon, on track, complete. */
    static final Comparator<DeadlineProgress> URGENCY = Comparator
            .comparingInt((DeadlineProgress p) -> urgency(p.status()))
            .thenComparing(DeadlineProgress::schoolName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(DeadlineProgress::gradeLevel);

    /**
     * Figures of a set of rows.
     *
     * @param overdueSchools schools with at least one overdue grade
     * @param dueSoonSchools schools with a grade due soon and none overdue
     */
    record Summary(long overdueSchools, long dueSoonSchools, long registered, long planned) {
    }

    static Summary summarize(Collection<DeadlineProgress> rows) {
        List<Long> overdue = rows.stream().filter(p -> p.status() == Status.OVERDUE)
                .map(DeadlineProgress::schoolId).distinct().toList();
        long dueSoon = rows.stream().filter(p -> p.status() == Status.DUE_SOON)
                .map(DeadlineProgress::schoolId).distinct().filter(id -> !overdue.contains(id)).count();
        long registered = rows.stream().mapToLong(DeadlineProgress::registered).sum();
        long planned = rows.stream().mapToLong(DeadlineProgress::planned).sum();
        return new Summary(overdue.size(), dueSoon, registered, planned);
    }

    static RegistrationUiText statusText(Status status) {
        return switch (status) {
            case COMPLETE -> RegistrationUiText.STATUS_COMPLETE;
            case ON_TRACK -> RegistrationUiText.STATUS_ON_TRACK;
            case DUE_SOON -> RegistrationUiText.STATUS_DUE_SOON;
            case OVERDUE -> RegistrationUiText.STATUS_OVERDUE;
        };
    }

    /** {@code overdue}, {@code due-soon}, {@code on-track} or {@code complete}. */
    static String cssClass(Status status) {
        return status == Status.OVERDUE ? OVERDUE_CLASS : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code 12 天}, {@code 今天截止} or {@code 已过 3 天}. */
    static String daysLeft(long daysLeft, Locale locale) {
        if (daysLeft > 0) {
            return RegistrationUiText.DAYS_LEFT.format(locale, daysLeft);
        }
        if (daysLeft == 0) {
            return RegistrationUiText.DUE_TODAY.format(locale);
        }
        return RegistrationUiText.DAYS_OVERDUE.format(locale, -daysLeft);
    }

    /** {@code 90%}, or a dash when the school has no plan for the grade. */
    static String percent(DeadlineProgress p) {
        return p.planned() <= 0 ? "—" : p.percent() + "%";
    }

    private static int urgency(Status status) {
        return switch (status) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case ON_TRACK -> 2;
            case COMPLETE -> 3;
        };
    }

    private DeadlineDisplay() {
    }
}
