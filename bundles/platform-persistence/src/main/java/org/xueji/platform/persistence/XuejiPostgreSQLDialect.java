package org.xueji.platform.persistence;

import java.sql.Types;
import org.hibernate.dialect.PostgreSQL10Dialect;
import org.hibernate.type.descriptor.sql.LongVarcharTypeDescriptor;
import org.hibernate.type.descriptor.sql.SqlTypeDescriptor;

/**
 * PostgreSQL 10+ for our schemas. A {@code @Lob String} is a Liquibase {@code CLOB} column, which
 * PostgreSQL holds as {@code text}; Hibernate's PostgreSQL dialects expect a large object
 * ({@code oid}) and read it through the LOB API. Here a CLOB is plain {@code text}, bound and read
 * as a long string, as on Derby it is a CLOB read as a string.
 */
public class XuejiPostgreSQLDialect extends PostgreSQL10Dialect {

    public XuejiPostgreSQLDialect() {
        registerColumnType(Types.CLOB, "text");
    }

    @Override
    public SqlTypeDescriptor remapSqlTypeDescriptor(SqlTypeDescriptor descriptor) {
        if (descriptor.getSqlType() == Types.CLOB) {
            return LongVarcharTypeDescriptor.INSTANCE;
        }
        return super.remapSqlTypeDescriptor(descriptor);
    }
}
