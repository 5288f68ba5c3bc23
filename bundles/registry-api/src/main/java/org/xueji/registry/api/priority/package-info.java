/**
 * What the dropout module reads of the registry for home visits (家访, R28) and the school-age
 * ledger (适龄儿童少年, R23): the records in the registry's priority groups and the count of
 * compulsory-school-age records per school. Implemented in registry-service; the dropout module
 * references it optionally.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.registry.api.priority;
