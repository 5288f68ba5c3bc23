/**
 * 新生注册 of children admitted elsewhere (issue 12, item 5): the registrar's list of pending
 * registrations and their completion as normal registrations.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.enrollment.api.intake;
