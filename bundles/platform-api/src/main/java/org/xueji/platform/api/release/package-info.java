/** Data release only with the bureau's written approval (R4). */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.platform.api.release;
