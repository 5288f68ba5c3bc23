/**
 * Backing up the shared database while the system runs (issue 13): an online copy of the
 * embedded Derby database, and the row count of every table so that a restored copy can be
 * compared with the running system.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.api.backup;
