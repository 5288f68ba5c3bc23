package org.xueji.registry.api.intake;

import org.xueji.platform.api.Actor;

/**
 * Whiteboard: told by enrollment, after the registration committed, that a pending registration
 * became a student record. Each source ignores offers that are not its own. A listener's failure
 * is logged by the caller and does not undo the registration.
 *
 * @param actor the registrar who completed it (the source applies its own permission and scope)
 */
public interface IntakeListener {

    void registered(Actor actor, String source, String reference, long studentId);
}
