package org.xueji.admission.service.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.xueji.platform.persistence.ModuleSupport;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.xueji.admission.api.AllocationResult;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.SeasonSetup;
import org.xueji.admission.api.ServiceArea;
import org.xueji.platform.api.identity.ChineseIdNumber;

/**
 * Benchmark runner of the allocation and the public lookup (issue 12), not a test: prints figures,
 * asserts nothing about time. Not run by {@code mvn test} (its name is no test name); run it with
 * {@code mvn -o -pl bundles/admission-service test -Dtest=AdmissionBench -Dbench.applications=20000}.
 * 40 schools of 8 classes × 45 (360 seats); the applications (household, property, migrant,
 * other in turn, eligible) are written with JDBC batches, then the allocation with its lotteries
 * is timed, then 100 threads look applications up through the public service (p50/p95/max).
 */
class AdmissionBench extends AdmissionFixture {

    @Test
    void allocationAndPublicLookup() throws Exception {
        int size = Integer.getInteger("bench.applications", 20_000);
        int schools = 40;
        SeasonSetup setup = SeasonSetup.typical(2027, 1, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        long seasonId = admission.createSeason(DISTRICT, setup).id();
        List<Long> all = new ArrayList<>();
        for (long s = 1; s <= schools; s++) {
            all.add(s);
        }
        // the fixture's school service knows schools 1 and 2: plans of the others are written directly
        for (long s = 1; s <= schools; s++) {
            store.execute("insert into ADM_PLAN (SEASON_ID, SCHOOL_ID, CLASSES, CLASS_CAP, RESERVED) values ("
                    + seasonId + ", " + s + ", 8, 45, 0)");
        }
        admission.saveArea(DISTRICT, seasonId, new ServiceArea("含浦街道", "含浦社区", Set.of(1L, 2L)));
        Category[] categories = Category.values();
        List<String[]> pairs = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into ADM_APPLICATION (ID, APP_NUMBER, SEASON_ID, SCHOOL_ID, CHILD_NAME, ID_NUMBER, CATEGORY, "
                        + "PROOFS, STATUS, PRIORITY_RANK, SUBMITTED_AT, SUBMITTED_BY, VERSION) "
                        + "values (?, ?, ?, ?, ?, ?, ?, '', 'ELIGIBLE', ?, ?, 'bench', 0)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < size; i++) {
                String id = ChineseIdNumber.of("430104", LocalDate.of(2020, 1, 1).plusDays(i % 360), 1 + i / 360 % 999)
                        .value();
                String number = String.format("2027-1-%08d", 10_000_000 + i * 7);
                Category category = categories[i % categories.length];
                ps.setLong(1, 1_000_000 + i);
                ps.setString(2, number);
                ps.setLong(3, seasonId);
                ps.setLong(4, 1 + i % schools);
                ps.setString(5, "测试" + i);
                ps.setString(6, id);
                ps.setString(7, category.name());
                ps.setInt(8, setup.rankOf(category));
                ps.setTimestamp(9, new Timestamp(System.currentTimeMillis()));
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
                if (i % 97 == 0) {
                    pairs.add(new String[] {number, id});
                }
            }
            ps.executeBatch();
            c.commit();
        }
        long loaded = System.nanoTime();
        admission.publishSeed(DISTRICT, seasonId, "bench-seed");
        store.clock().setToday(AFTER_WINDOW);
        long t1 = System.nanoTime();
        AllocationResult r = admission.allocate(DISTRICT, seasonId);
        long t2 = System.nanoTime();
        System.out.printf("bench: %d applications across %d schools loaded in %.1f s%n", size, schools,
                (loaded - t0) / 1e9);
        System.out.printf("bench: allocation with %d lotteries: %d admitted, %d not admitted in %.2f s%n",
                r.draws().size(), r.admitted(), r.notAdmitted(), (t2 - t1) / 1e9);

        // the first round meets a cold JIT and cold caches; the second is the steady state; the serial
        // round gives the CPU cost of one lookup (with 100 threads on 2 cores, p95 ≈ 50 × that cost)
        lookups(family, "first round (cold), unpooled", pairs, 100, 2000);
        lookups(family, "second round (warm), unpooled", pairs, 100, 2000);
        lookups(family, "serial, unpooled", pairs, 1, 2000);
        // the installation's DataSource is a pool (etc/org.ops4j.datasource-xueji.cfg: dbcp2, 16 connections);
        // the unit tests' DataSource opens a Derby connection per transaction
        HikariConfig config = new HikariConfig();
        config.setDataSource(store.dataSource());
        config.setMaximumPoolSize(16);
        try (HikariDataSource pooled = new HikariDataSource(config)) {
            EntityManagerFactory emf = Persistence.createEntityManagerFactory(AdmissionSchema.UNIT,
                    Map.of("javax.persistence.nonJtaDataSource", pooled));
            PublicAdmissionImpl onPool = new PublicAdmissionImpl(new ModuleSupport(emf, store.auditTrail(),
                    store.auditService(), store.clock()), new CountingThrottles(), schools());
            lookups(onPool, "first round, pooled (16)", pairs, 100, 2000);
            lookups(onPool, "second round, pooled (16)", pairs, 100, 2000);
            lookups(onPool, "serial, pooled (16)", pairs, 1, 2000);
            emf.close();
        }
    }

    private static void lookups(PublicAdmissionImpl family, String round, List<String[]> pairs, int threads,
                                int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> timings = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String[] pair = pairs.get(i % pairs.size());
            String address = "10.1." + (i % 250) + "." + (i / 250);
            timings.add(pool.submit(() -> {
                long s = System.nanoTime();
                family.lookup(address, pair[0], pair[1]).orElseThrow();
                return System.nanoTime() - s;
            }));
        }
        List<Long> nanos = new ArrayList<>();
        for (Future<Long> f : timings) {
            nanos.add(f.get());
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        nanos.sort(null);
        System.out.printf("bench: public lookup %s, %d threads, %d lookups: p50 %.1f ms, p95 %.1f ms, max %.1f ms, "
                        + "%.0f lookups/s%n", round, threads, nanos.size(), nanos.get(nanos.size() / 2) / 1e6,
                nanos.get(nanos.size() * 95 / 100) / 1e6, nanos.get(nanos.size() - 1) / 1e6, count / (wall / 1e9));
    }
}
