/**
 * Class balancing (阳光分班, R14–R16) as a service: runs proposed from a school's registered intake
 * with imported scores and run marks, reviewed, confirmed by the principal through the workflow
 * (then immutable, hashed, audited, and placed in the registry in the same transaction), verified
 * by re-running from the stored inputs and seed; the file mode; the class-size monitor.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.classbalance.api;
