/**
 * Registry changes decided in another module (学籍异动, issue 14): the transfer module's
 * workflow decides, the registry applies. Every write method takes the CALLER's
 * {@code EntityManager} and writes the {@code REG_*} rows with SQL on it, so the caller's rows,
 * the workflow's decision and the registry change commit together or not at all (no XA).
 * The caller checks the actor's permission and scope before calling; the registry applies its
 * own rules (R14/R15 cap, 借读 refused, versions) and writes the record history and an audit row
 * without personal values.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.xueji.registry.api.transfer;
