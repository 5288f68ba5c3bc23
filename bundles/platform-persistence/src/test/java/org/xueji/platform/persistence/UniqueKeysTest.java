package org.xueji.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    @Test
    void aUniqueViolationIsFoundUnderTheProvidersWrapping() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("duplicate key", "23505");
        assertThat(UniqueKeys.violated(new PersistenceException(new RuntimeException(duplicate)))).isTrue();
    }

    @Test
    void theKeyIsToldByItsNameAsDerbyAndPostgreSqlWriteIt() {
        SQLException derby = new SQLIntegrityConstraintViolationException("The statement was aborted because it would"
                + " have caused a duplicate key value in a unique or primary key constraint or unique index identified"
                + " by 'UQ_SN_CHILD_STUDENT' defined on 'SN_CHILD'.", "23505");
        SQLException postgres = new SQLException("ERROR: duplicate key value violates unique constraint"
                + " \"uq_sn_child_student\"", "23505");
        for (SQLException e : new SQLException[] {derby, postgres}) {
            assertThat(UniqueKeys.violated(new PersistenceException(e), "UQ_SN_CHILD_STUDENT")).isTrue();
            assertThat(UniqueKeys.violated(new PersistenceException(e), "UQ_SN_CHILD_ID_NUMBER")).isFalse();
        }
    }

    @Test
    void otherConstraintsAndErrorsAreNotUniqueViolations() {
        // 23503: a foreign key; 40001: a serialization failure (the caller may retry those)
        assertThat(UniqueKeys.violated(new PersistenceException(new SQLException("fk", "23503")))).isFalse();
        assertThat(UniqueKeys.violated(new PersistenceException(new SQLException("retry", "40001")))).isFalse();
        assertThat(UniqueKeys.violated(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
