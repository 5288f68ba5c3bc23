/**
 * Admitted children handed to registration (issue 12, item 5): a source module (sunshine
 * admission) offers each admitted child to enrollment's 新生注册 through
 * {@link org.xueji.registry.api.intake.PendingRegistrations}, with SQL on the source's own
 * EntityManager so the admission decision and the pending registration commit together (no XA);
 * once the registrar saved the registration, enrollment tells the source through the whiteboard
 * {@link org.xueji.registry.api.intake.IntakeListener}. Neither module requires the other's
 * bundle.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.registry.api.intake;
