/**
 * Throttling by client address for pages and calls without an account (issue 12): the same
 * per-address throttle the login uses (platform-security), offered to modules as a service so that
 * none copies it.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.api.throttle;
