package org.xueji.platform.api.security;

import org.xueji.platform.api.Actor;

/**
 * The area scope of an acting account (R22, R25): modules that keep records by town and
 * village (dropout control, special-needs education) ask it before any read or write of such a
 * record. District-wide actors get {@link AreaScope#DISTRICT}; 乡镇/村干部 (role scope
 * {@code AREA}) the towns and villages the district assigned to them; every other account
 * {@link AreaScope#NONE} (school accounts are scoped by their school instead).
 */
public interface AccountAreas {

    AreaScope areasOf(Actor actor);

    /**
     * The areas assigned to an account (administration). Needs MANAGE_ACCOUNTS and district
     * scope; {@link AreaScope#NONE} for an account that is not area-scoped.
     */
    AreaScope assignedAreas(Actor admin, String username);

    /**
     * Assigns towns and villages to a 乡镇/村干部 account, replacing what it held (R22). Needs
     * MANAGE_ACCOUNTS and district scope; at least one town or village; audited
     * ({@code account.areas}). Takes effect at the account's next request.
     */
    void assignAreas(Actor admin, String username, AreaScope areas);
}
