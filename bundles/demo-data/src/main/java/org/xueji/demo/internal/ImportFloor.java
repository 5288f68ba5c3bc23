package org.xueji.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.xueji.platform.documents.spreadsheet.SheetReader;
import org.xueji.platform.documents.spreadsheet.SpreadsheetLimits;

/**
 * Issue 13 item 7: the floor of an import's work, measured right after the import in the same
 * run so that both figures share the machine's state:
 * <ul>
 *   <li>reading: the same file stream-parsed alone (every cell decoded, nothing checked);</li>
 *   <li>writing: the rows the import stored, read back, then inserted with a plain JDBC batch in
 *       one transaction (as the import commits) into a scratch copy of {@code REG_STUDENT} that
 *       has the same columns and the same indexes, since maintaining the B-trees is most of
 *       Derby's write cost (BENCHMARKS.md). The copy is dropped afterwards.</li>
 * </ul>
 */
final class ImportFloor {

    private static final String TABLE = "REG_STUDENT";
    private static final String SCRATCH = "BENCH_FLOOR_STUDENT";
    private static final int BATCH = 1_000;

    /** What was measured: rows, seconds, and for the write floor the number of indexes kept. */
    record Figure(int rows, double seconds, int indexes) {
    }

    private ImportFloor() {
    }

    /** Stream-parses {@code file} with the reader the import uses, touching every cell's text. */
    static Figure parse(Path file, String fileName) throws IOException {
        int[] rows = {0};
        long[] chars = {0};
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            new SheetReader(SpreadsheetLimits.defaults().withMaxFileBytes(Files.size(file) + 1)
                    .withMaxRows(Integer.MAX_VALUE)).read(in, fileName, (rowNumber, cells) -> {
                        rows[0]++;
                        cells.forEach(c -> chars[0] += c.text() == null ? 0 : c.text().length());
                    });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // a header row and at least one character per data row: the parse was not skipped
        if (rows[0] < 2 || chars[0] < rows[0]) {
            throw new IllegalStateException("the floor parse read nothing of " + fileName);
        }
        return new Figure(rows[0] - 1, seconds, 0);
    }

    /**
     * Reads the school's stored rows back (not timed), then times their JDBC batch insert into
     * a scratch copy of the student table with its indexes.
     */
    static Figure write(DataSource dataSource, long schoolId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> columns = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement("SELECT * FROM " + TABLE + " WHERE SCHOOL_ID = ?")) {
                read.setLong(1, schoolId);
                try (ResultSet rs = read.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            c.commit();
            dropScratch(c);
            int indexes = createScratch(c);
            try {
                long start = System.nanoTime();
                StringJoiner names = new StringJoiner(", ");
                StringJoiner marks = new StringJoiner(", ");
                columns.forEach(n -> {
                    names.add(n);
                    marks.add("?");
                });
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO " + SCRATCH + " (" + names + ") VALUES (" + marks + ")")) {
                    int n = 0;
                    for (Object[] row : rows) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                        if (++n % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                c.commit();
                return new Figure(rows.size(), (System.nanoTime() - start) / 1e9, indexes);
            } finally {
                dropScratch(c);
            }
        }
    }

    /** The scratch table with the student table's columns, unique constraints and other indexes; returns their number. */
    private static int createScratch(Connection c) throws SQLException {
        Map<String, List<String>> unique = new LinkedHashMap<>();
        Map<String, List<String>> plain = new LinkedHashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        String table = meta.storesLowerCaseIdentifiers() ? TABLE.toLowerCase(java.util.Locale.ROOT) : TABLE;
        try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index == null || column == null) {
                    continue;
                }
                (rs.getBoolean("NON_UNIQUE") ? plain : unique).computeIfAbsent(index, k -> new ArrayList<>())
                        .add(column);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + SCRATCH + " AS SELECT * FROM " + TABLE + " WITH NO DATA");
            int n = 0;
            // a unique constraint, not a unique index: it lets several rows without an ID number be NULL
            for (List<String> cols : unique.values()) {
                s.execute("ALTER TABLE " + SCRATCH + " ADD CONSTRAINT BENCH_FLOOR_U" + (++n) + " UNIQUE ("
                        + String.join(", ", cols) + ")");
            }
            for (List<String> cols : plain.values()) {
                s.execute("CREATE INDEX BENCH_FLOOR_I" + (++n) + " ON " + SCRATCH + " (" + String.join(", ", cols) + ")");
            }
            c.commit();
            return n;
        }
    }

    private static void dropScratch(Connection c) throws SQLException {
        // after a failed batch the transaction still holds its inserted rows (and, on PostgreSQL,
        // refuses every further statement): end it before dropping the table
        c.rollback();
        DatabaseMetaData meta = c.getMetaData();
        String name = meta.storesLowerCaseIdentifiers() ? SCRATCH.toLowerCase(java.util.Locale.ROOT) : SCRATCH;
        boolean exists;
        try (ResultSet rs = meta.getTables(null, null, name, null)) {
            exists = rs.next();
        }
        if (exists) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + SCRATCH);
            }
        }
        c.commit();
    }
}
