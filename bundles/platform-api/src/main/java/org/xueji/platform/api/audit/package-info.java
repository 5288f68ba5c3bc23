/** The tamper-evident audit trail of every operation (R7). */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.xueji.platform.api.audit;
