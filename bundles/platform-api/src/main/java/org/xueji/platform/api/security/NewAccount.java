package org.xueji.platform.api.security;

import java.util.Set;
import org.xueji.platform.api.Role;

/**
 * Input for creating an account (or changing its role and scope). The initial password is
 * chosen by the administrator and must be changed at first login.
 *
 * @param demo a demo-district account: skips the first-login change; only a platform job
 *             (system actor) may create one
 */
public record NewAccount(String username, String displayName, Role role, Long schoolId, Set<Long> classIds,
                         String phone, char[] initialPassword, boolean demo) {
}
