package org.xueji.platform.api.workflow;

import java.util.Objects;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.Permission;

/**
 * One step of a request type: who decides it and how many working days they have (R17).
 *
 * @param id           the step's id within its type, e.g. {@code bureau-approval} (letters, digits, '-')
 * @param label        the step's name for people, a key of the defining module's messages
 * @param permission   the permission the decider must hold
 * @param scope        whether the bureau or the step's school decides
 * @param deadlineDays working days to decide, counted from the day the step opens; the default
 *                     ({@link #DEFAULT_DEADLINE_DAYS}, R17) can be overridden in configuration
 *                     {@code org.xueji.workflow}: {@code deadline.<type>.<step> = days}
 */
public record StepDefinition(String id, MessageKey label, Permission permission, DeciderScope scope,
                             int deadlineDays) {

    /** R17: every online registry change is decided within 7 working days. */
    public static final int DEFAULT_DEADLINE_DAYS = 7;

    public StepDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(scope, "scope");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("step id: " + id);
        }
        if (deadlineDays < 1) {
            throw new IllegalArgumentException("deadlineDays: " + deadlineDays);
        }
    }

    /** A step with the default deadline of 7 working days (R17). */
    public static StepDefinition of(String id, MessageKey label, Permission permission, DeciderScope scope) {
        return new StepDefinition(id, label, permission, scope, DEFAULT_DEADLINE_DAYS);
    }
}
