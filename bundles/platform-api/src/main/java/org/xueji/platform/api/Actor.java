package org.xueji.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who performs a service call. Every state-changing service method takes one, so that
 * permission checks, school scope and the audit trail can be applied in the service
 * itself, whatever the caller (web console, Karaf shell, import job).
 *
 * @param username      account name, or {@code system:<reason>} for platform jobs
 * @param displayName   name shown to people (audit views, notices)
 * @param schoolId      the school the actor belongs to, or {@code null} for district roles
 * @param permissions   what the actor may do
 * @param clientAddress network address of the caller, or a channel name such as {@code shell}
 */
public record Actor(String username, String displayName, Long schoolId, Set<Permission> permissions,
                    String clientAddress) {

    public Actor {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null ? username : displayName;
        permissions = Set.copyOf(permissions);
        clientAddress = clientAddress == null ? "local" : clientAddress;
    }

    /** A platform job (demo data loader, migrations) acting for the whole district. */
    public static Actor system(String reason) {
        return new Actor("system:" + reason, "系统", null, Set.of(Permission.values()), "local");
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** District-wide actors have no school; school actors see only their school. */
    public boolean isDistrictWide() {
        return schoolId == null;
    }

    /** Throws {@link AccessDeniedException} unless the actor holds the permission. */
    public void require(Permission permission) {
        if (!has(permission)) {
            throw new AccessDeniedException(PlatformMessages.PERMISSION_MISSING, permission.name());
        }
    }

    /** Throws {@link AccessDeniedException} unless the actor may act on the given school. */
    public void requireSchool(Long targetSchoolId) {
        if (!isDistrictWide() && !Objects.equals(schoolId, targetSchoolId)) {
            throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
        }
    }
}
