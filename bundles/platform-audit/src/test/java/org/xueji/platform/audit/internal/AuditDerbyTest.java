package org.xueji.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.persistence.Transactions;

/** The audit trail on embedded Derby with the real changelog and persistence unit, outside OSGi. */
@DisplayName("R7: audit trail on Derby")
class AuditDerbyTest {

    static final Actor SYSTEM = Actor.system("test");
    static final Actor REGISTRAR1 = Actor.of("registrar1", "学籍员甲", Role.SCHOOL_REGISTRAR, 1L, null, "10.1.1.1");
    static final Actor REGISTRAR2 = Actor.of("registrar2", "学籍员乙", Role.SCHOOL_REGISTRAR, 2L, null, "10.1.1.2");
    static final Actor AUDITOR = Actor.of("auditor", "审计员", Role.AUDITOR, null, null, "10.9.9.9");
    static final Actor TEACHER = Actor.of("teacher1", "教师", Role.TEACHER, 1L, null, "10.1.1.3");

    DerbyAudit db;
    TestClock clock;
    AuditTrailImpl trail;
    AuditServiceImpl service;
    Transactions tx;

    @BeforeEach
    void setUp() {
        db = new DerbyAudit();
        clock = new TestClock(Instant.parse("2026-09-01T00:30:00.123Z"));
        trail = new AuditTrailImpl(clock, db.dataSource, db.anchor(clock));
        service = new AuditServiceImpl(db.emf, clock, db.anchor(clock));
        tx = new Transactions(db.emf);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static AuditEvent update(Actor actor, long studentId, String before, String after) {
        return new AuditEvent(actor, "student.update", "student", String.valueOf(studentId), actor.schoolId(),
                Map.of("name", List.of(before, after)));
    }

    void appendCommitted(int n) {
        for (int i = 1; i <= n; i++) {
            AuditEvent e = update(i % 2 == 0 ? REGISTRAR2 : REGISTRAR1, 1000 + i, "张" + i, "李" + i);
            tx.run(em -> trail.append(em, e));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    @DisplayName("the changelog creates the head with the genesis hash")
    void headStartsAtGenesis() {
        assertThat(db.queryLong("SELECT LAST_ID FROM AUD_HEAD WHERE ID = 1")).isZero();
        assertThat(db.queryString("SELECT LAST_HASH FROM AUD_HEAD WHERE ID = 1")).isEqualTo(AuditChain.GENESIS);
        assertThat(service.verify(SYSTEM).intact()).isTrue();
    }

    @Test
    @DisplayName("R7: appended rows commit with the caller's transaction, chained and verifiable")
    void appendAndVerify() {
        appendCommitted(5);
        assertThat(db.queryLong("SELECT COUNT(*) FROM AUD_EVENT")).isEqualTo(5);
        assertThat(db.queryLong("SELECT LAST_ID FROM AUD_HEAD")).isEqualTo(5);
        assertThat(db.queryString("SELECT LAST_HASH FROM AUD_HEAD"))
                .isEqualTo(db.queryString("SELECT HASH FROM AUD_EVENT WHERE ID = 5"));
        assertThat(db.queryString("SELECT PREVIOUS_HASH FROM AUD_EVENT WHERE ID = 1")).isEqualTo(AuditChain.GENESIS);

        ChainVerification result = service.verify(SYSTEM);
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);

        // the verification itself is recorded, and the chain stays intact
        List<AuditRecord> newest = service.search(SYSTEM, AuditQuery.all(), 0, 1);
        assertThat(newest.get(0).action()).isEqualTo("audit.verify");
        assertThat(newest.get(0).changes()).contains("intact: true").contains("rowsChecked: 5");
        assertThat(service.verify(SYSTEM).rowsChecked()).isEqualTo(6);
    }

    @Test
    @DisplayName("R7: stored rows read back exactly as hashed (time in UTC with milliseconds, changes text)")
    void rowsReadBackAsWritten() {
        Instant when = clock.now();
        tx.run(em -> trail.append(em, new AuditEvent(REGISTRAR1, "student.update", "student", "42", 1L,
                Map.of("name", List.of("张三", "张\"叁\"\n"), "grade", List.of(7, 8)))));
        AuditRecord row = service.search(SYSTEM, AuditQuery.all(), 0, 10).get(0);
        assertThat(row.id()).isEqualTo(1);
        assertThat(row.time()).isEqualTo(when);
        assertThat(row.username()).isEqualTo("registrar1");
        assertThat(row.displayName()).isEqualTo("学籍员甲");
        assertThat(row.role()).isEqualTo("SCHOOL_REGISTRAR");
        assertThat(row.schoolId()).isEqualTo(1L);
        assertThat(row.clientAddress()).isEqualTo("10.1.1.1");
        assertThat(row.changes()).isEqualTo("grade: 7 → 8; name: \"张三\" → \"张\\\"叁\\\"\\n\"");
        assertThat(row.hash()).isEqualTo(AuditChain.hash(AuditChain.GENESIS, row));
        assertThat(db.queryString("SELECT CAST(EVENT_TIME AS VARCHAR(40)) FROM AUD_EVENT WHERE ID = 1"))
                .startsWith("2026-09-01 00:30:00.123");
    }

    @Test
    @DisplayName("R7: a rolled-back change leaves no audit row and does not advance the head")
    void rollbackLeavesNoRow() {
        appendCommitted(2);
        String headHash = db.queryString("SELECT LAST_HASH FROM AUD_HEAD");
        assertThatThrownBy(() -> tx.run(em -> {
            trail.append(em, update(REGISTRAR1, 7, "甲", "乙"));
            throw new IllegalStateException("the change failed after it was audited");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(db.queryLong("SELECT COUNT(*) FROM AUD_EVENT")).isEqualTo(2);
        assertThat(db.queryLong("SELECT LAST_ID FROM AUD_HEAD")).isEqualTo(2);
        assertThat(db.queryString("SELECT LAST_HASH FROM AUD_HEAD")).isEqualTo(headHash);

        // the next append takes the position the rolled-back one would have had: no gap
        tx.run(em -> trail.append(em, update(REGISTRAR1, 8, "丙", "丁")));
        assertThat(db.queryLong("SELECT MAX(ID) FROM AUD_EVENT")).isEqualTo(3);
        assertThat(service.verify(SYSTEM).intact()).isTrue();
    }

    @Test
    @DisplayName("R7: record() appends in a transaction of its own")
    void recordOwnTransaction() {
        service.record(AuditEvent.of(REGISTRAR1, "login", "account", "registrar1", null));
        AuditRecord row = service.search(SYSTEM, AuditQuery.all(), 0, 1).get(0);
        assertThat(row.action()).isEqualTo("login");
        // no school on the event: the actor's school, so the school's auditor sees its staff's logins
        assertThat(row.schoolId()).isEqualTo(1L);
    }

    @Test
    @DisplayName("R7: rows appended through another unit's settings and read in another JVM time zone still verify")
    void independentOfTimeZones() {
        TimeZone original = TimeZone.getDefault();
        EntityManagerFactory foreign = db.unit(Map.of("hibernate.jdbc.time_zone", "America/New_York"));
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            Instant when = clock.now();
            new Transactions(foreign).run(em -> trail.append(em, update(REGISTRAR1, 1, "a", "b")));
            appendCommitted(2);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(service.verify(SYSTEM).intact()).isTrue();
            assertThat(service.search(SYSTEM, new AuditQuery(null, null, null, "student", "1", null, null), 0, 1)
                    .get(0).time()).isEqualTo(when);
        } finally {
            TimeZone.setDefault(original);
            foreign.close();
        }
    }

    @Test
    @DisplayName("R7: a row edited in the database is detected and named")
    void sqlUpdateDetected() {
        appendCommitted(20);
        db.execute("UPDATE AUD_EVENT SET CHANGES = 'name: \"张17\" → \"王17\"' WHERE ID = 17");
        ChainVerification result = service.verify(SYSTEM);
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 17 行内容被修改");
        // and the broken verification is on record
        assertThat(service.search(SYSTEM, new AuditQuery(null, null, "audit.verify", null, null, null, null), 0, 1)
                .get(0).changes()).contains("firstBrokenId: 17").contains("intact: false");
    }

    @Test
    @DisplayName("R7: a row deleted in the database is detected")
    void sqlDeleteDetected() {
        appendCommitted(20);
        db.execute("DELETE FROM AUD_EVENT WHERE ID = 17");
        ChainVerification result = service.verify(SYSTEM);
        assertThat(result.firstBrokenId()).isEqualTo(18L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 18 行之前有记录被删除");
        // the row on record names the verdict's key and numbers its two arguments (not "a → b", a change)
        assertThat(service.search(SYSTEM, new AuditQuery(null, null, "audit.verify", null, null, null, null), 0, 1)
                .get(0).changes()).contains("reason: \"" + result.reason().key() + "\"")
                .contains("reasonArgs: {1: \"18\", 2: \"17\"}").doesNotContain(ChangesText.ARROW);
    }

    @Test
    @DisplayName("R7: deleting the newest rows in the database is detected")
    void sqlDeleteNewestDetected() {
        appendCommitted(20);
        db.execute("DELETE FROM AUD_EVENT WHERE ID >= 19");
        ChainVerification result = service.verify(SYSTEM);
        assertThat(result.firstBrokenId()).isEqualTo(19L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("被删除");
    }

    @Test
    @DisplayName("R7: a row inserted in the database is detected")
    void sqlInsertDetected() {
        appendCommitted(20);
        // shift rows 17.. up and slip a forged row in at 17
        db.execute("UPDATE AUD_EVENT SET ID = ID + 100 WHERE ID >= 17");
        db.execute("UPDATE AUD_EVENT SET ID = ID - 99 WHERE ID >= 117");
        db.execute("INSERT INTO AUD_EVENT (ID, EVENT_TIME, USERNAME, ACTION, PREVIOUS_HASH, HASH) VALUES (17, "
                + "CURRENT_TIMESTAMP, 'intruder', 'student.delete', '" + "ab".repeat(32) + "', '" + "cd".repeat(32)
                + "')");
        ChainVerification result = service.verify(SYSTEM);
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 17 行为插入的记录");
    }

    @Test
    @DisplayName("R7: a row appended in the database behind the head's back is detected")
    void sqlAppendDetected() {
        appendCommitted(5);
        String last = db.queryString("SELECT HASH FROM AUD_EVENT WHERE ID = 5");
        AuditRecord forged = AuditChain.seal(6, last, clock.now(), "intruder", null, null, null, "login", null,
                null, null, null);
        db.execute("INSERT INTO AUD_EVENT (ID, EVENT_TIME, USERNAME, ACTION, PREVIOUS_HASH, HASH) VALUES (6, "
                + "CAST('" + AuditWriter.sqlTime(forged.time()) + "' AS TIMESTAMP), 'intruder', 'login', '" + last
                + "', '" + forged.hash() + "')");
        ChainVerification result = service.verify(SYSTEM);
        assertThat(result.firstBrokenId()).isEqualTo(6L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 6 行为插入的记录").contains("未能记入审计链");
        // fail closed: the forged row holds the next position, so no change can commit unaudited
        assertThatThrownBy(() -> tx.run(em -> trail.append(em, update(REGISTRAR1, 1, "a", "b"))))
                .isInstanceOf(javax.persistence.PersistenceException.class);
    }

    @Test
    @DisplayName("R7: verification streams the chain in chunks")
    void verifyInChunks() {
        service.chunk = 7;
        appendCommitted(50);
        assertThat(service.verify(SYSTEM).rowsChecked()).isEqualTo(50);
        db.execute("UPDATE AUD_EVENT SET USERNAME = 'x' WHERE ID = 36");
        assertThat(service.verify(SYSTEM).firstBrokenId()).isEqualTo(36L);
    }

    @Test
    @DisplayName("R7: concurrent appenders take turns: positions 1..n without gaps, chain intact")
    void concurrentAppenders() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        AuditEvent e = update(REGISTRAR1, thread * 100 + i, "a", "b");
                        if (i % 5 == 4) {
                            try {
                                tx.run(em -> {
                                    trail.append(em, e);
                                    throw new IllegalStateException("rolled back");
                                });
                            } catch (IllegalStateException expected) {
                                // no row
                            }
                        } else {
                            tx.run(em -> trail.append(em, e));
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(db.queryLong("SELECT COUNT(*) FROM AUD_EVENT")).isEqualTo(48);
        assertThat(db.queryLong("SELECT MAX(ID) FROM AUD_EVENT")).isEqualTo(48);
        assertThat(service.verify(SYSTEM).intact()).isTrue();
    }

    @Test
    @DisplayName("auditor view: filters, newest first, paging")
    void searchFilters() {
        appendCommitted(10); // odd rows by registrar1 (school 1), even by registrar2 (school 2)
        tx.run(em -> trail.append(em, AuditEvent.of(AUDITOR, "login", "account", "auditor", null)));

        assertThat(service.count(AUDITOR, AuditQuery.all())).isEqualTo(11);
        List<AuditRecord> page = service.search(AUDITOR, AuditQuery.all(), 0, 4);
        assertThat(page).extracting(AuditRecord::id).containsExactly(11L, 10L, 9L, 8L);
        assertThat(service.search(AUDITOR, AuditQuery.all(), 4, 4)).extracting(AuditRecord::id)
                .containsExactly(7L, 6L, 5L, 4L);

        AuditQuery byUser = new AuditQuery("registrar1", null, null, null, null, null, null);
        assertThat(service.count(AUDITOR, byUser)).isEqualTo(5);
        assertThat(service.search(AUDITOR, byUser, 0, 100)).extracting(AuditRecord::id)
                .containsExactly(9L, 7L, 5L, 3L, 1L);

        assertThat(service.count(AUDITOR, new AuditQuery(null, 2L, null, null, null, null, null))).isEqualTo(5);
        assertThat(service.count(AUDITOR, new AuditQuery(null, null, "login", null, null, null, null))).isEqualTo(1);
        assertThat(service.count(AUDITOR, new AuditQuery(null, null, "student.update", null, null, null, null)))
                .isEqualTo(10);
        assertThat(service.search(AUDITOR, new AuditQuery(null, null, null, "student", "1003", null, null), 0, 10))
                .extracting(AuditRecord::id).containsExactly(3L);

        Instant start = Instant.parse("2026-09-01T00:30:00.123Z");
        AuditQuery window = new AuditQuery(null, null, null, null, null, start.plusSeconds(2), start.plusSeconds(4));
        assertThat(service.search(AUDITOR, window, 0, 10)).extracting(AuditRecord::id).containsExactly(5L, 4L, 3L);
        // input is bound, never part of the SQL
        assertThat(service.count(AUDITOR, new AuditQuery("x' OR '1'='1", null, "%", null, null, null, null)))
                .isZero();
    }

    @Test
    @DisplayName("R1/R7: school actors see only their school's rows; others without VIEW_AUDIT are refused, and that is recorded")
    void searchScope() {
        appendCommitted(6);
        Actor schoolAuditor = new Actor("school-auditor", "校审计", null, 1L, null,
                java.util.Set.of(org.xueji.platform.api.Permission.VIEW_AUDIT), "10.2.2.2");
        assertThat(service.count(schoolAuditor, AuditQuery.all())).isEqualTo(3);
        assertThat(service.search(schoolAuditor, AuditQuery.all(), 0, 10)).allMatch(r -> r.schoolId() == 1L);
        assertThatThrownBy(() -> service.count(schoolAuditor, new AuditQuery(null, 2L, null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.verify(schoolAuditor)).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> service.search(TEACHER, AuditQuery.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("VIEW_AUDIT");
        assertThatThrownBy(() -> service.verify(REGISTRAR1)).isInstanceOf(AccessDeniedException.class);
        // district administrators may look (ADMINISTER_SYSTEM)
        Actor admin = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, null, "10.0.0.1");
        assertThat(service.verify(admin).intact()).isTrue();

        assertThat(service.count(AUDITOR, new AuditQuery(null, null, "audit.search.refused", null, null, null, null)))
                .isEqualTo(2);
        assertThat(service.count(AUDITOR, new AuditQuery("teacher1", null, "audit.search.refused", null, null, null,
                null))).isEqualTo(1);
        assertThat(service.count(AUDITOR, new AuditQuery(null, null, "audit.verify.refused", null, null, null, null)))
                .isEqualTo(2);
        assertThat(service.verify(AUDITOR).intact()).isTrue();
    }
}
