package org.xueji.platform.persistence;

import org.hibernate.dialect.DerbyTenSevenDialect;
import org.hibernate.dialect.pagination.LimitHandler;
import org.hibernate.dialect.pagination.SQL2008StandardLimitHandler;

/**
 * Derby 10.7+ for Hibernate 5.6 inside OSGi. Hibernate's Derby dialects decide whether to
 * page in SQL by loading Derby's {@code sysinfo} class, which the Hibernate bundle cannot see;
 * they then page by reading and skipping rows over JDBC, so a deep page of a million
 * students reads the whole table. Derby 10.5+ has {@code OFFSET … FETCH NEXT …}: use it.
 */
public class XuejiDerbyDialect extends DerbyTenSevenDialect {

    @Override
    public LimitHandler getLimitHandler() {
        return SQL2008StandardLimitHandler.INSTANCE;
    }

    @Override
    public boolean supportsLimit() {
        return true;
    }

    @Override
    public boolean supportsLimitOffset() {
        return true;
    }
}
