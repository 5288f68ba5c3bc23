package org.xueji.specialneeds.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.xueji.platform.persistence.SchemaMigration;
import org.xueji.platform.testkit.ModuleTestStore;

/**
 * A district upgrades the module while its register holds a child twice (entered before
 * specialneeds-002): the module still starts, and the unique keys follow at the first start after
 * the duplicate entry has been removed.
 */
class SchemaUpgradeTest {

    private static final String ID = "110105201603070010";

    @Test
    void r26_aRegisterHoldingAChildTwiceStillStartsAndGetsItsKeysOnceCleaned() throws SQLException {
        DataSource ds = ModuleTestStore.newDatabase();
        ClassLoader loader = getClass().getClassLoader();
        SchemaMigration.migrate(ds, "org/xueji/specialneeds/service/db/test-before-002.xml", loader, "SPECIALNEEDS");
        insertChild(ds, 1);
        insertChild(ds, 2);

        SchemaMigration.migrate(ds, SpecialNeedsSchema.CHANGELOG, loader, "SPECIALNEEDS");
        insertChild(ds, 3); // no key yet: the upgrade did not stop the module, and nothing was changed

        execute(ds, "DELETE FROM SN_CHILD WHERE ID IN (2, 3)"); // the registrar removes the duplicates
        SchemaMigration.migrate(ds, SpecialNeedsSchema.CHANGELOG, loader, "SPECIALNEEDS");
        assertThatThrownBy(() -> insertChild(ds, 4)).as("R26: the key holds now")
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
    }

    private static void insertChild(DataSource ds, long id) throws SQLException {
        execute(ds, "INSERT INTO SN_CHILD (ID, NAME, ID_NUMBER, TOWN, SCHOOL_ID, DISABILITY, DEGREE, CREATED_AT,"
                + " CREATED_BY, VERSION) VALUES (" + id + ", '测试儿童', '" + ID + "', '城关镇', 1, 'P', 2,"
                + " CURRENT_TIMESTAMP, 'registrar1', 0)");
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
