package org.xueji.platform.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.audit.ChainVerification;

/**
 * Records own-transaction events into {@code TEST_AUDIT}. Reading and verifying the chain
 * belong to the audit bundle's own tests: here they refuse, so no test relies on a fake chain.
 */
public final class TableAuditService implements AuditService {

    private final DataSource dataSource;

    TableAuditService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(AuditEvent e) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(TableAuditTrail.INSERT)) {
            s.setString(1, e.action());
            s.setString(2, e.actor().username());
            s.setString(3, e.actor().role() == null ? "" : e.actor().role().name());
            s.setString(4, e.targetType() == null ? "" : e.targetType());
            s.setString(5, e.targetId() == null ? "" : e.targetId());
            if (e.schoolId() == null) {
                s.setNull(6, Types.BIGINT);
            } else {
                s.setLong(6, e.schoolId());
            }
            s.setString(7, String.valueOf(e.changes()));
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public long count(Actor actor, AuditQuery query) {
        throw new IllegalStateException("read the test audit with ModuleTestStore.audit()");
    }

    @Override
    public List<AuditRecord> search(Actor actor, AuditQuery query, int offset, int limit) {
        throw new IllegalStateException("read the test audit with ModuleTestStore.audit()");
    }

    @Override
    public ChainVerification verify(Actor actor) {
        throw new IllegalStateException("chain verification is tested in platform-audit");
    }

    @Override
    public org.xueji.platform.api.audit.ChainAnchor anchor(Actor actor) {
        throw new IllegalStateException("the chain's anchor is tested in platform-audit");
    }

    @Override
    public ChainVerification resealHead(Actor actor, String caseReference) {
        throw new IllegalStateException("resealing the chain's head is tested in platform-audit");
    }
}
