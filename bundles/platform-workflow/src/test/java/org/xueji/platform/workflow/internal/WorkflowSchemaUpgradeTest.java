package org.xueji.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.persistence.SchemaMigration;
import org.xueji.platform.testkit.ModuleTestStore;

/**
 * A district upgrades the workflow bundle while requests are open: workflow-003 copies each
 * request's type, school and submitter onto its existing steps, so the open steps stay in the
 * inbox the new SQL reads (WFL_STEP alone).
 */
@DisplayName("Issue 14: the workflow-003 upgrade fills the copied request columns of existing steps")
class WorkflowSchemaUpgradeTest {

    @Test
    void stepsWrittenBeforeTheUpgradeCarryTheirRequestsValuesAfterIt() throws SQLException {
        DataSource ds = ModuleTestStore.newDatabase();
        ClassLoader loader = getClass().getClassLoader();
        SchemaMigration.migrate(ds, "org/xueji/platform/workflow/db/test-before-003.xml", loader,
                WorkflowSchema.TABLE_PREFIX);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO WFL_REQUEST (ID, TYPE, SUBJECT_REF, SUBJECT, SCHOOL_ID, STATUS, SUBMITTED_BY,"
                    + " SUBMITTED_AT) VALUES (7, 'transfer', 'change:1', 'subject', 12, 'PENDING', 'registrar1',"
                    + " CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO WFL_REQUEST (ID, TYPE, SUBJECT_REF, SUBJECT, SCHOOL_ID, STATUS, SUBMITTED_BY,"
                    + " SUBMITTED_AT) VALUES (8, 'data-release', 'release:3', 'subject', NULL, 'PENDING', 'bureau1',"
                    + " CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO WFL_STEP (ID, REQUEST_ID, POSITION, NAME, PERMISSION, SCOPE, SCHOOL_ID, STATUS)"
                    + " VALUES (700, 7, 0, 'principal', 'APPROVE_CHANGE', 'SCHOOL', 12, 'PENDING'),"
                    + " (701, 7, 1, 'district', 'APPROVE_CHANGE', 'DISTRICT', NULL, 'WAITING'),"
                    + " (800, 8, 0, 'district', 'APPROVE_DATA_RELEASE', 'DISTRICT', NULL, 'PENDING')");
        }

        SchemaMigration.migrate(ds, WorkflowSchema.CHANGELOG, loader, WorkflowSchema.TABLE_PREFIX);

        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ID, REQUEST_TYPE, REQUEST_SCHOOL_ID, SUBMITTED_BY FROM WFL_STEP"
                     + " ORDER BY ID")) {
            while (r.next()) {
                rows.add(r.getLong(1) + " " + r.getString(2) + " " + r.getObject(3) + " " + r.getString(4));
            }
        }
        assertThat(rows).containsExactly(
                "700 transfer 12 registrar1",
                "701 transfer 12 registrar1",
                "800 data-release null bureau1");
    }
}
