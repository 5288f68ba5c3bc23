package org.xueji.transfer.service.internal;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.TransferStatistics;
import org.xueji.transfer.service.internal.entity.ChangeEntity;

/** Counting and percentiles of the monthly statistics (pure, on the change rows in scope). */
final class Statistics {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * @param schoolId only rows of this school (a school user), {@code null} for all (the district)
     */
    static TransferStatistics of(int year, List<ChangeEntity> decidedInYear, Long schoolId, int overdueNow) {
        Map<String, int[]> counts = new TreeMap<>();
        List<Double> days = new ArrayList<>();
        for (ChangeEntity e : decidedInYear) {
            days.add(Duration.between(e.submittedAt, e.decidedAt).toMinutes() / 1440.0);
            if (!ChangeStatus.APPROVED.name().equals(e.status)) {
                continue;
            }
            YearMonth month = YearMonth.from(e.decidedAt.atZone(ZONE));
            if (ChangeType.TRANSFER.id().equals(e.type)) {
                count(counts, e.toSchoolId, month, 0, schoolId);
                count(counts, e.fromSchoolId, month, 1, schoolId);
            } else if (ChangeType.TRANSFER_IN.id().equals(e.type)) {
                count(counts, e.toSchoolId, month, 0, schoolId);
            } else if (ChangeType.TRANSFER_OUT.id().equals(e.type)) {
                count(counts, e.fromSchoolId, month, 1, schoolId);
            }
        }
        List<TransferStatistics.Month> months = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("/");
            months.add(new TransferStatistics.Month(Long.parseLong(parts[0]), YearMonth.parse(parts[1]), c[0], c[1]));
        });
        days.sort(Double::compare);
        return new TransferStatistics(year, months, days.size(), percentile(days, 50), percentile(days, 90), overdueNow);
    }

    private static void count(Map<String, int[]> counts, Long school, YearMonth month, int column, Long only) {
        if (school == null || only != null && !only.equals(school)) {
            return;
        }
        // zero-padded school id so the map sorts by school, then month
        counts.computeIfAbsent(String.format("%019d/%s", school, month), k -> new int[2])[column]++;
    }

    /** Nearest-rank percentile of sorted values, rounded to a tenth of a day; null for none. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        double v = sorted.get(Math.max(0, rank - 1));
        return Math.round(v * 10) / 10.0;
    }

    private Statistics() {
    }
}
