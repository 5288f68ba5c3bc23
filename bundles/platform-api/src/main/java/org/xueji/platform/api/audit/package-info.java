/** The tamper-evident audit trail of every operation (R7). */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.platform.api.audit;
