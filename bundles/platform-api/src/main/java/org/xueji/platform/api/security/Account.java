package org.xueji.platform.api.security;

import java.time.Instant;
import java.util.Set;
import org.xueji.platform.api.Role;

/**
 * A personal account (R2): never shared. Passwords are never part of this record.
 *
 * @param classIds       classes of a head teacher or teacher
 * @param lockedUntil    set while locked after repeated failures
 * @param mustChangePassword true for an account created or reset by an administrator
 * @param demo           a demo-district account (skips the first-login change; never in production)
 */
public record Account(long id, String username, String displayName, Role role, Long schoolId, Set<Long> classIds,
                      boolean enabled, boolean demo, boolean mustChangePassword, Instant passwordChangedAt,
                      Instant lockedUntil, int failedLogins, Instant lastLoginAt, String phone) {
    public Account {
        classIds = classIds == null ? Set.of() : Set.copyOf(classIds);
    }
}
