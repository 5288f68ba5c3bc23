package org.xueji.platform.api;

/**
 * One bundle of an installed Xueji module (a bundle whose manifest has {@code Xueji-Module}).
 *
 * @param state OSGi bundle state name, e.g. ACTIVE or RESOLVED
 */
public record InstalledModule(String module, String symbolicName, String version, String state) {
}
