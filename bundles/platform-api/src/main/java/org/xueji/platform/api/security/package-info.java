/** Accounts, login, password policy and sessions (R1, R2, R6). */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.xueji.platform.api.security;
