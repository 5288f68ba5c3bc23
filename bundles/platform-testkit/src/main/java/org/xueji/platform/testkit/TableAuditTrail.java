package org.xueji.platform.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.hibernate.jpa.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.AuditTrail;

/** Appends with the caller's EntityManager, like the real audit trail: a rollback leaves no row. */
public final class TableAuditTrail implements AuditTrail {

    static final String INSERT = "insert into TEST_AUDIT (ACTION, USERNAME, ROLE_NAME, TARGET_TYPE, TARGET_ID, "
            + "SCHOOL_ID, CHANGES) values (?, ?, ?, ?, ?, ?, ?)";

    static void createTable(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("create table TEST_AUDIT (ID int generated always as identity primary key, "
                    + "ACTION varchar(100), USERNAME varchar(200), ROLE_NAME varchar(50), TARGET_TYPE varchar(100), "
                    + "TARGET_ID varchar(200), SCHOOL_ID bigint, CHANGES varchar(8000))");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void append(EntityManager em, AuditEvent e) {
        em.createNativeQuery(INSERT)
                .setParameter(1, e.action())
                .setParameter(2, e.actor().username())
                .setParameter(3, e.actor().role() == null ? "" : e.actor().role().name())
                .setParameter(4, e.targetType() == null ? "" : e.targetType())
                .setParameter(5, e.targetId() == null ? "" : e.targetId())
                // typed: a bare null is bound as VARBINARY, which Derby refuses for a BIGINT column
                .setParameter(6, new TypedParameterValue(StandardBasicTypes.LONG, e.schoolId()))
                .setParameter(7, String.valueOf(e.changes()))
                .executeUpdate();
    }

    /** Numbered like the real trail: the row's identity, so records pointing at it can be checked. */
    @Override
    public long appendNumbered(EntityManager em, AuditEvent e) {
        append(em, e);
        return ((Number) em.createNativeQuery("values IDENTITY_VAL_LOCAL()").getSingleResult()).longValue();
    }
}
