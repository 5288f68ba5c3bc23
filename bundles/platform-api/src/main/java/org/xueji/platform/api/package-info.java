/**
 * Types shared by every Xueji module: who is acting, domain errors with message keys,
 * and the identity value types of the national registry.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.platform.api;
