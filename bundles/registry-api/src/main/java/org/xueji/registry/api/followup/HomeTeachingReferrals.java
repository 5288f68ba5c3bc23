package org.xueji.registry.api.followup;

import org.xueji.platform.api.Actor;

/**
 * Registered by the special-needs module: take a referral into its register (R25) for
 * assessment. Referring modules reference it optionally and offer the action only when present.
 */
public interface HomeTeachingReferrals {

    /**
     * Registers the referred child (or finds the child already registered) and returns the
     * special-needs register's id of the child. Permission and scope are the referring actor's.
     */
    long refer(Actor actor, HomeTeachingReferral referral);
}
