package org.xueji.platform.persistence;

import javax.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The next value of a database sequence on any EntityManager, in the SQL of the database it is
 * connected to (Derby {@code VALUES NEXT VALUE FOR}, PostgreSQL {@code nextval}): for a module that
 * inserts another unit's rows with SQL inside its own transaction (e.g. a record created by a decision).
 * A value taken here is never handed out by Hibernate's pooled id ranges of the owning unit, which
 * only use values they took from the sequence themselves.
 */
public final class Sequences {

    private Sequences() {
    }

    public static long next(EntityManager em, String sequence) {
        String sql = em.unwrap(SharedSessionContractImplementor.class).getJdbcServices().getDialect()
                .getSequenceNextValString(sequence);
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
