package org.xueji.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

/** Issue 13: the dialect follows the database, so that moving to PostgreSQL is configuration only. */
class XuejiDialectResolverTest {

    private final XuejiDialectResolver resolver = new XuejiDialectResolver();

    @Test
    void derbyGetsTheDialectThatPagesInSql() {
        assertThat(resolver.resolveDialect(info("Apache Derby", 10))).isExactlyInstanceOf(XuejiDerbyDialect.class);
    }

    @Test
    void postgresqlTenOrLaterGetsThePostgresqlDialect() {
        assertThat(resolver.resolveDialect(info("PostgreSQL", 15))).isExactlyInstanceOf(XuejiPostgreSQLDialect.class);
        assertThat(resolver.resolveDialect(info("PostgreSQL", 10))).isExactlyInstanceOf(XuejiPostgreSQLDialect.class);
    }

    @Test
    void otherDatabasesAreLeftToHibernate() {
        assertThat(resolver.resolveDialect(info("PostgreSQL", 9))).isNull();
        assertThat(resolver.resolveDialect(info("MySQL", 8))).isNull();
    }

    @Test
    void ariesPlaceholderWithoutADatabaseNameGetsADialectWithoutAWarning() {
        assertThat(resolver.resolveDialect(info("", 0))).isNotNull();
        assertThat(resolver.resolveDialect(info(null, 0))).isNotNull();
    }

    private static DialectResolutionInfo info(String name, int major) {
        return new DialectResolutionInfo() {
            @Override public String getDatabaseName() { return name; }
            @Override public int getDatabaseMajorVersion() { return major; }
            @Override public int getDatabaseMinorVersion() { return 0; }
            @Override public String getDriverName() { return "test"; }
            @Override public int getDriverMajorVersion() { return 0; }
            @Override public int getDriverMinorVersion() { return 0; }
        };
    }
}
