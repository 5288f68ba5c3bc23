/** Helpers for the Karaf shell commands of every module. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.shell;
