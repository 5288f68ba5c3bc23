package org.xueji.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who performs a service call. Every service method takes one, so that permission checks,
 * school scope and the audit trail are applied in the service itself, whatever the caller
 * (web console, Karaf shell, import job).
 *
 * @param username      account name, or {@code system:<reason>} for platform jobs
 * @param displayName   name shown to people (audit views, notices)
 * @param role          the account's role; {@code null} for platform jobs
 * @param schoolId      the school of a school or class role, {@code null} for district roles
 * @param classIds      for class-scoped roles (head teacher, teacher) the classes they may
 *                      see; empty for every other role
 * @param permissions   what the actor may do
 * @param clientAddress network address of the caller, or a channel name such as {@code shell}
 * @param validity      whether the account behind the actor is unchanged since the actor was
 *                      issued (issue 16 item 7); checked by every {@code require…} method
 */
public record Actor(String username, String displayName, Role role, Long schoolId, Set<Long> classIds,
                    Set<Permission> permissions, String clientAddress, ActorValidity validity) {

    public Actor {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null ? username : displayName;
        classIds = classIds == null ? Set.of() : Set.copyOf(classIds);
        permissions = Set.copyOf(permissions);
        clientAddress = clientAddress == null ? "local" : clientAddress;
        validity = validity == null ? ActorValidity.ALWAYS : validity;
    }

    /** An actor that cannot go stale (platform jobs, tests, actors a caller builds itself). */
    public Actor(String username, String displayName, Role role, Long schoolId, Set<Long> classIds,
                 Set<Permission> permissions, String clientAddress) {
        this(username, displayName, role, schoolId, classIds, permissions, clientAddress, ActorValidity.ALWAYS);
    }

    /** The same actor, bound to a check of its account (used by the account service that issues it). */
    public Actor withValidity(ActorValidity check) {
        return new Actor(username, displayName, role, schoolId, classIds, permissions, clientAddress, check);
    }

    /**
     * Throws {@link AccessDeniedException} when the account changed (disabled, password reset,
     * new role, school or classes) or the session the actor came from ended: a page kept open
     * with an old actor can no longer read or write anything (issue 16 item 7).
     */
    public void requireCurrent() {
        if (!validity.isCurrent()) {
            throw new AccessDeniedException(PlatformMessages.SESSION_ENDED);
        }
    }

    /** An account holder acting in a role: permissions are the role's. */
    public static Actor of(String username, String displayName, Role role, Long schoolId, Set<Long> classIds,
                           String clientAddress) {
        boolean holdsSchool = role.scope() == Role.Scope.SCHOOL || role.scope() == Role.Scope.CLASS;
        return new Actor(username, displayName, role, holdsSchool ? schoolId : null,
                role.scope() == Role.Scope.CLASS ? classIds : Set.of(), role.permissions(), clientAddress);
    }

    /** A platform job (demo data loader, migrations) acting for the whole district. */
    public static Actor system(String reason) {
        return new Actor("system:" + reason, "系统", null, null, Set.of(), Set.of(Permission.values()), "local");
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * District-wide actors have no school; school actors see only their school. Area actors
     * (乡镇/村干部) have no school either but are not district-wide.
     */
    public boolean isDistrictWide() {
        return schoolId == null && !isAreaScoped();
    }

    /** 乡镇/村干部: scoped to towns and villages ({@code AccountAreas}), never to a school's records. */
    public boolean isAreaScoped() {
        return role != null && role.scope() == Role.Scope.AREA;
    }

    /** Head teachers and teachers see only their classes (R1). */
    public boolean isClassScoped() {
        return role != null && role.scope() == Role.Scope.CLASS;
    }

    /** Whether a record in this school and class is inside the actor's scope. */
    public boolean canSee(Long targetSchoolId, Long targetClassId) {
        if (isDistrictWide()) {
            return true;
        }
        if (isAreaScoped() || !Objects.equals(schoolId, targetSchoolId)) {
            return false;
        }
        return !isClassScoped() || targetClassId != null && classIds.contains(targetClassId);
    }

    /** Throws {@link AccessDeniedException} unless the actor holds the permission. */
    public void require(Permission permission) {
        requireCurrent();
        if (!has(permission)) {
            throw new AccessDeniedException(PlatformMessages.PERMISSION_MISSING, permission.name());
        }
    }

    /** Throws {@link AccessDeniedException} unless the actor may act on the given school. */
    public void requireSchool(Long targetSchoolId) {
        requireCurrent();
        if (isAreaScoped() || !isDistrictWide() && !Objects.equals(schoolId, targetSchoolId)) {
            throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
        }
    }

    /** Throws {@link AccessDeniedException} unless the record is inside the actor's scope. */
    public void requireScope(Long targetSchoolId, Long targetClassId) {
        requireSchool(targetSchoolId);
        if (!canSee(targetSchoolId, targetClassId)) {
            throw new AccessDeniedException(PlatformMessages.OTHER_CLASS);
        }
    }
}
