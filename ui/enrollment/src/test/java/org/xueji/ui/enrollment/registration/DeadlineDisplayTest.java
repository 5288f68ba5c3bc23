package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.DeadlineProgress.Status;

/** R19: how registration progress against the deadlines is shown. */
class DeadlineDisplayTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static DeadlineProgress row(long schoolId, String school, int grade, int planned, long registered,
                                        long daysLeft) {
        return new DeadlineProgress(schoolId, school, 2026, grade, LocalDate.of(2026, 9, 30), planned, registered,
                0, daysLeft, DeadlineProgress.statusOf(planned, registered, daysLeft));
    }

    @Test
    void summaryCountsSchoolsNotRows() {
        List<DeadlineProgress> rows = List.of(
                row(1, "一小", 1, 50, 40, -3),
                row(1, "一小", 7, 50, 10, 3),
                row(2, "二小", 1, 40, 30, 5),
                row(3, "三小", 1, 30, 30, -10));

        DeadlineDisplay.Summary s = DeadlineDisplay.summarize(rows);

        assertThat(s.overdueSchools()).isEqualTo(1);
        // 一小 is overdue already: counted once, as overdue
        assertThat(s.dueSoonSchools()).isEqualTo(1);
        assertThat(s.registered()).isEqualTo(110);
        assertThat(s.planned()).isEqualTo(170);
    }

    @Test
    void mostUrgentFirst() {
        DeadlineProgress complete = row(1, "甲校", 1, 10, 10, -1);
        DeadlineProgress onTrack = row(2, "乙校", 1, 10, 1, 30);
        DeadlineProgress overdue = row(3, "丙校", 1, 10, 1, -1);
        DeadlineProgress dueSoon = row(4, "丁校", 1, 10, 1, 2);

        assertThat(List.of(complete, onTrack, overdue, dueSoon).stream().sorted(DeadlineDisplay.URGENCY).toList())
                .containsExactly(overdue, dueSoon, onTrack, complete);
    }

    @Test
    void overdueRowsCarryTheOverdueClass() {
        assertThat(DeadlineDisplay.cssClass(Status.OVERDUE)).isEqualTo("overdue");
        assertThat(DeadlineDisplay.cssClass(Status.DUE_SOON)).isEqualTo("due-soon");
        assertThat(DeadlineDisplay.cssClass(Status.ON_TRACK)).isEqualTo("on-track");
        assertThat(DeadlineDisplay.cssClass(Status.COMPLETE)).isEqualTo("complete");
    }

    @Test
    void statusTextsMatchTheServiceLabels() {
        for (Status s : Status.values()) {
            assertThat(DeadlineDisplay.statusText(s).format(ZH)).isEqualTo(s.label());
        }
    }

    @Test
    void daysLeftReadsNaturally() {
        assertThat(DeadlineDisplay.daysLeft(12, ZH)).isEqualTo("12 天");
        assertThat(DeadlineDisplay.daysLeft(0, ZH)).isEqualTo("今天截止");
        assertThat(DeadlineDisplay.daysLeft(-3, ZH)).isEqualTo("已过 3 天");
        assertThat(DeadlineDisplay.daysLeft(-3, Locale.ENGLISH)).isEqualTo("3 days over");
    }

    @Test
    void percentNeedsAPlan() {
        assertThat(DeadlineDisplay.percent(row(1, "甲校", 1, 50, 45, 3))).isEqualTo("90%");
        assertThat(DeadlineDisplay.percent(row(1, "甲校", 1, 0, 5, 3))).isEqualTo("—");
    }
}
