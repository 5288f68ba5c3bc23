/**
 * The approval workflow shared by the modules (R3, R17): requests with ordered steps, each
 * decided by a role within a scope before a deadline in working days.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.xueji.platform.api.workflow;
