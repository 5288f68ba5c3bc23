package org.xueji.platform.core.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.backup.BackupMessages;
import org.xueji.platform.api.backup.BackupResult;
import org.xueji.platform.api.backup.TableRows;

/**
 * Online backup of a real, file-based Derby database (issue 13 item 4): taken while another
 * thread writes, restored the way bin/xueji-restore does (the copied folder becomes the database),
 * and compared row by row.
 */
class OnlineBackupTest {

    @TempDir
    Path dir;

    private EmbeddedDataSource source;

    @BeforeEach
    void createDatabase() throws SQLException {
        source = new EmbeddedDataSource();
        source.setDatabaseName(dir.resolve("db/xueji").toString());
        source.setCreateDatabase("create");
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE FIXED_ROWS (ID INT PRIMARY KEY, NAME VARCHAR(40))");
            s.executeUpdate("CREATE TABLE WRITTEN_ROWS (ID BIGINT PRIMARY KEY, PAYLOAD VARCHAR(200))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO FIXED_ROWS VALUES (?, ?)")) {
                for (int i = 1; i <= 500; i++) {
                    p.setInt(1, i);
                    p.setString(2, "row " + i);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    @AfterEach
    void shutDown() {
        shutdown(dir.resolve("db/xueji"));
        shutdown(dir.resolve("restored/xueji"));
    }

    @Test
    void aBackupTakenUnderWritesHoldsEveryRowCommittedBeforeItAndNothingInvented() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong lastCommitted = new AtomicLong();
        List<Throwable> writerFailures = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try (Connection c = source.getConnection();
                 PreparedStatement p = c.prepareStatement("INSERT INTO WRITTEN_ROWS VALUES (?, ?)")) {
                c.setAutoCommit(false);
                for (long id = 1; writing.get(); id++) {
                    p.setLong(1, id);
                    p.setString(2, "payload of row " + id + " " + "x".repeat(100));
                    p.executeUpdate();
                    c.commit();
                    lastCommitted.set(id);
                }
            } catch (Throwable t) {
                writerFailures.add(t);
            }
        }, "writer");
        writer.start();
        while (lastCommitted.get() < 200) {
            Thread.sleep(5);
        }

        long committedBeforeBackup = lastCommitted.get();
        BackupResult result = new OnlineBackup(source, Clock.systemUTC()).backup(dir.resolve("backups"));
        long committedAfterBackup = lastCommitted.get();
        writing.set(false);
        writer.join();
        assertThat(writerFailures).as("the writer was never stopped by the backup").isEmpty();
        assertThat(lastCommitted.get()).as("writes went on after the backup").isGreaterThan(committedBeforeBackup);

        assertThat(result.folder()).startsWith(dir.resolve("backups")).isDirectory();
        assertThat(result.folder().getFileName().toString()).matches("xueji-\\d{8}-\\d{6}");
        assertThat(result.database()).isEqualTo("Apache Derby");
        assertThat(result.bytes()).isPositive();

        // restore as bin/xueji-restore does: the copied database folder becomes the database
        Path copied = onlyDatabaseIn(result.folder());
        Path restored = dir.resolve("restored/xueji");
        copyTree(copied, restored);
        try (Connection r = DriverManager.getConnection("jdbc:derby:" + restored);
             Connection s = source.getConnection()) {
            Set<Long> restoredIds = ids(r);
            Set<Long> sourceIds = ids(s);
            for (long id = 1; id <= committedBeforeBackup; id++) {
                assertThat(restoredIds).as("row %d was committed before the backup began", id).contains(id);
            }
            assertThat(sourceIds).as("every restored row exists in the source").containsAll(restoredIds);
            // the copy is of one moment: the rows it holds are 1..n without a gap
            assertThat(restoredIds).hasSize((int) (long) ((TreeSet<Long>) restoredIds).last());
            assertThat(restoredIds.size()).isBetween((int) committedBeforeBackup, (int) committedAfterBackup + 1);

            List<TableRows> tables = OnlineBackup.tables(r);
            assertThat(tables).contains(new TableRows("APP.FIXED_ROWS", 500));
            assertThat(tables).extracting(TableRows::table).containsExactly("APP.FIXED_ROWS", "APP.WRITTEN_ROWS");
            try (Statement st = r.createStatement();
                 ResultSet rs = st.executeQuery("SELECT NAME FROM FIXED_ROWS WHERE ID = 377")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("row 377");
            }
        }
    }

    @Test
    void tablesCountsTheRowsOfEveryApplicationTable() throws Exception {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO WRITTEN_ROWS VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        }
        assertThat(new OnlineBackup(source, Clock.systemUTC()).tables())
                .containsExactly(new TableRows("APP.FIXED_ROWS", 500), new TableRows("APP.WRITTEN_ROWS", 3));
    }

    @Test
    void twoBackupsInOneSecondGetTwoFolders() {
        Clock fixed = Clock.fixed(java.time.Instant.parse("2026-12-06T10:00:00Z"), java.time.ZoneOffset.UTC);
        OnlineBackup backup = new OnlineBackup(source, fixed);
        Path first = backup.backup(dir.resolve("backups")).folder();
        Path second = backup.backup(dir.resolve("backups")).folder();
        assertThat(second).isNotEqualTo(first);
        assertThat(second.getFileName().toString()).isEqualTo(first.getFileName() + "-2");
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> new OnlineBackup(source, Clock.systemUTC()).backup(file.resolve("backups")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(BackupMessages.TARGET_NOT_WRITABLE));
    }

    @Test
    void postgreSqlIsRefusedPointingToPgDump() {
        OnlineBackup onPostgres = new OnlineBackup(databaseNamed("PostgreSQL"), Clock.systemUTC());
        assertThatThrownBy(() -> onPostgres.backup(dir.resolve("backups")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(BackupMessages.POSTGRESQL_USE_PG_DUMP));
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void onlySystemAdministratorsBackUpAndEveryBackupIsAudited() {
        List<AuditEvent> audited = new ArrayList<>();
        DatabaseBackupImpl service = new DatabaseBackupImpl(source, auditInto(audited));
        Actor registrar = Actor.of("registrar1", "教务", Role.SCHOOL_REGISTRAR, 1L, Set.of(), "127.0.0.1");
        assertThatThrownBy(() -> service.backup(registrar, dir.resolve("b1").toString()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.tables(registrar)).isInstanceOf(AccessDeniedException.class);
        assertThat(dir.resolve("b1")).doesNotExist();
        assertThat(audited).isEmpty();

        Actor admin = Actor.of("admin", "管理员", Role.DISTRICT_ADMIN, null, Set.of(), "127.0.0.1");
        BackupResult r = service.backup(admin, dir.resolve("b2").toString());
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("system.backup");
            assertThat(e.targetId()).isEqualTo(r.folder().getFileName().toString());
            assertThat(e.changes()).containsOnlyKeys("bytes", "millis");
        });
    }

    private static AuditService auditInto(List<AuditEvent> events) {
        return (AuditService) Proxy.newProxyInstance(AuditService.class.getClassLoader(),
                new Class<?>[] {AuditService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("record")) {
                        events.add((AuditEvent) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A DataSource whose connections say they are {@code product}, and can do nothing else. */
    private static DataSource databaseNamed(String product) {
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(OnlineBackupTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (p, m, a) -> {
                    if (m.getName().equals("getDatabaseProductName")) {
                        return product;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        Connection connection = (Connection) Proxy.newProxyInstance(OnlineBackupTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMetaData" -> meta;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return (DataSource) Proxy.newProxyInstance(OnlineBackupTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, a) -> {
                    if (m.getName().equals("getConnection")) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Set<Long> ids(Connection c) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID FROM WRITTEN_ROWS")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static Path onlyDatabaseIn(Path folder) throws Exception {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> databases = children.filter(p -> Files.exists(p.resolve("service.properties"))).toList();
            assertThat(databases).as("one database folder in the backup").hasSize(1);
            return databases.get(0);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown (and an unknown database) as an SQLException
        }
    }
}
