package org.xueji.platform.api.security;

import java.util.Set;

/**
 * The towns (乡镇/街道) and villages (村/社区) an account answers for: the scope of 乡镇/村干部
 * (government line of R22, town officials of R25). A town official holds whole towns; a village
 * official holds villages, each named within its town ({@link #villageKey}).
 *
 * @param all      district-wide accounts: every town and village
 * @param towns    whole towns
 * @param villages villages as {@code town/village} keys
 */
public record AreaScope(boolean all, Set<String> towns, Set<String> villages) {

    /** No area at all: school and class accounts (their scope is their school or classes). */
    public static final AreaScope NONE = new AreaScope(false, Set.of(), Set.of());
    /** The whole district. */
    public static final AreaScope DISTRICT = new AreaScope(true, Set.of(), Set.of());

    public AreaScope {
        towns = towns == null ? Set.of() : Set.copyOf(towns);
        villages = villages == null ? Set.of() : Set.copyOf(villages);
    }

    public static String villageKey(String town, String village) {
        return town + "/" + village;
    }

    /** Whether a place (a village of a town; village may be null for town-level records) is covered. */
    public boolean covers(String town, String village) {
        if (all) {
            return true;
        }
        if (town == null) {
            return false;
        }
        return towns.contains(town) || village != null && villages.contains(villageKey(town, village));
    }

    /** Whether any part of the town is covered (a village official sees the town's name in filters). */
    public boolean touchesTown(String town) {
        return all || towns.contains(town) || villages.stream().anyMatch(v -> v.startsWith(town + "/"));
    }

    public boolean isEmpty() {
        return !all && towns.isEmpty() && villages.isEmpty();
    }
}
