/**
 * The shell's whiteboard API. A module's UI bundle registers {@link ViewContribution}
 * (and optionally {@link DashboardContribution}) services; the shell adds their routes,
 * menu entries and dashboard cards while they are registered and removes them when they go.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.xueji.ui.shell.api;
