package org.xueji.platform.persistence;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Chooses every persistence unit's dialect from the database it connects to, so that moving a
 * district from the embedded Derby to PostgreSQL is a change of {@code etc/org.ops4j.datasource-xueji.cfg}
 * only (issue 13): {@link XuejiDerbyDialect} on Derby, {@link XuejiPostgreSQLDialect} on PostgreSQL 10
 * or later; any other database falls through to Hibernate's own resolution. Named in each
 * persistence.xml as {@code hibernate.dialect_resolvers} (no {@code hibernate.dialect}).
 */
public class XuejiDialectResolver implements DialectResolver {

    private static final long serialVersionUID = 1L;

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String database = info.getDatabaseName();
        if (database == null || database.isEmpty()) {
            // Aries JPA first builds and closes a dummy unit on a placeholder DataSource that names
            // no database (PersistenceProviderTracker.createAndCloseDummyEMF); any dialect does for
            // it, and answering keeps a warning with a stack trace per unit out of every start log
            return new XuejiDerbyDialect();
        }
        if ("Apache Derby".equals(database)) {
            return new XuejiDerbyDialect();
        }
        if ("PostgreSQL".equals(database) && info.getDatabaseMajorVersion() >= 10) {
            return new XuejiPostgreSQLDialect();
        }
        return null;
    }
}
