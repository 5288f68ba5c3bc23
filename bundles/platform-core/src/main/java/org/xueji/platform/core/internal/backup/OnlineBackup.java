package org.xueji.platform.core.internal.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.backup.BackupMessages;
import org.xueji.platform.api.backup.BackupResult;
import org.xueji.platform.api.backup.TableRows;

/**
 * The database work of a backup, without OSGi (so it is tested on a real Derby database).
 * Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies the database while transactions go on:
 * the copy is the database as of one moment, and a restore needs nothing but the copied folder.
 */
public final class OnlineBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final DataSource dataSource;
    private final Clock clock;

    public OnlineBackup(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Copies the database into a new folder {@code xueji-<stamp>} under {@code targetDirectory}. */
    public BackupResult backup(Path targetDirectory) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
                throw new DomainException(BackupMessages.POSTGRESQL_USE_PG_DUMP);
            }
            if (!product.toLowerCase(Locale.ROOT).contains("derby")) {
                throw new DomainException(BackupMessages.DATABASE_NOT_SUPPORTED, product);
            }
            Path folder = newFolder(targetDirectory);
            Instant start = clock.instant();
            // the procedure refuses to run inside a transaction holding unlogged work; a fresh
            // auto-commit statement holds none
            c.setAutoCommit(true);
            try (CallableStatement backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            } catch (SQLException e) {
                deleteQuietly(folder);
                throw new DomainException(BackupMessages.BACKUP_FAILED, e.getMessage());
            }
            Instant end = clock.instant();
            return new BackupResult(folder, product, end, end.toEpochMilli() - start.toEpochMilli(), size(folder));
        } catch (SQLException e) {
            throw new DomainException(BackupMessages.BACKUP_FAILED, e.getMessage());
        }
    }

    /** Every table outside the system schemas, with its row count, sorted by schema and name. */
    public List<TableRows> tables() {
        try (Connection c = dataSource.getConnection()) {
            return tables(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the rows of the tables failed", e);
        }
    }

    /** The same for any connection: used on a restored copy too. */
    public static List<TableRows> tables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String[]> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || isSystemSchema(schema)) {
                    continue;
                }
                names.add(new String[] {schema, rs.getString("TABLE_NAME")});
            }
        }
        names.sort(Comparator.<String[], String>comparing(n -> n[0]).thenComparing(n -> n[1]));
        List<TableRows> result = new ArrayList<>(names.size());
        try (Statement s = c.createStatement()) {
            for (String[] n : names) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted(n[0]) + "." + quoted(n[1]))) {
                    rs.next();
                    result.add(new TableRows(n[0] + "." + n[1], rs.getLong(1)));
                }
            }
        }
        return List.copyOf(result);
    }

    private static boolean isSystemSchema(String schema) {
        String s = schema.toUpperCase(Locale.ROOT);
        return s.startsWith("SYS") || s.equals("SQLJ") || s.equals("NULLID")
                || s.equals("INFORMATION_SCHEMA") || s.startsWith("PG_");
    }

    /** Names come from the database's own catalogue; quoting keeps lower-case and odd names exact. */
    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private Path newFolder(Path targetDirectory) {
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        try {
            Files.createDirectories(targetDirectory);
            Path folder = targetDirectory.resolve("xueji-" + stamp);
            for (int n = 2; Files.exists(folder); n++) {
                folder = targetDirectory.resolve("xueji-" + stamp + "-" + n);
            }
            Files.createDirectory(folder);
            if (!Files.isWritable(folder)) {
                throw new IOException("not writable");
            }
            return folder.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new DomainException(BackupMessages.TARGET_NOT_WRITABLE, targetDirectory);
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the folder was never filled; a leftover empty folder is harmless
        }
    }
}
