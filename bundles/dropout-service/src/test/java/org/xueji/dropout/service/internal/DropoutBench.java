package org.xueji.dropout.service.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.report.ReportFormat;
import org.xueji.dropout.service.internal.report.ReportServiceImpl;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ModuleTestStore;

/**
 * Benchmark runner (issue 10), not part of {@code mvn test} (the name does not end in Test):
 * {@code mvn -B -o -pl bundles/dropout-service test -Dtest=DropoutBench -Dbench.students=1000000}.
 * Loads the dropout tables of a district of N students with 1 % of them found (疑似辍学 and
 * 辍学, a third closed), 劝返 visits, home visits and one survey campaign straight into the real
 * schema (in-memory Derby), then prints p50/p95 of the ledger views and the reports through the
 * services (permission and scope checks included). Prints figures; asserts nothing.
 */
class DropoutBench {

    static final LocalDate TODAY = LocalDate.of(2025, 12, 20);
    static final int SCHOOLS = 400;
    static final String[] TOWNS = {"黄花镇", "春华镇", "江背镇", "安沙镇", "北山镇", "福临镇", "开慧镇", "金井镇", "高桥镇",
        "路口镇", "果园镇", "青山铺镇", "黄兴镇", "湘龙街道", "星沙街道", "泉塘街道", "榔梨街道", "长龙街道", "松雅湖街道",
        "暮云街道"};
    static final String[] REASONS = {"LEARNING_DIFFICULTY", "FAMILY_HARDSHIP", "MIGRANT_WORK", "EARLY_MARRIAGE",
        "ILLNESS_DISABILITY", "SCHOOL_WEARINESS", "OTHER"};

    @Test
    void run() throws Exception {
        int students = Integer.getInteger("bench.students", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 20);
        int entries = students / 100;
        try (ModuleTestStore store = ModuleTestStore.of(DropoutSchema.UNIT, DropoutSchema.CHANGELOG, "DRP")) {
            store.clock().setToday(TODAY);
            long t0 = System.nanoTime();
            load(store, entries, students);
            System.out.printf("load: %,d entries, %,d home visits in %.1f s%n", entries, students / 10,
                    (System.nanoTime() - t0) / 1e9);
            DropoutServiceImpl ledger = new DropoutServiceImpl(store.support(), Fakes.students(), Fakes.schools(),
                    DropoutFixture.AREAS, DropoutFixture.PEOPLE, new Fakes.Submissions(), DropoutConfig.DEFAULTS);
            // school names: none (the files then print school ids), as a registry without those schools answers
            org.xueji.registry.api.SchoolService noNames = (org.xueji.registry.api.SchoolService)
                    java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {org.xueji.registry.api.SchoolService.class},
                            (p, m, a) -> "listSchools".equals(m.getName()) ? java.util.List.of() : null);
            ReportServiceImpl reports = new ReportServiceImpl(store.support(), noNames, null, ledger, null,
                    DropoutConfig.DEFAULTS);
            Actor district = DropoutFixture.DISTRICT;
            Actor principal = Actor.of("principal7", "校长", Role.PRINCIPAL, 7L, Set.of(), "bench");
            measure("ledger, district, all open, first page of 50", rounds,
                    () -> ledger.list(district, EntryQuery.open(), 0, 50));
            measure("ledger, district, 辍学, page 20 of 50", rounds,
                    () -> ledger.list(district, EntryQuery.of(EntryStatus.DROPOUT), 950, 50));
            measure("ledger, district, one town", rounds,
                    () -> ledger.list(district, new EntryQuery(null, null, "春华镇", null), 0, 50));
            measure("ledger, one school (its principal)", rounds,
                    () -> ledger.list(principal, EntryQuery.open(), 0, 50));
            measure("ledger counts + 12-month trend, district", rounds, () -> ledger.counts(district));
            measure("ledger counts, one school", rounds, () -> ledger.counts(principal));
            measure("district quarterly report (figures)", rounds, () -> reports.districtQuarterly(district, 2025, 4));
            measure("district quarterly report as PDF", Math.max(3, rounds / 4),
                    () -> reports.districtQuarterlyFile(district, 2025, 4, ReportFormat.PDF));
            measure("district quarterly report as xlsx", Math.max(3, rounds / 4),
                    () -> reports.districtQuarterlyFile(district, 2025, 4, ReportFormat.XLSX));
            measure("school monthly report (figures)", rounds,
                    () -> reports.schoolMonthly(principal, 7L, YearMonth.of(2025, 11)));
        }
    }

    private static void measure(String what, int rounds, Supplier<?> call) {
        call.get(); // warm-up
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-48s p50 %8.1f ms   p95 %8.1f ms   (%d runs)%n", what, ms[rounds / 2],
                ms[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.95) - 1)], rounds);
    }

    /** Straight JDBC batches: the set-up is not what is measured. */
    private static void load(ModuleTestStore store, int entries, int students) throws Exception {
        Random random = new Random(20251220);
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement e = c.prepareStatement("INSERT INTO DRP_ENTRY (ID, STATUS, CHILD_KEY, STUDENT_ID, "
                    + "NAME, SCHOOL_ID, CLASS_ID, TOWN, VILLAGE, REASON, FOUND_ON, CONFIRMED_ON, CLOSED_ON, OUTCOME, "
                    + "LAST_VISIT_ON, CREATED_AT, CREATED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement v = c.prepareStatement("INSERT INTO DRP_VISIT (ID, ENTRY_ID, VISITED_ON, VISITORS, "
                         + "MET, OUTCOME, RECORDED_BY, RECORDED_AT) VALUES (?, ?, ?, '教师', '家长', '同意', 'bench', ?)")) {
                long visitId = 1;
                Timestamp now = Timestamp.valueOf(TODAY.atStartOfDay());
                for (int i = 1; i <= entries; i++) {
                    LocalDate found = TODAY.minusDays(random.nextInt(365));
                    boolean confirmed = random.nextInt(2) == 0;
                    boolean closed = random.nextInt(3) == 0;
                    LocalDate confirmedOn = confirmed ? min(found.plusDays(1 + random.nextInt(20))) : null;
                    LocalDate closedOn = closed ? min(found.plusDays(20 + random.nextInt(60))) : null;
                    long school = 1 + random.nextInt(SCHOOLS);
                    e.setLong(1, i);
                    e.setString(2, closed ? "CLOSED" : confirmed ? "DROPOUT" : "SUSPECTED");
                    e.setString(3, "s" + i);
                    e.setLong(4, i * 97L);
                    e.setString(5, "学生" + i);
                    e.setLong(6, school);
                    e.setLong(7, school * 100 + random.nextInt(60));
                    e.setString(8, TOWNS[random.nextInt(TOWNS.length)]);
                    e.setString(9, "村" + random.nextInt(30));
                    e.setString(10, REASONS[random.nextInt(REASONS.length)]);
                    e.setDate(11, Date.valueOf(found));
                    e.setDate(12, confirmedOn == null ? null : Date.valueOf(confirmedOn));
                    e.setDate(13, closedOn == null ? null : Date.valueOf(closedOn));
                    e.setString(14, closed ? (random.nextBoolean() ? "BACK_AT_SCHOOL" : "MOVED_AWAY") : null);
                    e.setDate(15, null);
                    e.setTimestamp(16, now);
                    e.setString(17, "bench");
                    e.addBatch();
                    if (confirmed) {
                        for (int k = 0; k < 2; k++) {
                            v.setLong(1, visitId++);
                            v.setLong(2, i);
                            v.setDate(3, Date.valueOf(min(confirmedOn.plusDays(random.nextInt(30)))));
                            v.setTimestamp(4, now);
                            v.addBatch();
                        }
                    }
                    if (i % 2000 == 0) {
                        e.executeBatch();
                        v.executeBatch();
                    }
                }
                e.executeBatch();
                v.executeBatch();
            }
            // one home visit a year for a tenth of the students (the priority groups), over the last year
            try (PreparedStatement h = c.prepareStatement("INSERT INTO DRP_HOME_VISIT (ID, STUDENT_ID, SCHOOL_ID, "
                    + "CLASS_ID, KIND, VISIT_DATE, VISITORS, CONTENT, OUTCOME, RECORDED_BY, RECORDED_AT) VALUES "
                    + "(?, ?, ?, ?, ?, ?, '班主任', '了解情况', '按时到校', 'bench', ?)")) {
                String[] kinds = {"HOME_VISIT", "PARENT_MEETING", "PHONE_CALL"};
                Timestamp now = Timestamp.valueOf(TODAY.atStartOfDay());
                for (int i = 1; i <= students / 10; i++) {
                    long school = 1 + random.nextInt(SCHOOLS);
                    h.setLong(1, i);
                    h.setLong(2, i * 7L);
                    h.setLong(3, school);
                    h.setLong(4, school * 100 + random.nextInt(60));
                    h.setString(5, kinds[random.nextInt(3)]);
                    h.setDate(6, Date.valueOf(TODAY.minusDays(random.nextInt(365))));
                    h.setTimestamp(7, now);
                    h.addBatch();
                    if (i % 5000 == 0) {
                        h.executeBatch();
                    }
                }
                h.executeBatch();
            }
            // a campaign this autumn: a household per 50 students, four in five recorded
            try (PreparedStatement camp = c.prepareStatement("INSERT INTO DRP_CAMPAIGN (ID, TITLE, SCHOOL_YEAR, "
                    + "SEMESTER, OPENED_ON, OPENED_BY) VALUES (1, '2025秋季排查', 2025, 1, '2025-09-15', 'bench')");
                 PreparedStatement hh = c.prepareStatement("INSERT INTO DRP_HOUSEHOLD (ID, CAMPAIGN_ID, SCHOOL_ID, TOWN, "
                         + "HOUSEHOLD, TEACHER, RECORDED_AT) VALUES (?, 1, ?, ?, ?, 'teacher', ?)")) {
                camp.executeUpdate();
                for (int i = 1; i <= students / 50; i++) {
                    hh.setLong(1, i);
                    hh.setLong(2, 1 + random.nextInt(SCHOOLS));
                    hh.setString(3, TOWNS[random.nextInt(TOWNS.length)]);
                    hh.setString(4, "户" + i);
                    hh.setTimestamp(5, random.nextInt(5) == 0 ? null
                            : Timestamp.valueOf(LocalDate.of(2025, 9, 20).plusDays(random.nextInt(60)).atStartOfDay()));
                    hh.addBatch();
                    if (i % 5000 == 0) {
                        hh.executeBatch();
                    }
                }
                hh.executeBatch();
            }
            c.commit();
        }
    }

    private static LocalDate min(LocalDate d) {
        return d.isAfter(TODAY) ? TODAY : d;
    }
}
