package org.xueji.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 item 7: the floor measures the work it names (no timings asserted: it is a benchmark's part). */
class ImportFloorTest {

    @Test
    void theWriteFloorInsertsTheSchoolsRowsIntoACopyWithTheSameIndexesAndDropsIt() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:floor-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE REG_STUDENT (ID BIGINT NOT NULL PRIMARY KEY, ID_NUMBER VARCHAR(18),"
                    + " NAME VARCHAR(40) NOT NULL, SCHOOL_ID BIGINT NOT NULL, CONSTRAINT UQ_ID UNIQUE (ID_NUMBER))");
            s.execute("CREATE INDEX IX_SCHOOL_NAME ON REG_STUDENT (SCHOOL_ID, NAME)");
            // two of the school's rows without an ID number: the copy must take them as the table does
            s.execute("INSERT INTO REG_STUDENT VALUES (1, '430104201906150012', '张三', 7), (2, NULL, '李四', 7),"
                    + " (3, NULL, '王五', 7), (4, '430104201906150039', '赵六', 8)");
        }

        ImportFloor.Figure figure = ImportFloor.write(ds, 7);

        assertThat(figure.rows()).as("the school's rows, not the other school's").isEqualTo(3);
        assertThat(figure.indexes()).as("primary key, unique ID number, school+name").isEqualTo(3);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = c.getMetaData().getTables(null, null, "BENCH_FLOOR_STUDENT", null)) {
            assertThat(rs.next()).as("the scratch copy is dropped").isFalse();
            try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM REG_STUDENT")) {
                count.next();
                assertThat(count.getInt(1)).as("the source untouched").isEqualTo(4);
            }
        }
    }

    @Test
    void theReadFloorParsesEveryDataRow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("学生.csv");
        Files.writeString(csv, "姓名,性别\n张三,男\n李四,女\n王五,男\n", StandardCharsets.UTF_8);

        assertThat(ImportFloor.parse(csv, "学生.csv").rows()).isEqualTo(3);
    }
}
