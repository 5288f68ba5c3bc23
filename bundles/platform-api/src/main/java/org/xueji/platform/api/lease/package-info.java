/**
 * Leases in the shared database so that a background job runs on one node at a time when
 * several Karaf nodes share one database (issue 13).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.api.lease;
