/**
 * Persistence support shared by the module services: each module migrates its own schema
 * with {@link org.xueji.platform.persistence.SchemaMigration} and runs its work in
 * transactions with {@link org.xueji.platform.persistence.Transactions}.
 */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.xueji.platform.persistence;
